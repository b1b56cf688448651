import { listFilterKeys, type ListFilterKey } from '@/catalogue/vocabulary'
import type { AppLocale } from '@/i18n/locales'

import type { SearchFilters, SearchQuery } from './port'

/** Serialises a search into query-string form; the page's state lives entirely in the URL. */
export function searchQueryString(query: SearchQuery, overrides: Partial<SearchQuery> = {}): string {
  // Overrides carry whole filter sets (see the helpers below), so a removed key stays removed.
  const merged = { ...query, ...overrides, filters: overrides.filters ?? query.filters }
  const params = new URLSearchParams()
  if (merged.q) params.set('q', merged.q)
  if (merged.type) params.set('type', merged.type)
  for (const key of listFilterKeys) for (const value of merged.filters[key] ?? []) params.append(key, value)
  if (merged.filters.priceMin !== undefined) params.set('priceMin', String(merged.filters.priceMin))
  if (merged.filters.priceMax !== undefined) params.set('priceMax', String(merged.filters.priceMax))
  if (merged.filters.stayMax !== undefined) params.set('stayMax', String(merged.filters.stayMax))
  if (merged.sort !== 'relevance') params.set('sort', merged.sort)
  if (merged.near) params.set('near', `${merged.near.lat},${merged.near.lng}`)
  if (merged.page > 1) params.set('page', String(merged.page))
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function searchHref(locale: AppLocale, query: SearchQuery, overrides: Partial<SearchQuery> = {}): string {
  return `/${locale}/search${searchQueryString(query, overrides)}`
}

/** The same search without one filter value (for a removable chip); back to page 1. */
export function withoutFilterValue(query: SearchQuery, key: ListFilterKey, value: string): Partial<SearchQuery> {
  const remaining = (query.filters[key] ?? []).filter((v) => v !== value)
  const filters: SearchFilters = { ...query.filters, [key]: remaining }
  return { filters, page: 1 }
}

/** The same search without a numeric bound. */
export function withoutBound(query: SearchQuery, key: 'priceMin' | 'priceMax' | 'stayMax'): Partial<SearchQuery> {
  const filters: SearchFilters = { ...query.filters }
  delete filters[key]
  return { filters, page: 1 }
}
