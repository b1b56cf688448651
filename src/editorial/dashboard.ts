import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { locales } from '@/i18n/locales'

import { editorialCollections, translationStates as stateNames, type EditorialCollection, type TranslationState, type WorkflowStatus } from './statuses'
import { isTranslationProgress, translationStates } from './translations'

export interface TranslationRow {
  collection: EditorialCollection
  id: string
  title: string
  workflowStatus: WorkflowStatus
  sourceLocale: string
  states: Record<string, TranslationState>
}

export interface TranslationFilter {
  collection?: EditorialCollection
  /** Only documents with at least one locale in this state (in `locale` when given). */
  state?: TranslationState
  locale?: string
}

export function parseTranslationFilter(searchParams: Record<string, string | string[] | undefined> | undefined): TranslationFilter {
  const one = (key: string) => {
    const v = searchParams?.[key]
    return typeof v === 'string' ? v : undefined
  }
  const collection = one('collection')
  const state = one('state')
  const locale = one('locale')
  return {
    collection: (editorialCollections as readonly string[]).includes(collection ?? '') ? (collection as EditorialCollection) : undefined,
    state: (stateNames as readonly string[]).includes(state ?? '') ? (state as TranslationState) : undefined,
    locale: (locales as readonly string[]).includes(locale ?? '') ? locale : undefined,
  }
}

export function matchesFilter(row: TranslationRow, filter: TranslationFilter): boolean {
  if (!filter.state) return true
  if (filter.locale) return row.states[filter.locale] === filter.state
  return Object.entries(row.states).some(([locale, state]) => locale !== row.sourceLocale && state === filter.state)
}

/**
 * Editorial documents × locales for the translation dashboard, read as the staff member
 * (latest versions, drafts included; access checked). At most `limit` documents per collection.
 */
export async function translationOverview(payload: Payload, user: TypedUser, filter: TranslationFilter, limit = 200): Promise<TranslationRow[]> {
  const collections = filter.collection ? [filter.collection] : [...editorialCollections]
  const rows: TranslationRow[] = []
  for (const collection of collections) {
    const result = await payload.find({
      collection: collection as CollectionSlug,
      draft: true,
      depth: 0,
      limit,
      locale: 'en',
      fallbackLocale: 'ja',
      sort: '-updatedAt',
      user,
      overrideAccess: false,
      select: { title: true, workflowStatus: true, sourceLocale: true, translationProgress: true } as never,
    })
    for (const doc of result.docs as Record<string, unknown>[]) {
      const sourceLocale = typeof doc.sourceLocale === 'string' ? doc.sourceLocale : 'en'
      const row: TranslationRow = {
        collection,
        id: String(doc.id),
        title: typeof doc.title === 'string' && doc.title ? doc.title : String(doc.id),
        workflowStatus: (doc.workflowStatus as WorkflowStatus) ?? 'draft',
        sourceLocale,
        states: translationStates(isTranslationProgress(doc.translationProgress) ? doc.translationProgress : undefined, sourceLocale),
      }
      if (matchesFilter(row, filter)) rows.push(row)
    }
  }
  return rows
}
