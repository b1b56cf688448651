import { isCountryCode, whoRegions } from '@/geo/countries'
import type { AppLocale } from '@/i18n/locales'

import { buildingBlocks, resourceLanguages, resourceTypes, sdgTargets, topics } from '../vocabulary'
import { uhcFacetNames, type UhcFacet, type UhcFilters, type UhcQuery } from './port'

/**
 * The hub page's URL state: `?q=…&type=report&block=financing&language=fr&sort=newest&page=2`.
 * Unknown values are dropped (a stale bookmark still works); repeated parameters are OR-ed.
 */

export const UHC_PAGE_SIZE = 12

const allowed: Record<Exclude<UhcFacet, 'country' | 'year'>, readonly string[]> = {
  type: resourceTypes,
  topic: topics,
  block: buildingBlocks,
  sdg: sdgTargets,
  region: whoRegions,
  language: resourceLanguages,
}

function valid(facet: UhcFacet, value: string): boolean {
  if (facet === 'country') return isCountryCode(value)
  if (facet === 'year') return /^(19|20)\d\d$/.test(value)
  return allowed[facet].includes(value)
}

const list = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)

export function parseUhcQuery(locale: AppLocale, params: Record<string, string | string[] | undefined>): UhcQuery {
  const filters: UhcFilters = {}
  for (const facet of uhcFacetNames) {
    const values = [...new Set(list(params[facet]).filter((v) => valid(facet, v)))]
    if (values.length) filters[facet] = values
  }
  const q = (list(params.q)[0] ?? '').slice(0, 200)
  const sortParam = list(params.sort)[0]
  // Without a query every score is equal and "best match" lists newest first, so one default serves both.
  const sort = sortParam === 'newest' ? 'newest' : 'relevance'
  const page = Math.min(500, Math.max(1, Number.parseInt(list(params.page)[0] ?? '1', 10) || 1))
  return { q, locale, filters, sort, page, pageSize: UHC_PAGE_SIZE }
}

/** The hub URL for a query, with changes (page, filters) applied. */
export function uhcHref(locale: AppLocale, query: UhcQuery, change: Partial<Pick<UhcQuery, 'filters' | 'page' | 'sort' | 'q'>> = {}): string {
  const next = { ...query, ...change }
  const search = new URLSearchParams()
  if (next.q) search.set('q', next.q)
  for (const facet of uhcFacetNames) for (const v of next.filters[facet] ?? []) search.append(facet, v)
  if (next.sort !== 'relevance') search.set('sort', next.sort)
  if (next.page > 1) search.set('page', String(next.page))
  const s = search.toString()
  return `/${locale}/uhc${s ? `?${s}` : ''}`
}

export function withoutValue(query: UhcQuery, facet: UhcFacet, value: string): Pick<UhcQuery, 'filters' | 'page'> {
  const values = (query.filters[facet] ?? []).filter((v) => v !== value)
  const filters = { ...query.filters }
  if (values.length) filters[facet] = values
  else delete filters[facet]
  return { filters, page: 1 }
}
