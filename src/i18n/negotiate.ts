import { defaultLocale, isLocale, locales, type AppLocale } from './locales'

interface Preference {
  tag: string
  quality: number
  order: number
}

/** Parses an Accept-Language header into tags ordered by quality, then by position. */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return []
  const preferences: Preference[] = []
  header.split(',').forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(';')
    const tag = rawTag?.trim()
    if (!tag || tag === '*') return
    let quality = 1
    for (const param of params) {
      const [key, value] = param.trim().split('=')
      if (key?.trim().toLowerCase() === 'q' && value !== undefined) {
        const parsed = Number(value)
        quality = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0
      }
    }
    if (quality > 0) preferences.push({ tag, quality, order })
  })
  return preferences.sort((a, b) => b.quality - a.quality || a.order - b.order).map((p) => p.tag)
}

// Chinese script matters more than region: an explicit script subtag decides; without one,
// Taiwan, Hong Kong and Macau readers use Traditional characters.
const traditionalRegions = new Set(['tw', 'hk', 'mo'])

/** Maps one BCP 47 tag onto a supported locale, or undefined. */
export function matchTag(tag: string): AppLocale | undefined {
  const parts = tag.toLowerCase().split(/[-_]/)
  const language = parts[0]
  if (!language) return undefined
  if (language === 'zh') {
    const subtags = parts.slice(1)
    if (subtags.includes('hant')) return 'zh-TW'
    if (subtags.includes('hans')) return 'zh-CN'
    return subtags.some((p) => traditionalRegions.has(p)) ? 'zh-TW' : 'zh-CN'
  }
  if (language === 'in') return 'id' // legacy code still sent by some Android builds
  if (language === 'nb' || language === 'no') return undefined
  return locales.find((l) => l === language)
}

/** The best supported locale for a visitor: an explicit cookie choice wins, then Accept-Language. */
export function negotiateLocale(options: { cookie?: string | null; acceptLanguage?: string | null }): AppLocale {
  if (isLocale(options.cookie)) return options.cookie
  for (const tag of parseAcceptLanguage(options.acceptLanguage)) {
    const match = matchTag(tag)
    if (match) return match
  }
  return defaultLocale
}
