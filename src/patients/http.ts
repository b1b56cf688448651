import type { NextResponse } from 'next/server'

import { requestLocale, siteError, siteOk } from '@/http/site'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

import type { Outcome } from './service'

/** Reads a JSON or form body; anything else is an empty object (then field errors follow). */
export async function readBody(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? ''
  try {
    if (type.includes('application/json')) {
      const body: unknown = await request.json()
      return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
    }
    if (type.includes('form')) return Object.fromEntries((await request.formData()).entries())
  } catch {
    // A malformed body is answered like an empty form: every required field says what it needs.
  }
  return {}
}

export async function localeAndBody(request: Request): Promise<{ locale: AppLocale; body: Record<string, unknown> }> {
  const body = await readBody(request)
  return { locale: requestLocale(request, body.locale), body }
}

type Failure = Extract<Outcome, { ok: false }> | { ok: false; status: number; error: `errors.${string}`; minutes?: number }

/** A failed outcome as the site's error JSON, every message in the visitor's language. */
export function failureResponse(locale: AppLocale, failure: Failure, headers?: HeadersInit): NextResponse {
  const t = getTranslator(locale, 'account')
  const minutes = 'minutes' in failure ? failure.minutes : undefined
  const fieldErrors =
    'fieldErrors' in failure && failure.fieldErrors
      ? Object.fromEntries(Object.entries(failure.fieldErrors).map(([field, key]) => [field, t(key)]))
      : undefined
  const when = minutes === undefined ? undefined : new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(minutes, 'minute')
  return siteError(failure.status, t(failure.error, when ? { when } : {}), fieldErrors, headers)
}

export function okWithCookie<T>(body: T, cookie?: string): NextResponse<T> {
  const response = siteOk(body)
  if (cookie) response.headers.append('Set-Cookie', cookie)
  return response
}

export function notSignedIn(locale: AppLocale): NextResponse {
  return siteError(401, getTranslator(locale, 'account')('errors.signInRequired'))
}
