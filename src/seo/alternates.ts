import type { Metadata } from 'next'

import { env } from '@/env'
import { defaultLocale, locales, type AppLocale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/paths'

/** Absolute URL of a locale-less path in one locale. */
export function absoluteUrl(locale: AppLocale, rest: string): string {
  return `${env.serverUrl}${localizedPath(locale, rest)}`
}

/** Canonical URL and hreflang alternates (every locale plus x-default) for a page. */
export function alternatesFor(locale: AppLocale, rest: string): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = {}
  for (const l of locales) languages[l] = absoluteUrl(l, rest)
  languages['x-default'] = absoluteUrl(defaultLocale, rest)
  return { canonical: absoluteUrl(locale, rest), languages }
}
