import type { CollectionConfig } from 'payload'

/** A date on which a hospital can receive patients for a package, with a capacity. */
export const Slots: CollectionConfig = {
  slug: 'slots',
  fields: [{ name: 'date', type: 'date' }],
}
