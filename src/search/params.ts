import { fixedFilterVocabularies, listFilterKeys, type ListFilterKey } from '@/catalogue/vocabulary'
import { defaultLocale, isLocale, locales, type AppLocale } from '@/i18n/locales'

import type { SearchFilters, SearchQuery, SearchSort, SearchType } from './port'

/**
 * Parses and validates the query string of `GET /api/search` and `GET /api/search/suggest`.
 * Pure: the route hands over `URLSearchParams` and gets either a `SearchQuery` for the port
 * or an error that names the parameter, which the route answers with 400.
 *
 * Unlike the hospital list page (which drops bad filter values so a mangled shared link still
 * shows a page), the API refuses them: a client that sends a wrong value wants to know.
 */

export const MAX_QUERY_CHARS = 200
export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 50
/** Bounds the work one request can ask for (each value is a filter clause). */
export const MAX_VALUES_PER_FILTER = 20
export const SUGGEST_LIMIT = 8

export const searchTypes = ['package', 'hospital'] as const satisfies readonly SearchType[]
export const searchSorts = ['relevance', 'price_asc', 'price_desc', 'distance'] as const satisfies readonly SearchSort[]

/** Specialties are editor-maintained, so the API checks their shape; an unknown slug simply matches nothing. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_SLUG_LENGTH = 80

/** 15 digits keeps every accepted number a safe integer. */
const NON_NEGATIVE_INTEGER = /^\d{1,15}$/
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/

export const searchParameters = [
  'q', 'lang', 'type', ...listFilterKeys, 'priceMin', 'priceMax', 'stayMax', 'sort', 'near', 'page', 'pageSize',
] as const
export const suggestParameters = ['q', 'lang'] as const

export interface ParamError {
  parameter: string
  message: string
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ParamError }

export interface SuggestQuery {
  q: string
  locale: AppLocale
  limit: number
}

/** Thrown inside the parser and turned into a `Parsed` failure at its edge. */
class Invalid extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message)
  }
}

function fail(parameter: string, message: string): never {
  throw new Invalid(parameter, message)
}

function guard<T>(parse: () => T): Parsed<T> {
  try {
    return { ok: true, value: parse() }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: { parameter: error.parameter, message: error.message } }
    throw error
  }
}

function refuseUnknown(params: URLSearchParams, known: readonly string[]): void {
  for (const name of params.keys()) {
    if (!known.includes(name)) {
      // Cut so a hostile name cannot make the error response arbitrarily long.
      const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name
      fail(shown, `${shown} is not a parameter of this endpoint (known: ${known.join(', ')})`)
    }
  }
}

/**
 * The single value of a parameter, or undefined when absent. An empty value counts as
 * absent, as an HTML form submits empty inputs (`priceMin=`).
 */
function single(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name)
  if (all.length > 1) fail(name, `${name} must be given at most once`)
  const value = all[0]?.trim()
  return value ? value : undefined
}

function list(params: URLSearchParams, name: ListFilterKey): string[] {
  const values = [...new Set(params.getAll(name).flatMap((v) => (v.trim() ? [v.trim()] : [])))]
  if (values.length > MAX_VALUES_PER_FILTER) fail(name, `${name} accepts at most ${MAX_VALUES_PER_FILTER} values`)
  for (const value of values) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value
    if (name === 'specialty') {
      if (value.length > MAX_SLUG_LENGTH || !SLUG.test(value)) {
        fail(name, `specialty must be a specialty slug (lower-case letters, digits and hyphens), not "${shown}"`)
      }
    } else if (!fixedFilterVocabularies[name].includes(value)) {
      fail(name, `${name} "${shown}" is not one of the known values (${fixedFilterVocabularies[name].join(', ')})`)
    }
  }
  return values
}

function nonNegativeInteger(params: URLSearchParams, name: string): number | undefined {
  const raw = single(params, name)
  if (raw === undefined) return undefined
  if (!NON_NEGATIVE_INTEGER.test(raw)) fail(name, `${name} must be a non-negative integer`)
  return Number(raw)
}

function query(params: URLSearchParams): string {
  const raw = params.getAll('q')
  if (raw.length > 1) fail('q', 'q must be given at most once')
  // Whitespace runs collapse so "  knee   replacement " and "knee replacement" are one query.
  const q = (raw[0] ?? '').replace(/\s+/g, ' ').trim()
  // Characters as people count them (code points), not UTF-16 units: a CJK or emoji query is not penalised.
  if ([...q].length > MAX_QUERY_CHARS) fail('q', `q must be at most ${MAX_QUERY_CHARS} characters`)
  return q
}

function locale(params: URLSearchParams): AppLocale {
  const raw = single(params, 'lang')
  if (raw === undefined) return defaultLocale
  if (!isLocale(raw)) fail('lang', `lang must be one of ${locales.join(', ')}`)
  return raw as AppLocale
}

function near(params: URLSearchParams): { lat: number; lng: number } | undefined {
  const raw = single(params, 'near')
  if (raw === undefined) return undefined
  const message = 'near must be "lat,lng" with lat between -90 and 90 and lng between -180 and 180'
  const parts = raw.split(',').map((p) => p.trim())
  const [latText, lngText] = parts
  if (parts.length !== 2 || !latText || !lngText || !DECIMAL.test(latText) || !DECIMAL.test(lngText)) fail('near', message)
  const lat = Number(latText)
  const lng = Number(lngText)
  if (!(lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180)) fail('near', message)
  return { lat, lng }
}

export function parseSearchParams(params: URLSearchParams): Parsed<SearchQuery> {
  return guard(() => {
    refuseUnknown(params, searchParameters)
    const q = query(params)
    const lang = locale(params)

    const typeRaw = single(params, 'type')
    if (typeRaw !== undefined && !(searchTypes as readonly string[]).includes(typeRaw)) {
      fail('type', `type must be one of ${searchTypes.join(', ')}`)
    }

    const filters: SearchFilters = {}
    for (const name of listFilterKeys) {
      const values = list(params, name)
      if (values.length) filters[name] = values
    }
    const priceMin = nonNegativeInteger(params, 'priceMin')
    const priceMax = nonNegativeInteger(params, 'priceMax')
    const stayMax = nonNegativeInteger(params, 'stayMax')
    if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax) {
      fail('priceMin', 'priceMin must not be greater than priceMax')
    }
    if (priceMin !== undefined) filters.priceMin = priceMin
    if (priceMax !== undefined) filters.priceMax = priceMax
    if (stayMax !== undefined) filters.stayMax = stayMax

    const sortRaw = single(params, 'sort') ?? 'relevance'
    if (!(searchSorts as readonly string[]).includes(sortRaw)) fail('sort', `sort must be one of ${searchSorts.join(', ')}`)
    const sort = sortRaw as SearchSort
    const origin = near(params)
    if (sort === 'distance' && !origin) fail('near', 'near ("lat,lng") is required when sort is distance')

    const pageRaw = single(params, 'page')
    if (pageRaw !== undefined && (!NON_NEGATIVE_INTEGER.test(pageRaw) || Number(pageRaw) < 1)) {
      fail('page', 'page must be an integer of at least 1')
    }
    const sizeRaw = single(params, 'pageSize')
    if (sizeRaw !== undefined && (!NON_NEGATIVE_INTEGER.test(sizeRaw) || Number(sizeRaw) < 1 || Number(sizeRaw) > MAX_PAGE_SIZE)) {
      fail('pageSize', `pageSize must be between 1 and ${MAX_PAGE_SIZE}`)
    }

    const parsed: SearchQuery = {
      q,
      locale: lang,
      filters,
      sort,
      page: pageRaw === undefined ? 1 : Number(pageRaw),
      pageSize: sizeRaw === undefined ? DEFAULT_PAGE_SIZE : Number(sizeRaw),
    }
    if (typeRaw !== undefined) parsed.type = typeRaw as SearchType
    if (origin) parsed.near = origin
    return parsed
  })
}

export function parseSuggestParams(params: URLSearchParams): Parsed<SuggestQuery> {
  return guard(() => {
    refuseUnknown(params, suggestParameters)
    return { q: query(params), locale: locale(params), limit: SUGGEST_LIMIT }
  })
}
