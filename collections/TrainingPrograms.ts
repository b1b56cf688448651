import type { CollectionConfig } from 'payload'

import { withEditorialWorkflow } from '@/editorial'
import { slugField } from '@/fields/slug'
import { defaultLocale } from '@/i18n/locales'
import {
  hostKinds,
  instructionLanguageLabels,
  instructionLanguages,
  trainingFieldLabels,
  trainingFields,
  trainingFormatLabels,
  trainingFormats,
} from '@/training/vocabulary'

/**
 * Training programmes for health professionals from abroad, hosted by a Japanese hospital or
 * university. Government content: written and approved through the editorial workflow.
 */
export const TrainingPrograms: CollectionConfig = withEditorialWorkflow(
  {
    slug: 'training-programs',
    labels: { singular: { en: 'Training programme', ja: '研修プログラム' }, plural: { en: 'Training programmes', ja: '研修プログラム' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'field', 'format', 'applicationDeadline', 'workflowStatus'],
      group: { en: 'Government content', ja: '政府コンテンツ' },
    },
    defaultSort: 'applicationDeadline',
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', ja: 'タイトル' } },
      slugField('title'),
      { name: 'summary', type: 'textarea', localized: true, maxLength: 600, label: { en: 'Summary', ja: '概要' } },
      { name: 'body', type: 'richText', localized: true, label: { en: 'Programme description', ja: 'プログラム内容' } },
      {
        name: 'host',
        type: 'group',
        label: { en: 'Host', ja: '受け入れ機関' },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'kind',
                type: 'select',
                required: true,
                defaultValue: 'hospital',
                options: hostKinds.map((value) => ({ value, label: value === 'hospital' ? { en: 'Hospital', ja: '病院' } : { en: 'University', ja: '大学' } })),
                label: { en: 'Host type', ja: '機関の種類' },
              },
              {
                name: 'hospital',
                type: 'relationship',
                relationTo: 'hospitals',
                admin: { condition: (_, sibling) => sibling?.kind === 'hospital' },
                validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
                  siblingData?.kind !== 'hospital' || Boolean(value) || 'Choose the host hospital.',
                label: { en: 'Hospital', ja: '病院' },
              },
              {
                name: 'name',
                type: 'text',
                localized: true,
                admin: { condition: (_, sibling) => sibling?.kind === 'university' },
                // Required in the default language; other languages fall back to it.
                validate: (value: unknown, { siblingData, req }: { siblingData: Record<string, unknown>; req: { locale?: string | null } }) =>
                  siblingData?.kind !== 'university' || Boolean(value) || (Boolean(req.locale) && req.locale !== defaultLocale) || 'Name the host university.',
                label: { en: 'University name', ja: '大学名' },
              },
            ],
          },
          { name: 'website', type: 'text', admin: { condition: (_, sibling) => sibling?.kind === 'university' }, label: { en: 'Website', ja: 'ウェブサイト' } },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'field',
            type: 'select',
            required: true,
            index: true,
            options: trainingFields.map((value) => ({ value, label: trainingFieldLabels[value] })),
            label: { en: 'Field', ja: '分野' },
          },
          {
            name: 'format',
            type: 'select',
            required: true,
            defaultValue: 'on-site',
            index: true,
            options: trainingFormats.map((value) => ({ value, label: trainingFormatLabels[value] })),
            label: { en: 'Format', ja: '形式' },
          },
          { name: 'lengthWeeks', type: 'number', required: true, min: 1, max: 156, label: { en: 'Length (weeks)', ja: '期間（週）' } },
        ],
      },
      {
        name: 'instructionLanguages',
        type: 'select',
        hasMany: true,
        required: true,
        options: instructionLanguages.map((value) => ({ value, label: instructionLanguageLabels[value] })),
        label: { en: 'Language of instruction', ja: '使用言語' },
      },
      { name: 'eligibility', type: 'textarea', localized: true, label: { en: 'Eligibility', ja: '応募資格' } },
      {
        name: 'scholarship',
        type: 'group',
        label: { en: 'Scholarship', ja: '奨学金' },
        fields: [
          { name: 'available', type: 'checkbox', defaultValue: false, index: true, label: { en: 'Scholarship available', ja: '奨学金あり' } },
          { name: 'details', type: 'textarea', localized: true, admin: { condition: (_, sibling) => Boolean(sibling?.available) }, label: { en: 'Details', ja: '詳細' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'applicationDeadline', type: 'date', required: true, index: true, label: { en: 'Application deadline', ja: '応募締切' } },
          { name: 'startDate', type: 'date', label: { en: 'Start date', ja: '開始日' } },
          { name: 'seats', type: 'number', min: 1, label: { en: 'Seats', ja: '定員' } },
        ],
      },
    ],
  },
  { publicPath: (doc) => (typeof doc.slug === 'string' ? `/training/${doc.slug}` : null) },
)
