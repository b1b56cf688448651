import { NextResponse, type NextRequest } from 'next/server'

import { env } from './src/env'
import { requestLocale } from './src/http/site'
import { LOCALE_COOKIE } from './src/i18n/locales'
import { negotiateLocale } from './src/i18n/negotiate'
import { localizedPath, PATH_HEADER, splitLocalePath } from './src/i18n/paths'
import { getTranslator } from './src/i18n/server'
import { checkRateLimit } from './src/rateLimit'

const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * Sign-up, sign-in, password reset and inquiry endpoints answer 429 once a client has used its
 * allowance, in the visitor's language, saying when to try again.
 */
function rateLimited(request: NextRequest): NextResponse {
  const decision = checkRateLimit(
    { method: request.method, headers: request.headers, pathname: request.nextUrl.pathname },
    env.rateLimitFactor,
  )
  if (!decision || decision.allowed) return NextResponse.next()
  const locale = requestLocale(request)
  const minutes = Math.max(1, Math.ceil(decision.retryAfterSeconds / 60))
  const when = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(minutes, 'minute')
  return NextResponse.json(
    { error: getTranslator(locale, 'account')('errors.rateLimited', { when }) },
    { status: 429, headers: { 'Retry-After': String(decision.retryAfterSeconds), 'Cache-Control': 'no-store' } },
  )
}

/**
 * Public URLs start with a locale. A path without one is sent to the visitor's best
 * language (remembered choice first, then Accept-Language); a path with one is served
 * and remembered. Payload's routes (/admin, /api) and static files never come here.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl
  if (pathname.startsWith('/api/')) return rateLimited(request)
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
  matcher: [
    // Pages: everything except Payload's admin and API, Next's internals and files with an extension.
    '/((?!admin|api|_next|sitemap\\.xml|robots\\.txt|favicon\\.ico|.*\\.[a-zA-Z0-9]+$).*)',
    // The rate-limited endpoints (src/rateLimit/policy.ts; a unit test keeps the two lists equal).
    '/api/account/sign-up',
    '/api/account/sign-in',
    '/api/account/forgot-password',
    '/api/account/inquiries',
    '/api/patients',
    '/api/patients/login',
    '/api/patients/forgot-password',
    '/api/training/applications',
    '/api/training-applications',
    '/api/application-files',
    '/api/partners/register',
    '/api/partners',
    '/api/partners/requests',
    '/api/partner-requests',
  ],
}
