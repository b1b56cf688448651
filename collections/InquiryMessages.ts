import type { CollectionConfig } from 'payload'

/** One message in the thread between a patient and a hospital's international office. */
export const InquiryMessages: CollectionConfig = {
  slug: 'inquiry-messages',
  fields: [{ name: 'body', type: 'textarea' }],
}
