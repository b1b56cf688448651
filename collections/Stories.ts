import type { CollectionConfig } from 'payload'

import { computeReadingMinutes, stampFirstPublication } from '@/content/hooks'
import { storyCategories, storyCategoryLabels } from '@/content/vocabulary'
import { withEditorialWorkflow } from '@/editorial'
import { slugField } from '@/fields/slug'

const isPatientStory = (data: unknown): boolean => (data as { category?: unknown } | undefined)?.category === 'patient-story'

/** Brand articles: Japanese medical excellence, hospital spotlights, technology and patients' own stories. */
export const Stories: CollectionConfig = withEditorialWorkflow(
  {
    slug: 'stories',
    labels: { singular: { en: 'Story', ja: '記事' }, plural: { en: 'Stories', ja: '記事' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'category', 'workflowStatus', 'publishedAt', 'updatedAt'],
      group: { en: 'Government content', ja: '政府コンテンツ' },
    },
    defaultSort: '-publishedAt',
    hooks: { beforeChange: [computeReadingMinutes, stampFirstPublication] },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true },
      slugField('title'),
      { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
      {
        name: 'category',
        type: 'select',
        required: true,
        index: true,
        options: storyCategories.map((value) => ({ value, label: storyCategoryLabels[value] })),
      },
      { name: 'heroImage', type: 'upload', relationTo: 'media' },
      {
        name: 'author',
        type: 'group',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'name', type: 'text', required: true },
              { name: 'role', type: 'text', localized: true },
            ],
          },
        ],
      },
      {
        name: 'patientConsent',
        type: 'group',
        label: { en: 'Patient consent', ja: '患者さんの同意' },
        admin: {
          condition: (data) => isPatientStory(data),
          description: {
            en: 'A patient story is published only with the patient’s written consent to this article.',
            ja: '患者さんの体験記事は、この記事への書面による同意がある場合にのみ公開できます。',
          },
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'obtained',
                type: 'checkbox',
                defaultValue: false,
                validate: (value: boolean | null | undefined, { data }: { data: unknown }) =>
                  !isPatientStory(data) || value === true || 'A patient story needs the patient’s recorded consent.',
              },
              {
                name: 'recordedOn',
                type: 'date',
                admin: { date: { pickerAppearance: 'dayOnly' } },
                validate: (value: unknown, { data }: { data: unknown }) =>
                  !isPatientStory(data) || Boolean(value) || 'Enter the date the consent was recorded.',
              },
            ],
          },
        ],
      },
      { name: 'relatedHospitals', type: 'relationship', relationTo: 'hospitals', hasMany: true },
      { name: 'relatedSpecialties', type: 'relationship', relationTo: 'specialties', hasMany: true },
      { name: 'body', type: 'richText', localized: true },
      {
        name: 'readingMinutes',
        type: 'number',
        localized: true,
        min: 0,
        admin: { position: 'sidebar', readOnly: true, description: { en: 'Computed from the body.', ja: '本文から計算されます。' } },
      },
      {
        name: 'publishedAt',
        type: 'date',
        index: true,
        admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
  { publicPath: (doc) => (typeof doc.slug === 'string' ? `/stories/${doc.slug}` : null) },
)
