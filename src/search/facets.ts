/**
 * Facet semantics both engines share.
 *
 * Filters combine with AND across facets and OR within one (`specialty=a&specialty=b&
 * prefecture=tokyo` is (a OR b) AND tokyo). Facet counts are disjunctive: the counts of one
 * facet apply every filter except that facet's own, so the values next to a ticked one show
 * how many results ticking them too would add, instead of dropping to zero. The price band
 * facet's own filter is `priceMin`/`priceMax`, the stay band facet's is `stayMax`; `type` and
 * the text query apply to every count.
 */

import { facetNames, type FacetName, type SearchFilters } from './port'

export const listFacets = ['specialty', 'prefecture', 'language', 'accreditation', 'support'] as const satisfies readonly FacetName[]
export type ListFacet = (typeof listFacets)[number]

export type FacetCounts = Record<FacetName, Record<string, number>>

/** The facets whose own filter is set in these filters. */
export function selectedFacets(filters: SearchFilters): FacetName[] {
  const selected: FacetName[] = listFacets.filter((facet) => (filters[facet]?.length ?? 0) > 0)
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) selected.push('priceBand')
  if (filters.stayMax !== undefined) selected.push('stayBand')
  return selected
}

/** The filters with one facet's own filter removed: the query its disjunctive counts come from. */
export function withoutFacet(filters: SearchFilters, facet: FacetName): SearchFilters {
  const rest: SearchFilters = { ...filters }
  if (facet === 'priceBand') {
    delete rest.priceMin
    delete rest.priceMax
  } else if (facet === 'stayBand') {
    delete rest.stayMax
  } else {
    delete rest[facet]
  }
  return rest
}

/** Counts in a stable order: most frequent first, then by value. */
export function orderedCounts(counts: Iterable<[string, number]>): Record<string, number> {
  return Object.fromEntries(
    [...counts].filter(([, n]) => n > 0).sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)),
  )
}

export function emptyFacetCounts(): FacetCounts {
  return Object.fromEntries(facetNames.map((facet) => [facet, {}])) as FacetCounts
}
