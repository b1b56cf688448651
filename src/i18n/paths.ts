import { isLocale, type AppLocale } from './locales'

/** Splits `/ko/hospitals/x` into the locale and the locale-less rest (`/hospitals/x`). */
export function splitLocalePath(pathname: string): { locale: AppLocale | undefined; rest: string } {
  const [, first, ...others] = pathname.split('/')
  if (isLocale(first)) return { locale: first, rest: `/${others.join('/')}`.replace(/\/+$/, '') || '/' }
  return { locale: undefined, rest: pathname || '/' }
}

/** The same page in another language: `/{locale}{rest}`. */
export function localizedPath(locale: AppLocale, rest: string): string {
  const clean = rest === '/' || rest === '' ? '' : rest.startsWith('/') ? rest : `/${rest}`
  return `/${locale}${clean}`
}

/** Header the locale proxy sets so server components know the requested path. */
export const PATH_HEADER = 'x-kakehashi-path'
