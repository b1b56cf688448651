/**
 * Meilisearch settings and search requests for the port's queries. Pure, so the requests
 * are unit-tested without a server.
 */

import type { AppLocale } from '@/i18n/locales'
import type { Filter, MultiSearchQuery, Settings } from 'meilisearch'

import { listFacets, selectedFacets, withoutFacet } from '../facets'
import { facetNames, type FacetName, type SearchFilters, type SearchQuery } from '../port'
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, localeAttribute, localeAttributes, textAttributes } from './documents'
import { readingOrder } from '../localize'

/** Meilisearch's language codes (ISO 639-3) for our locales; both Chinese scripts are `cmn`. */
export const meiliLocales: Record<AppLocale, string> = {
  ja: 'jpn',
  en: 'eng',
  'zh-CN': 'cmn',
  'zh-TW': 'cmn',
  ko: 'kor',
  vi: 'vie',
  th: 'tha',
  id: 'ind',
  ru: 'rus',
  ar: 'ara',
  es: 'spa',
  fr: 'fra',
  pt: 'por',
}

/** Records a search may count (`page × hitsPerPage` is capped by it); above any catalogue we expect. */
export const MAX_TOTAL_HITS = 100_000

/**
 * The index settings, applied by `ensureSettings` on start-up (idempotent: Meilisearch does
 * nothing when they are unchanged). Synonyms are not here: editors own them (`setSynonyms`).
 */
export function meiliSettings(options: { localized: boolean }): Settings {
  const settings: Settings = {
    // Earlier attributes weigh more: titles, then keywords, hospital names, summaries.
    searchableAttributes: textAttributes.flatMap((attribute) => localeAttributes(attribute)),
    filterableAttributes: ['type', 'hospitalId', ...facetNames, 'priceJPY', 'stayNights', '_geo'],
    sortableAttributes: ['priceJPY', '_geo'],
    // `sort` first: a price or distance sort is the order, relevance only breaks its ties.
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  }
  if (options.localized) {
    settings.localizedAttributes = (Object.entries(meiliLocales) as [AppLocale, string][]).map(([locale, code]) => ({
      attributePatterns: textAttributes.map((attribute) => localeAttribute(attribute, locale)),
      locales: [code],
    }))
  }
  return settings
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** AND across facets (outer array), OR within one (`IN`), and the numeric bounds. */
export function meiliFilter(filters: SearchFilters, type: SearchQuery['type']): Filter {
  const clauses: string[] = []
  if (type) clauses.push(`type = ${quote(type)}`)
  for (const facet of listFacets) {
    const values = filters[facet]
    if (values?.length) clauses.push(`${facet} IN [${values.map(quote).join(', ')}]`)
  }
  if (filters.priceMin !== undefined) clauses.push(`priceJPY >= ${Number(filters.priceMin)}`)
  if (filters.priceMax !== undefined) clauses.push(`priceJPY <= ${Number(filters.priceMax)}`)
  if (filters.stayMax !== undefined) clauses.push(`stayNights <= ${Number(filters.stayMax)}`)
  return clauses
}

/** Which segmenter to use for a query in a script shared by several languages (Han), or null to let Meilisearch detect. */
export function queryLocales(q: string, locale: AppLocale): string[] | undefined {
  if (/[\p{scx=Hiragana}\p{scx=Katakana}]/u.test(q)) return ['jpn']
  if (/\p{scx=Hangul}/u.test(q)) return ['kor']
  if (/\p{scx=Thai}/u.test(q)) return ['tha']
  if (/\p{scx=Han}/u.test(q)) {
    if (locale === 'ja') return ['jpn']
    if (locale === 'zh-CN' || locale === 'zh-TW') return ['cmn']
  }
  return undefined
}

/**
 * The multi-search for one port query: the hits (with the counts of every facet that has no
 * filter of its own), then one hits-less query per selected facet, with every filter but
 * that facet's, for its disjunctive counts.
 */
export function searchRequests(indexUid: string, query: SearchQuery): { queries: MultiSearchQuery[]; facetsByQuery: FacetName[][] } {
  const selected = selectedFacets(query.filters)
  const openFacets = facetNames.filter((facet) => !selected.includes(facet))
  const chain = readingOrder(query.locale)
  const q = query.q.trim()
  const locales = queryLocales(q, query.locale)
  const common: MultiSearchQuery = { indexUid, q, matchingStrategy: 'all' }
  if (locales) common.locales = locales

  const main: MultiSearchQuery = {
    ...common,
    filter: meiliFilter(query.filters, query.type),
    facets: openFacets,
    page: Math.max(1, Math.floor(query.page)),
    hitsPerPage: Math.max(1, Math.floor(query.pageSize)),
    attributesToRetrieve: [
      'id', 'type', 'recordId', 'slug', 'hospitalSlug', 'prefecture', 'specialty', 'priceJPY', 'stayNights', '_geo',
      ...chain.flatMap((locale) => ['title', 'summary', 'hospitalName'].map((a) => `${a}_${locale}`)),
    ],
    attributesToHighlight: chain.map((locale) => localeAttribute('title', locale)),
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  }
  const sort = sortOf(query)
  if (sort) main.sort = sort

  const queries = [main]
  const facetsByQuery = [openFacets]
  for (const facet of selected) {
    queries.push({ ...common, filter: meiliFilter(withoutFacet(query.filters, facet), query.type), facets: [facet], page: 1, hitsPerPage: 0 })
    facetsByQuery.push([facet])
  }
  return { queries, facetsByQuery }
}

function sortOf(query: SearchQuery): string[] | undefined {
  if (query.sort === 'price_asc') return ['priceJPY:asc']
  if (query.sort === 'price_desc') return ['priceJPY:desc']
  if (query.sort === 'distance' && query.near) return [`_geoPoint(${query.near.lat}, ${query.near.lng}):asc`]
  return undefined
}

/** Type-ahead: titles in the visitor's locale, then titles in any locale. */
export function suggestRequests(indexUid: string, q: string, locale: AppLocale, limit: number): MultiSearchQuery[] {
  const chain = readingOrder(locale)
  const base: MultiSearchQuery = {
    indexUid,
    q: q.trim(),
    limit,
    matchingStrategy: 'all',
    attributesToRetrieve: ['id', 'type', 'slug', ...chain.map((l) => localeAttribute('title', l))],
  }
  const locales = queryLocales(q, locale)
  if (locales) base.locales = locales
  return [
    { ...base, attributesToSearchOn: [localeAttribute('title', locale)] },
    { ...base, attributesToSearchOn: localeAttributes('title') },
  ]
}
