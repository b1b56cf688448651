import type { CollectionConfig } from 'payload'

/** One claimed place of a slot; a unique (slot, place) pair makes overbooking impossible. */
export const SlotPlaces: CollectionConfig = {
  slug: 'slot-places',
  fields: [{ name: 'place', type: 'number' }],
}
