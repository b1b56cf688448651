import type { CollectionConfig } from 'payload'

import { withEditorialWorkflow } from '@/editorial'
import { slugField } from '@/fields/slug'
import { countryOptions, regionOptions } from '@/geo/countries'
import { deriveRegions } from '@/uhc/hooks'
import { enqueueUhcSync, enqueueUhcSyncAfterDelete } from '@/uhc/search/sync'
import {
  buildingBlockLabels,
  buildingBlocks,
  licenceInfo,
  licences,
  options,
  resourceLanguages,
  resourceTypeLabels,
  resourceTypes,
  sdgTargetLabels,
  sdgTargets,
  topicLabels,
  topics,
} from '@/uhc/vocabulary'

const languageOptions = resourceLanguages.map((code) => ({ value: code, label: code }))

/**
 * The UHC knowledge hub: case studies, policy briefs, toolkits, training material, datasets,
 * reports and videos shared with partner countries. Localized, with drafts and the editorial
 * workflow; the files live in `resource-files`, readable only while a published resource links them.
 */
export const KnowledgeResources: CollectionConfig = withEditorialWorkflow(
  {
    slug: 'knowledge-resources',
    labels: {
      singular: { en: 'Knowledge resource', ja: 'ナレッジリソース' },
      plural: { en: 'Knowledge resources', ja: 'ナレッジリソース' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'resourceType', 'publishedOn', 'workflowStatus', 'updatedAt'],
      group: { en: 'Government content', ja: '政府コンテンツ' },
    },
    hooks: {
      beforeChange: [deriveRegions],
      afterChange: [enqueueUhcSync],
      afterDelete: [enqueueUhcSyncAfterDelete],
    },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', ja: 'タイトル' } },
      slugField('title'),
      {
        name: 'resourceType',
        type: 'select',
        required: true,
        index: true,
        options: options(resourceTypes, resourceTypeLabels),
        label: { en: 'Type', ja: '種類' },
        admin: { position: 'sidebar' },
      },
      { name: 'summary', type: 'textarea', localized: true, maxLength: 1200, label: { en: 'Summary', ja: '概要' } },
      { name: 'body', type: 'richText', localized: true, label: { en: 'Body', ja: '本文' } },
      {
        name: 'authors',
        type: 'array',
        label: { en: 'Authors', ja: '著者' },
        fields: [
          { name: 'name', type: 'text', required: true, label: { en: 'Name (Family, Given)', ja: '氏名（姓, 名）' } },
          { name: 'affiliation', type: 'text', label: { en: 'Affiliation', ja: '所属' } },
        ],
      },
      {
        name: 'organisations',
        type: 'array',
        label: { en: 'Organisations', ja: '組織' },
        admin: { description: { en: 'Cited as corporate author when there are no personal authors.', ja: '個人著者がいない場合は団体著者として引用されます。' } },
        fields: [{ name: 'name', type: 'text', required: true, label: { en: 'Name', ja: '名称' } }],
      },
      { name: 'publishedOn', type: 'date', required: true, index: true, label: { en: 'Publication date', ja: '発行日' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } } },
      { name: 'countries', type: 'select', hasMany: true, options: countryOptions, label: { en: 'Countries', ja: '国' } },
      {
        name: 'regions',
        type: 'select',
        hasMany: true,
        options: regionOptions,
        label: { en: 'WHO regions', ja: 'WHO地域' },
        admin: { description: { en: 'The regions of the countries are added on save; add others freely.', ja: '国の地域は保存時に自動追加されます。' } },
      },
      { name: 'topics', type: 'select', hasMany: true, options: options(topics, topicLabels), label: { en: 'Topics', ja: 'トピック' } },
      {
        name: 'buildingBlocks',
        type: 'select',
        hasMany: true,
        options: options(buildingBlocks, buildingBlockLabels),
        label: { en: 'WHO building blocks', ja: 'WHO保健システム構成要素' },
      },
      { name: 'sdgTargets', type: 'select', hasMany: true, options: options(sdgTargets, sdgTargetLabels), label: { en: 'SDG targets', ja: 'SDGターゲット' } },
      {
        name: 'languages',
        type: 'select',
        hasMany: true,
        options: languageOptions,
        label: { en: 'Languages available', ja: '利用可能な言語' },
        admin: { description: { en: 'ISO 639-1 codes; the languages of the files are added on save.', ja: 'ISO 639-1 コード。ファイルの言語は保存時に追加されます。' } },
      },
      {
        name: 'files',
        type: 'array',
        label: { en: 'Downloads', ja: 'ダウンロード' },
        fields: [
          { name: 'language', type: 'select', required: true, options: languageOptions, label: { en: 'Language', ja: '言語' } },
          { name: 'file', type: 'upload', relationTo: 'resource-files', required: true, label: { en: 'File', ja: 'ファイル' } },
          { name: 'label', type: 'text', localized: true, label: { en: 'Label', ja: 'ラベル' } },
        ],
      },
      {
        name: 'licence',
        type: 'select',
        required: true,
        defaultValue: 'cc-by-4.0',
        options: licences.map((value) => ({ value, label: licenceInfo[value].name })),
        label: { en: 'Licence', ja: 'ライセンス' },
        admin: { position: 'sidebar' },
      },
      {
        name: 'citation',
        type: 'group',
        label: { en: 'How to cite', ja: '引用情報' },
        fields: [
          { name: 'publisher', type: 'text', label: { en: 'Publisher', ja: '発行者' } },
          { name: 'doi', type: 'text', label: { en: 'DOI', ja: 'DOI' }, admin: { description: '10.xxxx/…' } },
          { name: 'url', type: 'text', label: { en: 'URL (if not this page)', ja: 'URL（このページ以外の場合）' } },
          { name: 'edition', type: 'text', label: { en: 'Edition / report number', ja: '版・報告書番号' } },
        ],
      },
      {
        name: 'videoUrl',
        type: 'text',
        label: { en: 'Video URL', ja: '動画URL' },
        admin: { condition: (data) => data?.resourceType === 'video' },
        validate: (value: string | null | undefined) => !value || /^https:\/\//.test(value) || 'Use an https:// address.',
      },
      {
        name: 'related',
        type: 'relationship',
        relationTo: 'knowledge-resources',
        hasMany: true,
        label: { en: 'Related resources', ja: '関連リソース' },
        filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      },
    ],
  },
  { publicPath: (doc) => (typeof doc.slug === 'string' ? `/uhc/${doc.slug}` : null) },
)
