import type { CollectionConfig } from 'payload'

import { ownHospitalField, ownHospitalRecords, ownHospitalsInAdminLists } from '@/access'
import { readSlots } from '@/booking/access'
import { bulkCreateSlotsEndpoint } from '@/booking/endpoints'
import { normaliseSlotDay, refuseCapacityBelowTakenPlaces, refuseDeletingTakenSlot, setHospitalFromPackage } from '@/booking/slotHooks'
import { hospitalOwnerField } from '@/fields/hospitalOwner'

/** A date on which a hospital can receive patients for a package, with a capacity. */
export const Slots: CollectionConfig = {
  slug: 'slots',
  labels: { singular: { en: 'Slot', ja: '受入枠' }, plural: { en: 'Slots', ja: '受入枠' } },
  admin: {
    useAsTitle: 'date',
    defaultColumns: ['date', 'package', 'capacity', 'hospital'],
    group: { en: 'Bookings', ja: '予約' },
    baseFilter: ownHospitalsInAdminLists('hospital'),
    components: { beforeListTable: ['@/components/admin/booking/BulkSlots#BulkSlots'] },
  },
  access: {
    read: readSlots,
    create: ownHospitalRecords,
    update: ownHospitalRecords,
    delete: ownHospitalRecords,
  },
  defaultSort: 'date',
  hooks: {
    beforeValidate: [setHospitalFromPackage, normaliseSlotDay],
    beforeChange: [refuseCapacityBelowTakenPlaces],
    beforeDelete: [refuseDeletingTakenSlot],
  },
  endpoints: [bulkCreateSlotsEndpoint],
  fields: [
    { name: 'package', type: 'relationship', relationTo: 'care-packages', required: true, index: true, label: { en: 'Package', ja: 'パッケージ' } },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          label: { en: 'Date', ja: '日付' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
        {
          name: 'capacity',
          type: 'number',
          required: true,
          min: 1,
          max: 500,
          defaultValue: 1,
          label: { en: 'Capacity', ja: '定員' },
          admin: { description: { en: 'Patients this date can receive.', ja: 'この日に受け入れられる患者数。' } },
        },
      ],
    },
    { name: 'note', type: 'text', label: { en: 'Internal note', ja: '内部メモ' }, access: { read: ownHospitalField } },
    // Set from the package by a hook (whatever the editor sends); validated against the user's hospitals.
    { ...hospitalOwnerField(), admin: { position: 'sidebar', readOnly: true } },
  ],
}
