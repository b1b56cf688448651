import type { CollectionConfig } from 'payload'

import { withEditorialWorkflow } from '@/editorial'
import { slugField } from '@/fields/slug'
import { countryOptions, regionOptions } from '@/geo/countries'
import { deriveRegion, refuseInvalidMetricsInDrafts } from '@/impact/hooks'
import {
  directionLabels,
  indicators,
  metricDirections,
  metricUnits,
  sdgIndicatorCodes,
  unitLabels,
} from '@/impact/indicators'
import { FIRST_YEAR, isIrisCodeShape, LAST_YEAR, validateMetrics, type MetricInput } from '@/impact/validation'

const sdgOptions = sdgIndicatorCodes.map((value) => ({ value, label: indicators[value].label }))

const yearField = (name: string, label: { en: string; ja: string }, required = false) =>
  ({ name, label, type: 'number', required, min: FIRST_YEAR, max: LAST_YEAR, admin: { step: 1, width: '50%' } }) as const

const valueField = (required = false) =>
  ({ name: 'value', label: { en: 'Value', ja: '値' }, type: 'number', required, admin: { step: 0.1, width: '50%' } }) as const

const dimension = (name: string, label: { en: string; ja: string }, description: { en: string; ja: string }) =>
  ({ name, label, type: 'textarea', localized: true, admin: { description } }) as const

/**
 * What a cooperation project changed, reported the way impact investors and development
 * agencies read it: SDG 3 indicators, the Impact Management Project's five dimensions, and
 * metrics (IRIS+ codes where they exist) with baseline, target and measured values by year.
 */
export const ImpactProjects: CollectionConfig = withEditorialWorkflow(
  {
    slug: 'impact-projects',
    labels: { singular: { en: 'Impact project', ja: 'インパクト事業' }, plural: { en: 'Impact projects', ja: 'インパクト事業' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'country', 'workflowStatus', 'updatedAt'],
      group: { en: 'Government content', ja: '政府コンテンツ' },
    },
    defaultSort: 'title',
    hooks: { beforeChange: [deriveRegion, refuseInvalidMetricsInDrafts] },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true },
      slugField('title'),
      { name: 'summary', type: 'textarea', localized: true, maxLength: 600 },
      { name: 'body', type: 'richText', localized: true },
      {
        type: 'row',
        fields: [
          { name: 'country', type: 'select', required: true, index: true, options: countryOptions, admin: { width: '50%' } },
          {
            name: 'region',
            type: 'select',
            index: true,
            options: regionOptions,
            admin: {
              width: '50%',
              readOnly: true,
              description: { en: 'WHO region, set from the country.', ja: '国から自動設定されるWHO地域。' },
            },
          },
        ],
      },
      {
        name: 'period',
        type: 'group',
        label: { en: 'Period', ja: '期間' },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'start', type: 'date', required: true, admin: { width: '50%', date: { pickerAppearance: 'monthOnly' } } },
              {
                name: 'end',
                type: 'date',
                admin: { width: '50%', date: { pickerAppearance: 'monthOnly' } },
                validate: (value: Date | string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
                  const start = siblingData?.start
                  if (!value || !start) return true
                  return new Date(value) >= new Date(start as string) || 'The end of the period must not be before its start.'
                },
              },
            ],
          },
        ],
      },
      {
        name: 'partners',
        type: 'array',
        label: { en: 'Partners', ja: 'パートナー' },
        labels: { singular: { en: 'Partner', ja: 'パートナー' }, plural: { en: 'Partners', ja: 'パートナー' } },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'name', type: 'text', required: true, admin: { width: '50%' } },
              { name: 'role', type: 'text', localized: true, admin: { width: '50%' } },
            ],
          },
          {
            name: 'partner',
            type: 'relationship',
            relationTo: 'partners',
            admin: { description: { en: 'When the organisation is registered on the platform.', ja: 'プラットフォームに登録済みの組織の場合。' } },
          },
        ],
      },
      {
        name: 'sdgIndicators',
        type: 'select',
        hasMany: true,
        index: true,
        label: { en: 'SDG indicators', ja: 'SDG指標' },
        options: sdgOptions,
      },
      {
        name: 'dimensions',
        type: 'group',
        label: { en: 'Five dimensions of impact', ja: 'インパクトの5つの側面' },
        admin: {
          description: {
            en: 'Impact Management Project norms: what outcome, who experiences it, how much, our contribution, and the risk it is not achieved.',
            ja: 'Impact Management Projectの規範：どの成果を、誰が、どれだけ、事業の寄与、期待どおりにならないリスク。',
          },
        },
        fields: [
          dimension('what', { en: 'What', ja: '何を（What）' }, { en: 'The outcome and how important it is to the people affected.', ja: '成果と、当事者にとっての重要性。' }),
          dimension('who', { en: 'Who', ja: '誰が（Who）' }, { en: 'Who experiences the outcome and how underserved they were.', ja: '成果を受ける人々と、これまでの充足度。' }),
          dimension('howMuch', { en: 'How much', ja: 'どれだけ（How much）' }, { en: 'Scale, depth and duration of the outcome.', ja: '成果の規模・深さ・持続期間。' }),
          dimension('contribution', { en: 'Contribution', ja: '寄与（Contribution）' }, { en: 'What the project added compared with what would have happened anyway.', ja: '事業がなかった場合と比べて上乗せした分。' }),
          dimension('risk', { en: 'Risk', ja: 'リスク（Risk）' }, { en: 'The risk that impact is different from what is expected.', ja: '期待と異なるインパクトになるリスク。' }),
        ],
      },
      {
        name: 'metrics',
        type: 'array',
        label: { en: 'Metrics', ja: '指標' },
        labels: { singular: { en: 'Metric', ja: '指標' }, plural: { en: 'Metrics', ja: '指標' } },
        admin: { initCollapsed: true },
        validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) =>
          validateMetrics(Array.isArray(value) ? (value as MetricInput[]) : [], req?.i18n?.language),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'code',
                type: 'text',
                required: true,
                admin: { width: '33%', description: { en: 'Short, unique within the project (e.g. uhc-sci).', ja: '事業内で一意の短いコード（例: uhc-sci）。' } },
              },
              { name: 'name', type: 'text', required: true, localized: true, admin: { width: '67%' } },
            ],
          },
          {
            type: 'row',
            fields: [
              {
                name: 'unit',
                type: 'select',
                required: true,
                options: metricUnits.map((value) => ({ value, label: unitLabels[value] })),
                admin: { width: '33%' },
              },
              {
                name: 'direction',
                type: 'select',
                required: true,
                defaultValue: 'higher-is-better',
                options: metricDirections.map((value) => ({ value, label: directionLabels[value] })),
                admin: { width: '33%' },
              },
              { name: 'sdgIndicator', type: 'select', options: sdgOptions, admin: { width: '33%' } },
            ],
          },
          {
            name: 'irisCode',
            type: 'text',
            label: { en: 'IRIS+ code', ja: 'IRIS+コード' },
            admin: {
              description: {
                en: 'Only when the metric is an IRIS+ catalogue metric (e.g. PI4060); leave empty otherwise.',
                ja: 'IRIS+カタログの指標である場合のみ（例: PI4060）。それ以外は空欄。',
              },
            },
            validate: (value: string | null | undefined) =>
              !value || isIrisCodeShape(value) || 'An IRIS+ code is two capital letters and four digits, such as PI4060.',
          },
          { name: 'definition', type: 'textarea', localized: true, admin: { description: { en: 'How it is measured and from which source.', ja: '測定方法とデータ出所。' } } },
          {
            name: 'baseline',
            type: 'group',
            label: { en: 'Baseline', ja: 'ベースライン' },
            fields: [{ type: 'row', fields: [yearField('year', { en: 'Year', ja: '年' }, true), valueField(true)] }],
          },
          {
            name: 'target',
            type: 'group',
            label: { en: 'Target', ja: '目標' },
            fields: [{ type: 'row', fields: [yearField('year', { en: 'Year', ja: '年' }), valueField()] }],
          },
          {
            name: 'measurements',
            type: 'array',
            label: { en: 'Measured values', ja: '測定値' },
            labels: { singular: { en: 'Measurement', ja: '測定値' }, plural: { en: 'Measurements', ja: '測定値' } },
            fields: [{ type: 'row', fields: [yearField('year', { en: 'Year', ja: '年' }, true), valueField(true)] }],
          },
        ],
      },
    ],
  },
  { publicPath: (doc) => (typeof doc.slug === 'string' ? `/impact/${doc.slug}` : null) },
)
