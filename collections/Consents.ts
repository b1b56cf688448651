import type { CollectionConfig } from 'payload'

/** Explicit consents to handle medical data and pass it to a named hospital. */
export const Consents: CollectionConfig = {
  slug: 'consents',
  fields: [{ name: 'patient', type: 'relationship', relationTo: 'patients' }],
}
