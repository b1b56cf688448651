import type { AppLocale } from '@/i18n/locales'

/** Currencies a visitor can pick for an approximate price beside the yen amount. */
export const displayCurrencies = [
  'USD', 'EUR', 'GBP', 'CNY', 'TWD', 'HKD', 'KRW', 'VND', 'THB', 'IDR', 'PHP', 'MYR', 'SGD', 'INR',
  'RUB', 'SAR', 'AED', 'BRL', 'AUD', 'MNT',
] as const
export type DisplayCurrency = (typeof displayCurrencies)[number]

export function isDisplayCurrency(value: unknown): value is DisplayCurrency {
  return typeof value === 'string' && (displayCurrencies as readonly string[]).includes(value)
}

/** The currency a visitor of each language most likely thinks in, until they pick one. */
const currencyByLocale: Record<AppLocale, DisplayCurrency> = {
  ja: 'USD',
  en: 'USD',
  'zh-CN': 'CNY',
  'zh-TW': 'TWD',
  ko: 'KRW',
  vi: 'VND',
  th: 'THB',
  id: 'IDR',
  ru: 'RUB',
  ar: 'SAR',
  es: 'EUR',
  fr: 'EUR',
  pt: 'BRL',
}

export function defaultCurrencyFor(locale: AppLocale): DisplayCurrency {
  return currencyByLocale[locale]
}

/** The cookie that remembers the visitor's currency choice. */
export const CURRENCY_COOKIE = 'kakehashi-currency'

/** A yen amount for the visitor's locale. Yen has no minor unit, so never any decimals. */
export function formatYen(amount: number, locale: AppLocale): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'JPY',
    currencyDisplay: locale === 'ja' ? 'symbol' : 'narrowSymbol',
    maximumFractionDigits: 0,
  }).format(amount)
}

/** Converts yen at a rate given as yen per unit of the target currency. */
export function convertFromYen(amountJPY: number, yenPerUnit: number): number {
  if (!(yenPerUnit > 0)) throw new RangeError('yenPerUnit must be positive')
  return amountJPY / yenPerUnit
}

/**
 * An approximate amount in another currency, rounded to a precision that does not
 * pretend to be exact (about three significant figures).
 */
export function formatApproximate(
  amountJPY: number,
  rate: { currency: DisplayCurrency; yenPerUnit: number },
  locale: AppLocale,
): string {
  const value = convertFromYen(amountJPY, rate.yenPerUnit)
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: rate.currency,
    currencyDisplay: 'symbol',
    maximumSignificantDigits: 3,
  }).format(value)
}
