import { fallbackChain, type AppLocale } from '@/i18n/locales'
import type { LocalizedText } from '@/search/port'

import { uhcFacetNames, type UhcDoc, type UhcFacet, type UhcFilters, type UhcHit, type UhcQuery, type UhcResult } from './port'

/**
 * The hub's faceting rules as pure functions, shared by the embedded engine and the database
 * fallback (and unit-tested on their own): AND across facets, OR within one; a facet's counts
 * apply every filter except its own, so ticking a value never hides its siblings.
 */

export function docValues(doc: UhcDoc, facet: UhcFacet): string[] {
  const value = doc[facet]
  return Array.isArray(value) ? value : value ? [value] : []
}

/** Whether a document passes every active filter, ignoring `except` (the facet being counted). */
export function matchesFilters(doc: UhcDoc, filters: UhcFilters, except?: UhcFacet): boolean {
  for (const facet of uhcFacetNames) {
    if (facet === except) continue
    const wanted = filters[facet]
    if (!wanted || wanted.length === 0) continue
    const values = docValues(doc, facet)
    if (!wanted.some((w) => values.includes(w))) return false
  }
  return true
}

export function emptyUhcFacets(): Record<UhcFacet, Record<string, number>> {
  return Object.fromEntries(uhcFacetNames.map((f) => [f, {}])) as Record<UhcFacet, Record<string, number>>
}

/** Facet counts over the documents that match the text query. */
export function countFacets(docs: readonly UhcDoc[], filters: UhcFilters): Record<UhcFacet, Record<string, number>> {
  const counts = emptyUhcFacets()
  for (const doc of docs) {
    for (const facet of uhcFacetNames) {
      if (!matchesFilters(doc, filters, facet)) continue
      const bucket = counts[facet]
      for (const value of new Set(docValues(doc, facet))) bucket[value] = (bucket[value] ?? 0) + 1
    }
  }
  return counts
}

export function localizedText(text: LocalizedText, locale: AppLocale): string {
  for (const l of [locale, ...fallbackChain(locale)]) {
    const value = text[l]
    if (value) return value
  }
  return Object.values(text).find(Boolean) ?? ''
}

export function toHit(doc: UhcDoc, locale: AppLocale): UhcHit {
  return {
    id: doc.id,
    slug: doc.slug,
    title: localizedText(doc.title, locale),
    summary: localizedText(doc.summary, locale),
    type: doc.type,
    year: doc.year,
    publishedOn: doc.publishedOn,
    countries: doc.country,
    languages: doc.language,
  }
}

/** Newest first; same date by title for a stable order. */
export function byNewest(a: UhcDoc, b: UhcDoc): number {
  return b.publishedOn.localeCompare(a.publishedOn) || a.slug.localeCompare(b.slug)
}

/** Filters, counts, sorts and pages documents that already match the text query (with scores). */
export function assembleResult(matched: readonly { doc: UhcDoc; score: number }[], query: UhcQuery): UhcResult {
  const facets = countFacets(
    matched.map((m) => m.doc),
    query.filters,
  )
  const filtered = matched.filter((m) => matchesFilters(m.doc, query.filters))
  filtered.sort((a, b) => (query.sort === 'relevance' && b.score !== a.score ? b.score - a.score : byNewest(a.doc, b.doc)))
  const start = (query.page - 1) * query.pageSize
  return {
    hits: filtered.slice(start, start + query.pageSize).map((m) => toHit(m.doc, query.locale)),
    facets,
    total: filtered.length,
    page: query.page,
    pageSize: query.pageSize,
  }
}
