import { NextResponse } from 'next/server'

import { defaultLocale, isLocale, LOCALE_COOKIE, type AppLocale } from '@/i18n/locales'

/**
 * Conventions of the site's own JSON endpoints (`/api/account/*`), which the public pages'
 * forms call. Every message is already in the visitor's language.
 *
 * - 400 `{ error, fieldErrors: { [field]: message } }`: the form shows each message at its field.
 * - 401/403/404/409/429 `{ error }`: one message for the whole form (409 names the conflict).
 */
export interface SiteErrorBody {
  error: string
  fieldErrors?: Record<string, string>
}

/** The visitor's language: the form's `locale` field or header, then the language cookie. */
export function requestLocale(request: Request, fromBody?: unknown): AppLocale {
  if (typeof fromBody === 'string' && isLocale(fromBody)) return fromBody
  const header = request.headers.get('x-kakehashi-locale')
  if (header && isLocale(header)) return header
  const cookie = request.headers
    .get('cookie')
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1]
  const value = cookie ? decodeURIComponent(cookie) : undefined
  return isLocale(value) ? value : defaultLocale
}

export function siteError(status: number, error: string, fieldErrors?: Record<string, string>, headers?: HeadersInit): NextResponse<SiteErrorBody> {
  return NextResponse.json(fieldErrors ? { error, fieldErrors } : { error }, {
    status,
    headers: { 'Cache-Control': 'no-store', ...Object.fromEntries(new Headers(headers)) },
  })
}

export function siteOk<T>(body: T, status = 200): NextResponse<T> {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}
