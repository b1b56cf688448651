import config from '@payload-config'
import { createLocalReq, getPayload, ValidationError, type PayloadRequest } from 'payload'
import type { NextResponse } from 'next/server'

import { siteError } from '@/http/site'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import type { SignedInPatient } from '@/patients/session'

import { InquiryError } from './service'

/** The Local API request a site route acts through: the signed-in patient and their language. */
export async function patientRequest(patient: SignedInPatient, locale: AppLocale): Promise<PayloadRequest> {
  const payload = await getPayload({ config })
  return createLocalReq({ user: patient, context: { siteLocale: locale } }, payload)
}

/** An inquiry failure as the site's error JSON; anything unexpected is rethrown (a 500, logged). */
export function inquiryFailure(locale: AppLocale, error: unknown): NextResponse {
  const t = getTranslator(locale, 'inquiries')
  if (error instanceof InquiryError) return siteError(error.status, error.message, error.fieldErrors)
  if (error instanceof ValidationError) {
    // A hook refused a field (a file Payload's own checks refused, a consent that does not match).
    const errors = (error.data as { errors?: { path?: string; message?: string }[] } | undefined)?.errors ?? []
    const fieldErrors = Object.fromEntries(
      errors.map((e) => [e.path === 'file' ? 'attachments' : (e.path ?? 'form'), e.message ?? t('errors.summary')]),
    )
    return siteError(400, t('errors.summary'), fieldErrors)
  }
  throw error
}

export function signInFirst(locale: AppLocale): NextResponse {
  return siteError(401, getTranslator(locale, 'inquiries')('errors.signIn'))
}
