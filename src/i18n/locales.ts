/**
 * The languages Kakehashi speaks. One list drives URLs, Payload content localization,
 * interface strings, hreflang alternates and the language switcher.
 */
export const locales = ['ja', 'en', 'zh-CN', 'zh-TW', 'ko', 'vi', 'th', 'id', 'ru', 'ar', 'es', 'fr', 'pt'] as const

export type AppLocale = (typeof locales)[number]

/** Content authored in English first; English readers fall back to Japanese. */
export const defaultLocale: AppLocale = 'en'

/** Fallback chain for content reads: the visitor's language, then English, then Japanese. */
export function fallbackChain(locale: AppLocale): AppLocale[] {
  if (locale === 'en') return ['ja']
  if (locale === 'ja') return ['en']
  return ['en', 'ja']
}

const rightToLeft: ReadonlySet<AppLocale> = new Set(['ar'])

export function directionOf(locale: AppLocale): 'ltr' | 'rtl' {
  return rightToLeft.has(locale) ? 'rtl' : 'ltr'
}

/** Each language named in itself, for the switcher (a reader looks for their own script). */
export const localeNames: Record<AppLocale, string> = {
  ja: '日本語',
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  ko: '한국어',
  vi: 'Tiếng Việt',
  th: 'ไทย',
  id: 'Bahasa Indonesia',
  ru: 'Русский',
  ar: 'العربية',
  es: 'Español',
  fr: 'Français',
  pt: 'Português',
}

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** The cookie that remembers an explicit language choice. */
export const LOCALE_COOKIE = 'kakehashi-lang'
