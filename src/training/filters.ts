import { instructionLanguages, trainingFields, trainingFormats, type InstructionLanguage, type TrainingField, type TrainingFormat } from './vocabulary'

export const PROGRAMS_PER_PAGE = 12

export interface TrainingFilters {
  field?: TrainingField
  language?: InstructionLanguage
  format?: TrainingFormat
  scholarship: boolean
  page: number
}

type Params = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''))
const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined => ((list as readonly string[]).includes(value) ? (value as T) : undefined)

/** The programme list's filters from the URL; unknown values are ignored. */
export function parseTrainingFilters(params: Params): TrainingFilters {
  const page = Number.parseInt(first(params.page), 10)
  return {
    field: oneOf(trainingFields, first(params.field)),
    language: oneOf(instructionLanguages, first(params.language)),
    format: oneOf(trainingFormats, first(params.format)),
    scholarship: ['1', 'true', 'on', 'yes'].includes(first(params.scholarship)),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  }
}

/** The query string of a filter state (`?field=nursing&page=2`), empty values left out. */
export function trainingFiltersQuery(filters: TrainingFilters, override: Partial<TrainingFilters> = {}): string {
  const merged = { ...filters, ...override }
  const params = new URLSearchParams()
  if (merged.field) params.set('field', merged.field)
  if (merged.language) params.set('language', merged.language)
  if (merged.format) params.set('format', merged.format)
  if (merged.scholarship) params.set('scholarship', '1')
  if (merged.page > 1) params.set('page', String(merged.page))
  const query = params.toString()
  return query ? `?${query}` : ''
}

export function hasTrainingFilters(filters: TrainingFilters): boolean {
  return Boolean(filters.field || filters.language || filters.format || filters.scholarship)
}
