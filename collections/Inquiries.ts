import type { CollectionConfig } from 'payload'

/** A patient's medical question to one hospital, before booking. */
export const Inquiries: CollectionConfig = {
  slug: 'inquiries',
  fields: [{ name: 'question', type: 'textarea' }],
}
