import type { CollectionConfig } from 'payload'

import { pageBlocks } from '@/content/blocks'
import { withEditorialWorkflow } from '@/editorial'
import { slugField } from '@/fields/slug'

/**
 * The site's own pages (about, how it works, the medical-stay visa guide, FAQ, contact, privacy,
 * terms), built from blocks. The layout is localized as a whole: each language has its own
 * sequence of blocks, so a translation can add a question or a step the source does not need.
 */
export const Pages: CollectionConfig = withEditorialWorkflow(
  {
    slug: 'pages',
    labels: { singular: { en: 'Site page', ja: 'サイトページ' }, plural: { en: 'Site pages', ja: 'サイトページ' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'slug', 'workflowStatus', 'updatedAt'],
      group: { en: 'Government content', ja: '政府コンテンツ' },
    },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true },
      slugField('title'),
      { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
      { name: 'layout', type: 'blocks', localized: true, blocks: pageBlocks },
    ],
  },
  { publicPath: (doc) => (typeof doc.slug === 'string' ? `/${doc.slug}` : null) },
)
