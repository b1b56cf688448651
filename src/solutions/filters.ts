import { isCountryCode } from '@/geo/countries'
import { solutionCategories, type SolutionCategory } from '@/partners/vocabulary'

export const SOLUTIONS_PER_PAGE = 12

export interface SolutionFilters {
  category?: SolutionCategory
  country?: string
  page: number
}

type Params = Record<string, string | string[] | undefined>
const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''))

/** The solution list's filters from the URL; unknown values are ignored. */
export function parseSolutionFilters(params: Params): SolutionFilters {
  const category = first(params.category)
  const country = first(params.country).toUpperCase()
  const page = Number.parseInt(first(params.page), 10)
  return {
    category: (solutionCategories as readonly string[]).includes(category) ? (category as SolutionCategory) : undefined,
    country: isCountryCode(country) ? country : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

export function solutionFiltersQuery(filters: SolutionFilters, override: Partial<SolutionFilters> = {}): string {
  const merged = { ...filters, ...override }
  const params = new URLSearchParams()
  if (merged.category) params.set('category', merged.category)
  if (merged.country) params.set('country', merged.country)
  if (merged.page > 1) params.set('page', String(merged.page))
  const query = params.toString()
  return query ? `?${query}` : ''
}

export function hasSolutionFilters(filters: SolutionFilters): boolean {
  return Boolean(filters.category || filters.country)
}
