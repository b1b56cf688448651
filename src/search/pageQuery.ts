import type { AppLocale } from '@/i18n/locales'

import { parseSearchParams, type ParamError } from './params'
import type { SearchQuery } from './port'

const MAX_REPAIRS = 12

/**
 * The search page reads the same parameters as the API but must always show a page:
 * a parameter the parser refuses is dropped (and reported) instead of failing.
 */
export function pageSearchQuery(locale: AppLocale, raw: Record<string, string | string[] | undefined>): { query: SearchQuery; problems: ParamError[] } {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'lang') continue
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) if (v !== '') params.append(key, v)
  }
  params.set('lang', locale)
  const problems: ParamError[] = []
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt++) {
    const parsed = parseSearchParams(params)
    if (parsed.ok) return { query: parsed.value, problems }
    problems.push(parsed.error)
    const bad = parsed.error.parameter
    if (!params.has(bad)) break
    params.delete(bad)
  }
  const fallback = parseSearchParams(new URLSearchParams({ lang: locale }))
  if (!fallback.ok) throw new Error(`The default search could not be parsed: ${fallback.error.message}`)
  return { query: fallback.value, problems }
}
