import type { CollectionConfig } from 'payload'

/** Every payment event: deposits, refunds, offline receipts. */
export const Payments: CollectionConfig = {
  slug: 'payments',
  fields: [{ name: 'amountJPY', type: 'number' }],
}
