import type { CollectionConfig } from 'payload'

import { anyone, platformStaffOnly } from '@/access'
import { displayCurrencies } from '@/catalogue/money'

/** Exchange rates editors maintain so visitors see an approximate price in their currency. */
export const FxRates: CollectionConfig = {
  slug: 'fx-rates',
  labels: { singular: { en: 'Exchange rate', ja: '為替レート' }, plural: { en: 'Exchange rates', ja: '為替レート' } },
  admin: { useAsTitle: 'currency', defaultColumns: ['currency', 'yenPerUnit', 'asOf'], group: { en: 'Settings', ja: '設定' } },
  access: { read: anyone, create: platformStaffOnly, update: platformStaffOnly, delete: platformStaffOnly },
  fields: [
    {
      name: 'currency',
      type: 'select',
      required: true,
      unique: true,
      options: displayCurrencies.map((code) => ({ value: code, label: code })),
    },
    {
      name: 'yenPerUnit',
      type: 'number',
      required: true,
      min: 0.0001,
      admin: { description: 'How many yen one unit of this currency buys (e.g. 1 USD = 150 JPY → 150).' },
    },
    { name: 'asOf', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
  ],
}
