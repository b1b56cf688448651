import { APIError, type PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

/**
 * An error a booking caller can cause, with its HTTP status and a translation key in the
 * `bookings` namespace. The message is already in the request's language; routes may
 * re-translate `key` for another locale.
 */
export class BookingError extends APIError<{ key: string; params?: Record<string, string> }> {
  constructor(
    readonly key: string,
    status: number,
    locale: AppLocale,
    readonly params: Record<string, string> = {},
  ) {
    super(String(getTranslator(locale, 'bookings')(key, params)), status, { key, params }, true)
    this.name = 'BookingError'
  }

  /** The same error in another language (for a route answering in the visitor's language). */
  messageIn(locale: AppLocale): string {
    return String(getTranslator(locale, 'bookings')(this.key, this.params))
  }
}

export function localeOf(req: PayloadRequest): AppLocale {
  return isLocale(req.locale) ? req.locale : defaultLocale
}

export function bookingError(req: PayloadRequest, key: string, status: number, params?: Record<string, string>): BookingError {
  return new BookingError(key, status, localeOf(req), params)
}
