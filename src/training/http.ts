import { ValidationError } from 'payload'
import type { NextResponse } from 'next/server'

import { siteError } from '@/http/site'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

import { TrainingError } from './service'

/** A training failure as the site's error JSON; anything unexpected is rethrown (a 500, logged). */
export function trainingFailure(locale: AppLocale, error: unknown): NextResponse {
  const t = getTranslator(locale, 'training')
  if (error instanceof TrainingError) return siteError(error.status, error.message, error.fieldErrors)
  if (error instanceof ValidationError) {
    // A hook refused a field (the deadline passed meanwhile, a second application, a file).
    const errors = (error.data as { errors?: { path?: string; message?: string }[] } | undefined)?.errors ?? []
    const fieldErrors = Object.fromEntries(errors.map((e) => [e.path === 'file' ? 'cv' : (e.path ?? 'form'), e.message ?? t('errors.summary')]))
    const program = fieldErrors.program
    if (program) return siteError(409, program)
    return siteError(400, t('errors.summary'), fieldErrors)
  }
  throw error
}

export function trainingSignInFirst(locale: AppLocale): NextResponse {
  return siteError(401, getTranslator(locale, 'training')('errors.signIn'))
}
