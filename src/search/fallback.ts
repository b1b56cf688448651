import type { Payload, Where } from 'payload'

import { relationId } from '@/access/roles'
import type { AppLocale } from '@/i18n/locales'

import { emptyFacetCounts } from './facets'
import { haversineKm, roundKm } from './geo'
import { escapeHtml } from './normalize'
import type { SearchHit, SearchQuery, SearchResult, SearchType } from './port'

/**
 * Search straight from the database, for when the engine is down or slow. Deliberately plain:
 * a case-insensitive `like` on the title (or hospital name) in the visitor's locale, the same
 * filters, price or distance order, no ranking, no typo tolerance, no synonyms, no facet counts.
 *
 * Every read runs as the anonymous visitor (`user: null, overrideAccess: false`): the
 * collections' access rules decide what is public, exactly as on the catalogue pages.
 */

const asVisitor = { overrideAccess: false, user: null } as const

/** Orders the database cannot give (hospital price, distance, two types merged) are sorted in memory over at most this many rows per type. */
export const FALLBACK_CANDIDATE_LIMIT = 1000

export const FALLBACK_NOTICE =
  'Search is running on the database fallback: results are not ranked, synonyms and typo tolerance are off, and facet counts are unavailable.'

export interface FallbackResult extends SearchResult {
  notice: string
}

/** Never matches a row: `in` with an ID no record has (IDs are UUIDs or ObjectIds). */
const NOTHING = '00000000-0000-0000-0000-000000000000'

interface Row {
  hit: SearchHit
  location?: { lat: number; lng: number }
}

// ------------------------------------------------------------------ text

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The title, HTML-escaped, with each word of the query marked where it occurs (case-insensitive):
 * what `like` matched, which is all the database fallback knows about matching.
 */
export function markTitle(title: string, q: string): string {
  const words = [...new Set(q.split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length)
  if (words.length === 0) return escapeHtml(title)
  const pattern = new RegExp(words.map(escapeRegExp).join('|'), 'giu')
  let html = ''
  let last = 0
  for (const match of title.matchAll(pattern)) {
    const at = match.index ?? 0
    html += `${escapeHtml(title.slice(last, at))}<mark>${escapeHtml(match[0])}</mark>`
    last = at + match[0].length
  }
  return html + escapeHtml(title.slice(last))
}

// ------------------------------------------------------------------ filters

async function hospitalsByCheapestPrice(payload: Payload, min: number | undefined, max: number | undefined): Promise<Where> {
  // A hospital's price is its cheapest public package: cheapest ≤ max ⇔ some package ≤ max;
  // cheapest ≥ min ⇔ no package below min.
  const hospitalsOf = async (where: Where): Promise<string[]> => {
    const result = await payload.find({
      collection: 'care-packages',
      where,
      depth: 0,
      pagination: false,
      select: { hospital: true },
      ...asVisitor,
    })
    return [...new Set(result.docs.flatMap((doc) => relationId(doc.hospital) ?? []))]
  }
  const within = await hospitalsOf(max === undefined ? {} : { priceJPY: { less_than_equal: max } })
  const and: Where[] = [{ id: { in: within.length ? within : [NOTHING] } }]
  if (min !== undefined && min > 0) {
    const below = await hospitalsOf({ priceJPY: { less_than: min } })
    if (below.length) and.push({ id: { not_in: below } })
  }
  return { and }
}

async function whereFor(payload: Payload, type: SearchType, query: SearchQuery): Promise<Where> {
  const f = query.filters
  const and: Where[] = []
  if (type === 'package') {
    if (query.q) and.push({ title: { like: query.q } })
    if (f.specialty?.length) and.push({ 'specialty.slug': { in: f.specialty } })
    if (f.prefecture?.length) and.push({ 'hospital.prefecture': { in: f.prefecture } })
    // As in the index: a package is offered in its own languages and in its hospital's.
    if (f.language?.length) and.push({ or: [{ languages: { in: f.language } }, { 'hospital.languages': { in: f.language } }] })
    if (f.accreditation?.length) and.push({ 'hospital.accreditations.type': { in: f.accreditation } })
    if (f.support?.length) and.push({ 'hospital.support': { in: f.support } })
    if (f.priceMin !== undefined) and.push({ priceJPY: { greater_than_equal: f.priceMin } })
    if (f.priceMax !== undefined) and.push({ priceJPY: { less_than_equal: f.priceMax } })
    if (f.stayMax !== undefined) and.push({ stayNights: { less_than_equal: f.stayMax } })
  } else {
    if (query.q) and.push({ name: { like: query.q } })
    if (f.specialty?.length) and.push({ 'specialties.slug': { in: f.specialty } })
    if (f.prefecture?.length) and.push({ prefecture: { in: f.prefecture } })
    if (f.language?.length) and.push({ languages: { in: f.language } })
    if (f.accreditation?.length) and.push({ 'accreditations.type': { in: f.accreditation } })
    if (f.support?.length) and.push({ support: { in: f.support } })
    if (f.priceMin !== undefined || f.priceMax !== undefined) and.push(await hospitalsByCheapestPrice(payload, f.priceMin, f.priceMax))
    // Hospital documents carry no length of stay, so a stay limit leaves only packages (as in the index).
    if (f.stayMax !== undefined) and.push({ id: { in: [NOTHING] } })
  }
  return and.length ? { and } : {}
}

// ------------------------------------------------------------------ reads

type Page = { rows: Row[]; total: number }

const packageSorts: Record<SearchQuery['sort'], string[]> = {
  relevance: ['priceJPY', 'slug'],
  price_asc: ['priceJPY', 'slug'],
  price_desc: ['-priceJPY', 'slug'],
  distance: ['priceJPY', 'slug'],
}

function coordinatesOf(value: unknown): { lat: number; lng: number } | undefined {
  const c = value as { lat?: unknown; lng?: unknown } | null | undefined
  return typeof c?.lat === 'number' && typeof c.lng === 'number' ? { lat: c.lat, lng: c.lng } : undefined
}

function slugsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.flatMap((v) => (v && typeof v === 'object' && typeof (v as { slug?: unknown }).slug === 'string' ? [(v as { slug: string }).slug] : []))
}

async function packagePage(payload: Payload, query: SearchQuery, where: Where, page: number, limit: number): Promise<Page> {
  const result = await payload.find({
    collection: 'care-packages',
    where,
    locale: query.locale,
    depth: 1,
    populate: {
      hospitals: { name: true, slug: true, prefecture: true, coordinates: true },
      specialties: { slug: true },
    },
    select: { title: true, summary: true, slug: true, priceJPY: true, stayNights: true, hospital: true, specialty: true },
    sort: packageSorts[query.sort],
    page,
    limit,
    ...asVisitor,
  })
  const rows = result.docs.map((doc): Row => {
    const hospital = typeof doc.hospital === 'object' && doc.hospital ? doc.hospital : undefined
    const location = coordinatesOf(hospital?.coordinates)
    return {
      location,
      hit: {
        id: `package:${doc.id}`,
        type: 'package',
        recordId: String(doc.id),
        slug: doc.slug,
        title: doc.title,
        summary: doc.summary ?? '',
        hospital: { slug: hospital?.slug ?? '', name: hospital?.name ?? '' },
        prefecture: hospital?.prefecture ?? '',
        specialty: slugsOf(doc.specialty),
        priceJPY: doc.priceJPY,
        ...(typeof doc.stayNights === 'number' ? { stayNights: doc.stayNights } : {}),
        highlight: markTitle(doc.title, query.q),
      },
    }
  })
  return { rows, total: result.totalDocs }
}

async function hospitalPage(payload: Payload, query: SearchQuery, where: Where, page: number, limit: number): Promise<Page> {
  const result = await payload.find({
    collection: 'hospitals',
    where,
    locale: query.locale,
    depth: 1,
    populate: { specialties: { slug: true } },
    select: { name: true, summary: true, slug: true, prefecture: true, coordinates: true, specialties: true },
    sort: ['-foreignPatientsPerYear', 'slug'],
    page,
    limit,
    ...asVisitor,
  })
  const cheapest = await cheapestPrices(payload, result.docs.map((d) => String(d.id)))
  const rows = result.docs.map((doc): Row => {
    const price = cheapest.get(String(doc.id))
    return {
      location: coordinatesOf(doc.coordinates),
      hit: {
        id: `hospital:${doc.id}`,
        type: 'hospital',
        recordId: String(doc.id),
        slug: doc.slug,
        title: doc.name,
        summary: doc.summary ?? '',
        hospital: { slug: doc.slug, name: doc.name },
        prefecture: doc.prefecture,
        specialty: slugsOf(doc.specialties),
        ...(price !== undefined ? { priceJPY: price } : {}),
        highlight: markTitle(doc.name, query.q),
      },
    }
  })
  return { rows, total: result.totalDocs }
}

/** Each hospital's cheapest public package. */
async function cheapestPrices(payload: Payload, hospitalIds: string[]): Promise<Map<string, number>> {
  const cheapest = new Map<string, number>()
  if (hospitalIds.length === 0) return cheapest
  const result = await payload.find({
    collection: 'care-packages',
    where: { hospital: { in: hospitalIds } },
    depth: 0,
    pagination: false,
    select: { hospital: true, priceJPY: true },
    ...asVisitor,
  })
  for (const doc of result.docs) {
    const id = relationId(doc.hospital)
    if (!id) continue
    const known = cheapest.get(id)
    if (known === undefined || doc.priceJPY < known) cheapest.set(id, doc.priceJPY)
  }
  return cheapest
}

// ------------------------------------------------------------------ ordering

type Compare = (a: Row, b: Row) => number

const missingLast = (a: number | undefined, b: number | undefined, direction: 1 | -1): number => {
  if (a === undefined) return b === undefined ? 0 : 1
  if (b === undefined) return -1
  return (a - b) * direction
}

function comparator(query: SearchQuery): Compare {
  switch (query.sort) {
    case 'price_asc':
      return (a, b) => missingLast(a.hit.priceJPY, b.hit.priceJPY, 1)
    case 'price_desc':
      return (a, b) => missingLast(a.hit.priceJPY, b.hit.priceJPY, -1)
    case 'distance':
      return (a, b) => missingLast(a.hit.distanceKm, b.hit.distanceKm, 1)
    case 'relevance':
      // No ranking without the engine: packages (cheapest first), then hospitals, as read.
      return (a, b) => (a.hit.type === b.hit.type ? 0 : a.hit.type === 'package' ? -1 : 1)
  }
}

/** Whether the database's own order and pagination give the requested page directly. */
function pagedByDatabase(types: SearchType[], query: SearchQuery): boolean {
  if (types.length !== 1 || query.sort === 'distance') return false
  return types[0] === 'package' || query.sort === 'relevance'
}

export async function fallbackSearch(payload: Payload, query: SearchQuery): Promise<FallbackResult> {
  const started = performance.now()
  const types: SearchType[] = query.type ? [query.type] : ['package', 'hospital']
  const read = (type: SearchType, where: Where, page: number, limit: number): Promise<Page> =>
    type === 'package' ? packagePage(payload, query, where, page, limit) : hospitalPage(payload, query, where, page, limit)

  let hits: SearchHit[]
  let total: number
  const withDistance = (row: Row): Row =>
    query.near && row.location ? { ...row, hit: { ...row.hit, distanceKm: roundKm(haversineKm(query.near, row.location)) } } : row

  const [only] = types
  if (only && pagedByDatabase(types, query)) {
    const page = await read(only, await whereFor(payload, only, query), query.page, query.pageSize)
    hits = page.rows.map(withDistance).map((row) => row.hit)
    total = page.total
  } else {
    const pages = await Promise.all(
      types.map(async (type) => read(type, await whereFor(payload, type, query), 1, FALLBACK_CANDIDATE_LIMIT)),
    )
    const start = (query.page - 1) * query.pageSize
    // Array.prototype.sort is stable: rows the comparator ties keep the database's order.
    hits = pages
      .flatMap((p) => p.rows.map(withDistance))
      .sort(comparator(query))
      .slice(start, start + query.pageSize)
      .map((row) => row.hit)
    total = pages.reduce((sum, p) => sum + p.total, 0)
  }

  return {
    hits,
    facets: emptyFacetCounts(),
    total,
    page: query.page,
    pageSize: query.pageSize,
    tookMs: Math.round(performance.now() - started),
    notice: FALLBACK_NOTICE,
  }
}

/** Type-ahead from the database: titles (and hospital names) containing the text, prefix matches first. */
export async function fallbackSuggest(
  payload: Payload,
  q: string,
  locale: AppLocale,
  limit: number,
): Promise<{ id: string; type: SearchType; slug: string; title: string }[]> {
  if (!q) return []
  const [packages, hospitals] = await Promise.all([
    payload.find({ collection: 'care-packages', where: { title: { like: q } }, locale, depth: 0, limit, select: { title: true, slug: true }, ...asVisitor }),
    payload.find({ collection: 'hospitals', where: { name: { like: q } }, locale, depth: 0, limit, select: { name: true, slug: true }, ...asVisitor }),
  ])
  const needle = q.toLocaleLowerCase(locale)
  return [
    ...packages.docs.map((d) => ({ id: `package:${d.id}`, type: 'package' as const, slug: d.slug, title: d.title })),
    ...hospitals.docs.map((d) => ({ id: `hospital:${d.id}`, type: 'hospital' as const, slug: d.slug, title: d.name })),
  ]
    .map((s, order) => ({ s, order, prefix: s.title.toLocaleLowerCase(locale).startsWith(needle) ? 0 : 1 }))
    .sort((a, b) => a.prefix - b.prefix || a.order - b.order)
    .slice(0, limit)
    .map(({ s }) => s)
}
