import { fallbackChain, locales, type AppLocale } from '@/i18n/locales'

import type { LocalizedText } from './port'

/**
 * The locales a hit's text is read from, in order: the visitor's, then English, then
 * Japanese (the site's content fallback), then any other a record happens to have.
 */
export function readingOrder(locale: AppLocale): AppLocale[] {
  const chain = [locale, ...fallbackChain(locale)]
  return [...chain, ...locales.filter((l) => !chain.includes(l))]
}

/** A record's text for a visitor: their language, else English, else Japanese, else any. */
export function localized(text: LocalizedText, locale: AppLocale): { text: string; locale?: AppLocale } {
  for (const candidate of readingOrder(locale)) {
    const value = text[candidate]?.trim()
    if (value) return { text: value, locale: candidate }
  }
  return { text: '' }
}
