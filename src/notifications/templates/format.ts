import type { AppLocale } from '@/i18n/locales'

/** Yen through Intl in the reader's language (no minor unit). */
export function formatYen(locale: AppLocale, amount: number): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'JPY', maximumFractionDigits: 0 }).format(amount)
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A stay date (`2026-05-14`, or an ISO timestamp of that day) in the reader's language. Stays
 * happen in Japan, so the day is Japan's; a value that is not a date is shown as given.
 */
export function formatStayDate(locale: AppLocale, value: string): string {
  const date = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00+09:00` : value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(date)
}

/** A moment (the end of a hold) with its time zone named, so a reader abroad is not misled. */
export function formatMoment(locale: AppLocale, value: string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Tokyo',
    timeZoneName: 'short',
  }).format(date)
}
