import type { CollectionConfig } from 'payload'

/** Patient accounts of the public site (separate from staff `users`). */
export const Patients: CollectionConfig = {
  slug: 'patients',
  auth: true,
  fields: [{ name: 'name', type: 'text' }],
}
