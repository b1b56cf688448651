import type { CollectionConfig } from 'payload'

import { ownHospitalRecords, readCarePackages, ownHospitalsInAdminLists } from '@/access'
import { packageStatuses, selectOptions, spokenLanguages } from '@/catalogue/vocabulary'
import { hospitalOwnerField } from '@/fields/hospitalOwner'
import { slugField } from '@/fields/slug'
import { yenField } from '@/fields/yen'
import { enqueuePackageSync, enqueuePackageSyncAfterDelete } from '@/search/sync'

export const extraKinds = ['extra-night', 'interpreter', 'complications', 'medicine', 'companion', 'other'] as const
export const extraUnits = ['flat', 'per-night', 'per-hour', 'per-day'] as const

/** A priced offer of care from one hospital, in yen, with everything that can cost more. */
export const CarePackages: CollectionConfig = {
  slug: 'care-packages',
  labels: { singular: { en: 'Care package', ja: 'ケアパッケージ' }, plural: { en: 'Care packages', ja: 'ケアパッケージ' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'hospital', 'priceJPY', 'status', 'updatedAt'],
    group: { en: 'Catalogue', ja: 'カタログ' },
    baseFilter: ownHospitalsInAdminLists('hospital'),
  },
  access: {
    read: readCarePackages,
    create: ownHospitalRecords,
    update: ownHospitalRecords,
    delete: ownHospitalRecords,
  },
  hooks: { afterChange: [enqueuePackageSync], afterDelete: [enqueuePackageSyncAfterDelete] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Offer', ja: '内容' },
          fields: [
            { name: 'title', type: 'text', required: true, localized: true },
            { name: 'summary', type: 'textarea', localized: true, maxLength: 500 },
            { name: 'specialty', type: 'relationship', relationTo: 'specialties', index: true },
            {
              type: 'row',
              fields: [
                { name: 'stayNights', type: 'number', min: 0, max: 365, admin: { description: 'Typical nights in Japan.' } },
                { name: 'stayNote', type: 'text', localized: true },
              ],
            },
            {
              name: 'included',
              type: 'array',
              localized: true,
              fields: [{ name: 'item', type: 'text', required: true }],
            },
            {
              name: 'excluded',
              type: 'array',
              localized: true,
              fields: [{ name: 'item', type: 'text', required: true }],
            },
            { name: 'languages', type: 'select', hasMany: true, options: selectOptions(spokenLanguages) },
          ],
        },
        {
          label: { en: 'Price', ja: '料金' },
          fields: [
            {
              type: 'row',
              fields: [
                yenField('priceJPY', { required: true, label: 'Base price (JPY)' }),
                yenField('depositJPY', { label: 'Deposit (JPY)' }),
              ],
            },
            {
              name: 'extras',
              type: 'array',
              admin: { description: 'Everything that can cost more, each with its price.' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'kind', type: 'select', required: true, options: selectOptions(extraKinds) },
                    yenField('priceJPY', { required: true, label: 'Price (JPY)' }),
                    { name: 'unit', type: 'select', required: true, defaultValue: 'flat', options: selectOptions(extraUnits) },
                  ],
                },
                { name: 'note', type: 'text', localized: true },
              ],
            },
            {
              name: 'requiresApproval',
              type: 'checkbox',
              defaultValue: false,
              label: { en: 'Bookings need our approval', ja: '予約には承認が必要' },
              admin: { description: { en: 'A booking waits for the hospital to approve before the deposit is asked.', ja: '承認後にデポジットを請求します。' } },
            },
            {
              name: 'cancellation',
              type: 'group',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'freeUntilDays', type: 'number', min: 0, admin: { description: 'Free cancellation until this many days before.' } },
                    { name: 'feePercent', type: 'number', min: 0, max: 100, admin: { description: 'Fee after that, as % of the price.' } },
                  ],
                },
                { name: 'terms', type: 'textarea', localized: true },
              ],
            },
          ],
        },
        {
          label: { en: 'Eligibility & preparation', ja: '対象・準備' },
          fields: [
            { name: 'eligibility', type: 'textarea', localized: true },
            {
              name: 'requiredDocuments',
              type: 'array',
              localized: true,
              admin: { description: 'What the patient must send for the hospital to decide.' },
              fields: [{ name: 'item', type: 'text', required: true }],
            },
          ],
        },
      ],
    },
    hospitalOwnerField(),
    slugField('title'),
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'draft',
      options: selectOptions(packageStatuses),
      admin: { position: 'sidebar' },
    },
  ],
}
