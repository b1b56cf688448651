import type { CollectionConfig } from 'payload'

import { withEditorialWorkflow } from '@/editorial'
import { slugField } from '@/fields/slug'
import { countryOptions } from '@/geo/countries'
import { solutionCategories, solutionCategoryLabels } from '@/partners/vocabulary'

/**
 * Japanese healthcare offerings for international deployment: equipment, systems, hospital design
 * and operation, training packages, telemedicine. Partners send a request from a solution's page.
 */
export const Solutions: CollectionConfig = withEditorialWorkflow(
  {
    slug: 'solutions',
    labels: { singular: { en: 'Solution', ja: 'ソリューション' }, plural: { en: 'Solutions', ja: 'ソリューション' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'category', 'workflowStatus', 'updatedAt'],
      group: { en: 'Government content', ja: '政府コンテンツ' },
    },
    defaultSort: 'title',
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', ja: 'タイトル' } },
      slugField('title'),
      {
        name: 'category',
        type: 'select',
        required: true,
        index: true,
        options: solutionCategories.map((value) => ({ value, label: solutionCategoryLabels[value] })),
        label: { en: 'Category', ja: 'カテゴリー' },
      },
      { name: 'summary', type: 'textarea', localized: true, maxLength: 600, label: { en: 'Summary', ja: '概要' } },
      { name: 'body', type: 'richText', localized: true, label: { en: 'Description', ja: '説明' } },
      {
        name: 'company',
        type: 'group',
        label: { en: 'Company', ja: '企業' },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', ja: '企業名' } },
              { name: 'website', type: 'text', label: { en: 'Website', ja: 'ウェブサイト' } },
              { name: 'country', type: 'select', defaultValue: 'JP', options: countryOptions, label: { en: 'Country', ja: '国' } },
            ],
          },
        ],
      },
      {
        name: 'targetCountries',
        type: 'select',
        hasMany: true,
        index: true,
        options: countryOptions,
        label: { en: 'Target countries', ja: '対象国' },
      },
      {
        name: 'referenceProjects',
        type: 'array',
        label: { en: 'Reference projects', ja: '導入実績' },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Project', ja: 'プロジェクト' } },
              { name: 'country', type: 'select', options: countryOptions, label: { en: 'Country', ja: '国' } },
              { name: 'year', type: 'number', min: 1950, max: 2100, label: { en: 'Year', ja: '年' } },
            ],
          },
          { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', ja: '説明' } },
        ],
      },
      { name: 'image', type: 'upload', relationTo: 'media', label: { en: 'Image', ja: '画像' } },
    ],
  },
  { publicPath: (doc) => (typeof doc.slug === 'string' ? `/solutions/${doc.slug}` : null) },
)
