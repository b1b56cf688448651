import { createLocalReq, getPayload, type PayloadRequest } from 'payload'
import config from '@payload-config'
import type { NextResponse } from 'next/server'

import { siteError } from '@/http/site'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import type { SignedInPatient } from '@/patients/session'

import { BookingError } from './errors'

/** A request acting as the signed-in patient, in the visitor's language (route handlers). */
export async function patientRequest(patient: SignedInPatient, locale: AppLocale): Promise<PayloadRequest> {
  const payload = await getPayload({ config })
  return createLocalReq({ user: patient as unknown as NonNullable<PayloadRequest['user']>, locale }, payload)
}

/** A booking error as the site's error JSON in the visitor's language; anything else rethrown. */
export function bookingErrorResponse(err: unknown, locale: AppLocale): NextResponse {
  if (err instanceof BookingError) return siteError(err.status, err.messageIn(locale))
  throw err
}

export function signInFirst(locale: AppLocale): NextResponse {
  return siteError(401, getTranslator(locale, 'bookings')('errors.signIn'))
}
