import type { AppLocale } from '@/i18n/locales'
import type { LocalizedText } from '@/search/port'

/**
 * The UHC hub's search port. Same pattern as the catalogue's (src/search/port.ts): an embedded
 * in-process engine by default, Meilisearch when MEILI_HOST is set, one contract suite for both.
 * Only published resources are ever indexed.
 */

export const uhcFacetNames = ['type', 'topic', 'block', 'sdg', 'country', 'region', 'language', 'year'] as const
export type UhcFacet = (typeof uhcFacetNames)[number]

export type UhcFilters = Partial<Record<UhcFacet, string[]>>
export type UhcSort = 'relevance' | 'newest'

/** One searchable resource, with its text in every locale it has. */
export interface UhcDoc {
  /** The resource's ID. */
  id: string
  slug: string
  title: LocalizedText
  summary: LocalizedText
  authors: string[]
  organisations: string[]
  /** ISO date (YYYY-MM-DD). */
  publishedOn: string
  type: string
  topic: string[]
  block: string[]
  sdg: string[]
  country: string[]
  region: string[]
  language: string[]
  year: string
}

export interface UhcQuery {
  q: string
  locale: AppLocale
  /** AND across facets, OR within one. */
  filters: UhcFilters
  sort: UhcSort
  page: number
  pageSize: number
}

export interface UhcHit {
  id: string
  slug: string
  /** In the requested locale, falling back to English then Japanese. */
  title: string
  summary: string
  type: string
  year: string
  publishedOn: string
  countries: string[]
  languages: string[]
}

export interface UhcResult {
  hits: UhcHit[]
  /** Counts per facet value with every *other* facet's filter (and the text query) applied. */
  facets: Record<UhcFacet, Record<string, number>>
  total: number
  page: number
  pageSize: number
  /** True when the engine failed and the answer came from the database instead. */
  degraded?: boolean
}

export interface UhcIndex {
  readonly engine: 'embedded' | 'meilisearch'
  upsert(docs: UhcDoc[]): Promise<void>
  remove(ids: string[]): Promise<void>
  /** Replaces every document at once (searches never see a half-built index). */
  replaceAll(docs: UhcDoc[]): Promise<void>
  query(query: UhcQuery): Promise<UhcResult>
  healthy(): Promise<boolean>
}
