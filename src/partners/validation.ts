import { isCountryCode } from '@/geo/countries'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

import { partnerKinds, requestKinds, type PartnerKind, type RequestKind } from './vocabulary'

export const MAX_NAME = 200
export const MAX_DESCRIPTION = 2000
export const MAX_SUBJECT = 200
export const MIN_MESSAGE = 20
export const MAX_MESSAGE = 5000

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function httpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export interface PartnerFormInput {
  name?: unknown
  kind?: unknown
  country?: unknown
  website?: unknown
  contactEmail?: unknown
  description?: unknown
}

export interface ValidPartner {
  name: string
  kind: PartnerKind
  country: string
  website: string | null
  contactEmail: string
  description: string
}

export type Validation<T> = { ok: true; value: T } | { ok: false; fieldErrors: Record<string, string> }

/** Checks the registration form at once; every message at its field, in the visitor's language. */
export function validatePartner(locale: AppLocale, input: PartnerFormInput): Validation<ValidPartner> {
  const t = getTranslator(locale, 'partners')
  const errors: Record<string, string> = {}
  const name = text(input.name)
  if (!name) errors.name = t('errors.required')
  else if (name.length > MAX_NAME) errors.name = t('errors.tooLong', { max: MAX_NAME })
  const kind = text(input.kind)
  if (!(partnerKinds as readonly string[]).includes(kind)) errors.kind = t('errors.kind')
  const country = text(input.country)
  if (!isCountryCode(country)) errors.country = t('errors.country')
  const website = text(input.website)
  if (website && !httpUrl(website)) errors.website = t('errors.website')
  const contactEmail = text(input.contactEmail)
  if (!contactEmail) errors.contactEmail = t('errors.required')
  else if (!EMAIL.test(contactEmail) || contactEmail.length > MAX_NAME) errors.contactEmail = t('errors.email')
  const description = text(input.description)
  if (!description) errors.description = t('errors.required')
  else if (description.length > MAX_DESCRIPTION) errors.description = t('errors.tooLong', { max: MAX_DESCRIPTION })
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors }
  return { ok: true, value: { name, kind: kind as PartnerKind, country, website: website || null, contactEmail, description } }
}

export interface RequestFormInput {
  kind?: unknown
  subject?: unknown
  message?: unknown
}

export interface ValidRequest {
  kind: RequestKind
  subject: string
  message: string
}

/** Checks a request to the platform: kind, subject and message. */
export function validateRequest(locale: AppLocale, input: RequestFormInput): Validation<ValidRequest> {
  const t = getTranslator(locale, 'partners')
  const errors: Record<string, string> = {}
  const kind = text(input.kind)
  if (!(requestKinds as readonly string[]).includes(kind)) errors.kind = t('errors.requestKind')
  const subject = text(input.subject)
  if (!subject) errors.subject = t('errors.required')
  else if (subject.length > MAX_SUBJECT) errors.subject = t('errors.tooLong', { max: MAX_SUBJECT })
  const message = text(input.message)
  if (message.length < MIN_MESSAGE) errors.message = t('errors.messageShort', { min: MIN_MESSAGE })
  else if (message.length > MAX_MESSAGE) errors.message = t('errors.tooLong', { max: MAX_MESSAGE })
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors }
  return { ok: true, value: { kind: kind as RequestKind, subject, message } }
}
