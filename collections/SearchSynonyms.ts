import type { CollectionConfig } from 'payload'

import { platformStaffOnly } from '@/access'
import { enqueueSynonymSync, enqueueSynonymSyncAfterDelete } from '@/search/sync'

/**
 * Groups of words that should find each other ("knee replacement", "TKA", "人工膝関節").
 * Only platform staff read or edit them; the search engine is fed by a job that reads them
 * on the server (see `src/search/sync.ts`), so visitors never need read access.
 */
export const SearchSynonyms: CollectionConfig = {
  slug: 'search-synonyms',
  labels: {
    singular: { en: 'Synonym group', ja: '同義語グループ' },
    plural: { en: 'Synonym groups', ja: '同義語グループ' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'note', 'updatedAt'],
    group: { en: 'Settings', ja: '設定' },
    description: {
      en: 'Every term of a group finds what the others find, in every language. Changes reach search within seconds. While there are no groups at all, search uses its built-in set.',
      ja: 'グループ内のどの語で検索しても、他の語と同じ結果が出ます（全言語共通）。変更は数秒で検索に反映されます。グループが一つもない間は、組み込みの同義語が使われます。',
    },
  },
  access: { read: platformStaffOnly, create: platformStaffOnly, update: platformStaffOnly, delete: platformStaffOnly },
  hooks: { afterChange: [enqueueSynonymSync], afterDelete: [enqueueSynonymSyncAfterDelete] },
  fields: [
    {
      name: 'terms',
      type: 'array',
      required: true,
      minRows: 2,
      maxRows: 30,
      labels: { singular: { en: 'Term', ja: '語' }, plural: { en: 'Terms', ja: '語' } },
      // Not localized: a group mixes languages on purpose (an English term finds a Japanese title).
      fields: [{ name: 'term', type: 'text', required: true, maxLength: 80 }],
    },
    {
      name: 'label',
      type: 'text',
      admin: { readOnly: true, hidden: true },
      hooks: {
        // The list view shows the group's terms; stored so the admin list can sort and search it.
        beforeChange: [
          ({ siblingData }) => {
            const terms = (siblingData as { terms?: { term?: string | null }[] | null }).terms ?? []
            return terms
              .map((row) => row.term?.trim())
              .filter(Boolean)
              .join(' · ')
              .slice(0, 200)
          },
        ],
      },
    },
    { name: 'note', type: 'textarea', maxLength: 500, admin: { description: 'Why these words belong together (for other editors).' } },
    {
      name: 'key',
      type: 'text',
      // Not `required`: the default fills it, so nobody creating a group has to invent one.
      unique: true,
      index: true,
      // Editors' own groups get a random key; the seed's groups carry a readable one.
      defaultValue: () => crypto.randomUUID(),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Stable identifier. The demo seed finds its built-in groups by it.',
      },
    },
  ],
}
