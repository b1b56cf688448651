import type { AppLocale } from '@/i18n/locales'

/** Text every seeded record has in Japanese and English, and optionally in other locales. */
export type LocalizedText = { ja: string; en: string } & Partial<Record<Exclude<AppLocale, 'ja' | 'en'>, string>>

/** The locales that half of the demo records carry beyond ja and en, so fallback shows on the rest. */
export const extraLocales = ['zh-CN', 'ko', 'vi', 'ar'] as const
export type ExtraLocale = (typeof extraLocales)[number]

/** A list item in Japanese and English (included services, required documents …). */
export interface BilingualItem {
  ja: string
  en: string
}
