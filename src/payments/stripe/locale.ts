import type { AppLocale } from '@/i18n/locales'

/**
 * The Checkout page's language for a patient's locale. Stripe Checkout speaks all of ours
 * except Arabic; for Arabic it picks from the browser (`auto`) rather than forcing English.
 */
const checkoutLocales = {
  ja: 'ja',
  en: 'en',
  'zh-CN': 'zh',
  'zh-TW': 'zh-TW',
  ko: 'ko',
  vi: 'vi',
  th: 'th',
  id: 'id',
  ru: 'ru',
  ar: 'auto',
  es: 'es',
  fr: 'fr',
  pt: 'pt',
} as const satisfies Record<AppLocale, string>

export type CheckoutLocale = (typeof checkoutLocales)[AppLocale]

export function checkoutLocaleFor(locale: AppLocale): CheckoutLocale {
  return checkoutLocales[locale] ?? 'auto'
}
