/**
 * Filters, disjunctive facet counts and ordering over the records a text query matched.
 * Pure (apart from the value dictionary an index grows as records arrive).
 *
 * One pass over the candidates computes every facet's counts: a record that passes all
 * filters counts in every facet; a record that fails exactly one facet's filter counts in
 * that facet only (which is what that facet's count would see with its own filter removed);
 * a record failing two or more counts nowhere. No extra query per selected facet. Facet values
 * are small integers (`FacetCodes`), so counting is array arithmetic.
 */

import { priceBandOf, stayBandOf } from '../bands'
import { listFacets, orderedCounts, type FacetCounts } from '../facets'
import { haversineKm, type LatLng } from '../geo'
import { facetNames, type FacetName, type SearchDoc, type SearchFilters, type SearchQuery, type SearchSort } from '../port'

const facetCount = facetNames.length
const facetIndex = Object.fromEntries(facetNames.map((facet, i) => [facet, i])) as Record<FacetName, number>

/** Facet values numbered per index, so a record's values are integers. */
export class FacetCodes {
  private readonly codes = facetNames.map(() => new Map<string, number>())
  private readonly values = facetNames.map((): string[] => [])

  encode(facet: number, value: string): number {
    const codes = this.codes[facet]
    const values = this.values[facet]
    if (!codes || !values) throw new RangeError(`no facet #${facet}`)
    let code = codes.get(value)
    if (code === undefined) {
      code = values.length
      codes.set(value, code)
      values.push(value)
    }
    return code
  }

  lookup(facet: number, value: string): number | undefined {
    return this.codes[facet]?.get(value)
  }

  decode(facet: number, code: number): string {
    return this.values[facet]?.[code] ?? ''
  }

  size(facet: number): number {
    return this.values[facet]?.length ?? 0
  }
}

export interface Row {
  internalId: number
  doc: SearchDoc
  /** Per facet (in `facetNames` order), the codes of the record's values, each once. */
  codes: number[][]
}

export function rowOf(internalId: number, doc: SearchDoc, dictionary: FacetCodes): Row {
  const priceBand = doc.priceBand ?? priceBandOf(doc.priceJPY)
  const stayBand = doc.stayBand ?? stayBandOf(doc.stayNights)
  const values: Record<FacetName, readonly string[]> = {
    specialty: doc.specialty ?? [],
    prefecture: doc.prefecture ? [doc.prefecture] : [],
    language: doc.language ?? [],
    accreditation: doc.accreditation ?? [],
    support: doc.support ?? [],
    priceBand: priceBand ? [priceBand] : [],
    stayBand: stayBand ? [stayBand] : [],
  }
  const codes = facetNames.map((facet, i) => [...new Set(values[facet].map((value) => dictionary.encode(i, value)))])
  return { internalId, doc, codes }
}

interface Group {
  facet: number
  pass: (row: Row) => boolean
}

function groupsOf(filters: SearchFilters, dictionary: FacetCodes): Group[] {
  const groups: Group[] = []
  for (const name of listFacets) {
    const wanted = filters[name]
    if (!wanted?.length) continue
    const facet = facetIndex[name]
    const set = new Set(wanted.flatMap((value) => dictionary.lookup(facet, value) ?? []))
    groups.push({
      facet,
      pass: (row) => {
        for (const code of row.codes[facet] ?? []) if (set.has(code)) return true
        return false
      },
    })
  }
  const { priceMin, priceMax, stayMax } = filters
  if (priceMin !== undefined || priceMax !== undefined) {
    const min = priceMin ?? -Infinity
    const max = priceMax ?? Infinity
    groups.push({
      facet: facetIndex.priceBand,
      pass: ({ doc }) => typeof doc.priceJPY === 'number' && doc.priceJPY >= min && doc.priceJPY <= max,
    })
  }
  if (stayMax !== undefined) {
    groups.push({
      facet: facetIndex.stayBand,
      pass: ({ doc }) => typeof doc.stayNights === 'number' && doc.stayNights <= stayMax,
    })
  }
  return groups
}

export interface Selection {
  /** In the order the candidates came in. */
  matched: Row[]
  facets: FacetCounts
}

export function select(rows: Iterable<Row>, query: Pick<SearchQuery, 'type' | 'filters'>, dictionary: FacetCodes): Selection {
  const groups = groupsOf(query.filters, dictionary)
  const counts = facetNames.map((_, i) => new Array<number>(dictionary.size(i)).fill(0))
  const count = (row: Row, facet: number) => {
    const tally = counts[facet]
    if (!tally) return
    for (const code of row.codes[facet] ?? []) tally[code] = (tally[code] ?? 0) + 1
  }
  const matched: Row[] = []
  for (const row of rows) {
    if (query.type && row.doc.type !== query.type) continue
    let failed = -1
    let failures = 0
    for (const group of groups) {
      if (group.pass(row)) continue
      failed = group.facet
      if (++failures > 1) break
    }
    if (failures === 0) {
      matched.push(row)
      for (let facet = 0; facet < facetCount; facet++) count(row, facet)
    } else if (failures === 1) {
      count(row, failed)
    }
  }
  const facets = Object.fromEntries(
    facetNames.map((name, i) => [name, orderedCounts((counts[i] ?? []).map((n, code) => [dictionary.decode(i, code), n]))]),
  ) as FacetCounts
  return { matched, facets }
}

/**
 * The final tie-break: the order records were indexed in (Orama's internal id, which a record
 * keeps when it is updated). Cheap, and stable from one page to the next.
 */
function compareIds(a: Row, b: Row): number {
  return a.internalId - b.internalId
}

/** Records lacking the key go last; ties in indexing order, so the order is the same on every page. */
function byKey(key: (row: Row) => number | undefined, direction: 1 | -1) {
  return (a: Row, b: Row): number => {
    const x = key(a)
    const y = key(b)
    if (x === undefined || y === undefined) return x === y ? compareIds(a, b) : x === undefined ? 1 : -1
    return (x - y) * direction || compareIds(a, b)
  }
}

const price = (row: Row) => row.doc.priceJPY

/** The orders that do not depend on the query; an index keeps them sorted between writes. */
export const fixedOrders = {
  indexed: compareIds,
  price_asc: byKey(price, 1),
  price_desc: byKey(price, -1),
} satisfies Record<string, (a: Row, b: Row) => number>
export type FixedOrder = keyof typeof fixedOrders

/** The fixed order a query's sort can be read from, when its text does not decide it. */
export function fixedOrderFor(sort: SearchSort, textual: boolean): FixedOrder | undefined {
  if (sort === 'price_asc' || sort === 'price_desc') return sort
  if (sort === 'relevance' && !textual) return 'indexed'
  return undefined
}

/**
 * The first `limit` matched records in order: by score (relevance), by distance from `near`
 * (records without a location last) or by a fixed order; ties in indexing order. Keeps a
 * heap of `limit` records rather than sorting them all when the page is near the top.
 */
export function rank(
  rows: Row[],
  scores: ReadonlyMap<number, number> | undefined,
  sort: SearchSort,
  near: LatLng | undefined,
  limit: number,
): Row[] {
  const fixed = fixedOrderFor(sort, scores !== undefined)
  if (fixed) return firstInOrder(rows, limit, fixedOrders[fixed])
  if (sort === 'distance' && near) {
    const distances = new Map<Row, number>()
    for (const row of rows) if (row.doc.location) distances.set(row, haversineKm(near, row.doc.location))
    return firstInOrder(rows, limit, byKey((row) => distances.get(row), 1))
  }
  const scoreOf = (row: Row) => scores?.get(row.internalId) ?? 0
  return firstInOrder(rows, limit, (a, b) => scoreOf(b) - scoreOf(a) || compareIds(a, b))
}

/** The `limit` smallest items under `compare`, in order. */
export function firstInOrder<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  if (limit <= 0) return []
  if (limit * 4 >= items.length) return [...items].sort(compare).slice(0, limit)
  // A max-heap of the best `limit` so far: its root is the worst of them.
  const heap: T[] = []
  const worse = (i: number, j: number) => compare(heap[i] as T, heap[j] as T) > 0
  const swap = (i: number, j: number) => {
    const t = heap[i] as T
    heap[i] = heap[j] as T
    heap[j] = t
  }
  for (const item of items) {
    if (heap.length < limit) {
      heap.push(item)
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1
        if (!worse(i, parent)) break
        swap(i, parent)
        i = parent
      }
    } else if (compare(item, heap[0] as T) < 0) {
      heap[0] = item
      for (let i = 0; ; ) {
        const left = 2 * i + 1
        const right = left + 1
        let largest = i
        if (left < heap.length && worse(left, largest)) largest = left
        if (right < heap.length && worse(right, largest)) largest = right
        if (largest === i) break
        swap(i, largest)
        i = largest
      }
    }
  }
  return heap.sort(compare)
}

/** Where `row` sits (or would sit) in rows sorted by `compare`, a strict order. */
export function positionOf(rows: readonly Row[], row: Row, compare: (a: Row, b: Row) => number): number {
  let low = 0
  let high = rows.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (compare(rows[middle] as Row, row) < 0) low = middle + 1
    else high = middle
  }
  return low
}
