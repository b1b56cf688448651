import { fixedFilterVocabularies, listFilterKeys, type ListFilterKey } from './vocabulary'

/** The hospital list's filters as they appear in the URL (`?specialty=cardiology&language=ko`). */
export interface HospitalFilters {
  q: string
  specialty: string[]
  prefecture: string[]
  language: string[]
  accreditation: string[]
  support: string[]
  page: number
}

const SLUG = /^[a-z0-9-]{1,80}$/
export const MAX_QUERY_LENGTH = 100

type Params = Record<string, string | string[] | undefined>

function values(params: Params, key: string): string[] {
  const raw = params[key]
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  return [...new Set(list.map((v) => v.trim()).filter(Boolean))]
}

/**
 * Reads filters from search params. Values outside a vocabulary are dropped and
 * reported in `ignored`, so a mangled shared link still shows a working page.
 */
export function parseHospitalFilters(params: Params): { filters: HospitalFilters; ignored: string[] } {
  const ignored: string[] = []
  const pick = (key: ListFilterKey): string[] =>
    values(params, key).filter((value) => {
      const ok = key === 'specialty' ? SLUG.test(value) : fixedFilterVocabularies[key].includes(value)
      if (!ok) ignored.push(`${key}=${value}`)
      return ok
    })
  const pageRaw = values(params, 'page')[0]
  const page = pageRaw && /^\d{1,4}$/.test(pageRaw) && Number(pageRaw) >= 1 ? Number(pageRaw) : 1
  if (pageRaw && page === 1 && pageRaw !== '1') ignored.push(`page=${pageRaw}`)
  return {
    filters: {
      q: (values(params, 'q')[0] ?? '').slice(0, MAX_QUERY_LENGTH),
      specialty: pick('specialty'),
      prefecture: pick('prefecture'),
      language: pick('language'),
      accreditation: pick('accreditation'),
      support: pick('support'),
      page,
    },
    ignored,
  }
}

/** Serialises filters back to a query string, e.g. for pagination links. */
export function hospitalFiltersQuery(filters: HospitalFilters, overrides: Partial<HospitalFilters> = {}): string {
  const merged = { ...filters, ...overrides }
  const search = new URLSearchParams()
  if (merged.q) search.set('q', merged.q)
  for (const key of listFilterKeys) for (const value of merged[key]) search.append(key, value)
  if (merged.page > 1) search.set('page', String(merged.page))
  const text = search.toString()
  return text ? `?${text}` : ''
}

export function hasActiveFilters(filters: HospitalFilters): boolean {
  return Boolean(filters.q) || listFilterKeys.some((key) => filters[key].length > 0)
}
