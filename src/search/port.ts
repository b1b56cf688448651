import type { AppLocale } from '@/i18n/locales'

/**
 * The search port. Two adapters implement it and must behave the same (one contract
 * suite runs on both): Meilisearch in production, an embedded in-process engine by default.
 * Callers never know which one they talk to.
 */

export type SearchType = 'package' | 'hospital'

export const facetNames = ['specialty', 'prefecture', 'language', 'accreditation', 'support', 'priceBand', 'stayBand'] as const
export type FacetName = (typeof facetNames)[number]

/** Text in each locale a record has; search matches any of them, hits show the visitor's. */
export type LocalizedText = Partial<Record<AppLocale, string>>

/** One searchable record: a published package or a verified hospital. */
export interface SearchDoc {
  /** `package:<id>` or `hospital:<id>`: unique across types. */
  id: string
  type: SearchType
  recordId: string
  slug: string
  hospitalId: string
  hospitalSlug: string
  title: LocalizedText
  summary: LocalizedText
  hospitalName: LocalizedText
  /** Extra words that should find the record (specialty names in every locale, city, …). */
  keywords: LocalizedText
  specialty: string[]
  prefecture: string
  language: string[]
  accreditation: string[]
  support: string[]
  /** Packages: their price; hospitals: their cheapest published package (for price filters). */
  priceJPY?: number
  stayNights?: number
  priceBand?: string
  stayBand?: string
  location?: { lat: number; lng: number }
}

export interface SearchFilters {
  specialty?: string[]
  prefecture?: string[]
  language?: string[]
  accreditation?: string[]
  support?: string[]
  priceMin?: number
  priceMax?: number
  stayMax?: number
}

export type SearchSort = 'relevance' | 'price_asc' | 'price_desc' | 'distance'

export interface SearchQuery {
  q: string
  locale: AppLocale
  type?: SearchType
  /** AND across facets, OR within one. */
  filters: SearchFilters
  sort: SearchSort
  near?: { lat: number; lng: number }
  page: number
  pageSize: number
}

export interface SearchHit {
  id: string
  type: SearchType
  recordId: string
  slug: string
  /** In the requested locale, falling back to English then Japanese. */
  title: string
  summary: string
  hospital: { slug: string; name: string }
  prefecture: string
  specialty: string[]
  priceJPY?: number
  stayNights?: number
  /** The title with matched terms wrapped in <mark> (HTML-escaped otherwise). */
  highlight: string
  distanceKm?: number
}

export interface SearchResult {
  hits: SearchHit[]
  /** Counts per facet value for the query with every *other* facet's filter applied. */
  facets: Record<FacetName, Record<string, number>>
  total: number
  page: number
  pageSize: number
  tookMs: number
}

export interface SearchIndex {
  readonly engine: 'embedded' | 'meilisearch'
  upsert(docs: SearchDoc[]): Promise<void>
  remove(ids: string[]): Promise<void>
  /** Removes every doc whose hospitalId is one of these (a suspended hospital's packages). */
  removeByHospital(hospitalIds: string[]): Promise<void>
  query(query: SearchQuery): Promise<SearchResult>
  /** Short title suggestions for type-ahead, in the visitor's locale. */
  suggest(q: string, locale: AppLocale, limit: number): Promise<{ id: string; type: SearchType; slug: string; title: string }[]>
  /** Synonym groups: every term of a group finds what the others find. */
  setSynonyms(groups: string[][]): Promise<void>
  /** Rebuilds the whole index aside and swaps it in, so searches never see a half-built index. */
  replaceAll(docs: SearchDoc[], onProgress?: (done: number, total: number) => void): Promise<void>
  /** Whether the engine answers. */
  healthy(): Promise<boolean>
}

/** Raised by an adapter when its engine is unreachable or failing: callers degrade to the database. */
export class SearchUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SearchUnavailable'
  }
}
