import type { CollectionConfig } from 'payload'

import { nobody, ownHospitalRecords } from '@/access'

/**
 * One claimed place of a slot; a unique (slot, place) pair makes overbooking impossible.
 * Written only by the booking service (src/booking/places.ts): a row exists while a booking
 * holds the place and is deleted when the booking expires or is cancelled.
 */
export const SlotPlaces: CollectionConfig = {
  slug: 'slot-places',
  labels: { singular: { en: 'Slot place', ja: '枠の席' }, plural: { en: 'Slot places', ja: '枠の席' } },
  admin: { hidden: true },
  access: {
    read: ownHospitalRecords,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  indexes: [{ fields: ['slot', 'place'], unique: true }],
  fields: [
    { name: 'slot', type: 'relationship', relationTo: 'slots', required: true, index: true },
    { name: 'place', type: 'number', required: true, min: 1 },
    { name: 'booking', type: 'relationship', relationTo: 'bookings', index: true },
    { name: 'hospital', type: 'relationship', relationTo: 'hospitals', required: true, index: true },
  ],
}
