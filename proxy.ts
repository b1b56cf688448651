import { NextResponse, type NextRequest } from 'next/server'

import { LOCALE_COOKIE } from './src/i18n/locales'
import { negotiateLocale } from './src/i18n/negotiate'
import { localizedPath, PATH_HEADER, splitLocalePath } from './src/i18n/paths'

const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * Public URLs start with a locale. A path without one is sent to the visitor's best
 * language (remembered choice first, then Accept-Language); a path with one is served
 * and remembered. Payload's routes (/admin, /api) and static files never come here.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl
  const { locale, rest } = splitLocalePath(pathname)

  if (!locale) {
    const target = negotiateLocale({
      cookie: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get('accept-language'),
    })
    const url = request.nextUrl.clone()
    url.pathname = localizedPath(target, rest)
    const response = NextResponse.redirect(url, 307)
    response.headers.set('Vary', 'Accept-Language, Cookie')
    return response
  }

  const headers = new Headers(request.headers)
  headers.set(PATH_HEADER, `${pathname}${search}`)
  const response = NextResponse.next({ request: { headers } })
  if (request.cookies.get(LOCALE_COOKIE)?.value !== locale) {
    response.cookies.set(LOCALE_COOKIE, locale, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax' })
  }
  return response
}

export const config = {
  // Everything except Payload's admin and API, Next's internals and files with an extension.
  matcher: ['/((?!admin|api|_next|sitemap\\.xml|robots\\.txt|favicon\\.ico|.*\\.[a-zA-Z0-9]+$).*)'],
}
