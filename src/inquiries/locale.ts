import type { PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type AppLocale } from '@/i18n/locales'

/**
 * The language a hook's error messages are written in: the site's form passes the visitor's
 * locale in `req.context.siteLocale`; otherwise the request's locale (REST `?locale=`), then English.
 */
export function messageLocale(req: PayloadRequest): AppLocale {
  const fromSite = (req.context as { siteLocale?: unknown } | undefined)?.siteLocale
  if (typeof fromSite === 'string' && isLocale(fromSite)) return fromSite
  if (typeof req.locale === 'string' && isLocale(req.locale)) return req.locale
  return defaultLocale
}
