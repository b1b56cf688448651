import { Forbidden, ValidationError } from 'payload'
import type { NextResponse } from 'next/server'

import { siteError } from '@/http/site'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

import { PartnerError } from './service'

/** A partner failure as the site's error JSON; anything unexpected is rethrown (a 500, logged). */
export function partnerFailure(locale: AppLocale, error: unknown): NextResponse {
  const t = getTranslator(locale, 'partners')
  if (error instanceof PartnerError) return siteError(error.status, error.message, error.fieldErrors)
  if (error instanceof Forbidden) return siteError(403, t('errors.forbidden'))
  if (error instanceof ValidationError) {
    const errors = (error.data as { errors?: { path?: string; message?: string }[] } | undefined)?.errors ?? []
    const first = errors[0]?.message
    if (errors.some((e) => e.path === 'name' || e.path === 'partner' || e.path === 'solution')) return siteError(409, first ?? t('errors.summary'))
    return siteError(400, t('errors.summary'), Object.fromEntries(errors.map((e) => [e.path ?? 'form', e.message ?? t('errors.summary')])))
  }
  throw error
}

export function partnerSignInFirst(locale: AppLocale): NextResponse {
  return siteError(401, getTranslator(locale, 'partners')('errors.signIn'))
}
