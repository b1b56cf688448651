import type { CollectionConfig } from 'payload'

/** Emails written with the change that causes them, delivered by a job. */
export const Outbox: CollectionConfig = {
  slug: 'outbox',
  fields: [{ name: 'to', type: 'text' }],
}
