import type { CollectionConfig } from 'payload'

/** A patient's booking of a slot, moved only through the booking state machine. */
export const Bookings: CollectionConfig = {
  slug: 'bookings',
  fields: [{ name: 'status', type: 'text' }],
}
