import { cookies, headers } from 'next/headers'

import { CURRENCY_COOKIE, defaultCurrencyFor, isDisplayCurrency, type DisplayCurrency } from '@/catalogue/money'

import { defaultLocale, isLocale, type AppLocale } from './locales'
import { PATH_HEADER, splitLocalePath } from './paths'

/** The requested path, as the locale proxy recorded it (pages and not-found alike). */
export async function requestPath(): Promise<{ locale: AppLocale; rest: string; search: string }> {
  const raw = (await headers()).get(PATH_HEADER) ?? '/'
  const [pathname = '/', search = ''] = raw.split('?')
  const { locale, rest } = splitLocalePath(pathname)
  return { locale: locale ?? defaultLocale, rest, search: search ? `?${search}` : '' }
}

/** Resolves a `[lang]` route param, which the proxy guarantees is a supported locale. */
export function localeParam(value: string): AppLocale {
  return isLocale(value) ? value : defaultLocale
}

/** The currency the visitor picked for approximate prices, or their language's usual one. */
export async function visitorCurrency(locale: AppLocale): Promise<DisplayCurrency> {
  const chosen = (await cookies()).get(CURRENCY_COOKIE)?.value
  return isDisplayCurrency(chosen) ? chosen : defaultCurrencyFor(locale)
}
