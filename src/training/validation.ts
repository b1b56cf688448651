import { isCountryCode } from '@/geo/countries'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import type { IncomingFile } from '@/inquiries/validation'

import { checkCvFile, cvProblemMessage } from './files'
import { professions, type Profession } from './vocabulary'

export const MIN_MOTIVATION = 100
export const MAX_MOTIVATION = 5000
export const MAX_SHORT_TEXT = 200
export const MAX_YEARS = 60

/** What the application form sends, as strings (before any check). */
export interface ApplicationFormInput {
  fullName?: unknown
  email?: unknown
  country?: unknown
  profession?: unknown
  currentPosition?: unknown
  yearsOfExperience?: unknown
  motivation?: unknown
  consent?: unknown
}

export interface ValidApplication {
  fullName: string
  email: string
  country: string
  profession: Profession
  currentPosition: string
  yearsOfExperience: number
  motivation: string
}

export type ApplicationValidation =
  | { ok: true; value: ValidApplication; cv: IncomingFile & { mimeType: string } }
  | { ok: false; fieldErrors: Record<string, string> }

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const consentGiven = (value: unknown): boolean => value === true || value === 'true' || value === 'on' || value === 'yes'

/**
 * Checks every field and the CV at once, so the applicant sees all problems together, each at its
 * field, in their language. Nothing is stored unless this passes.
 */
export function validateApplication(locale: AppLocale, input: ApplicationFormInput, cv: IncomingFile | undefined): ApplicationValidation {
  const t = getTranslator(locale, 'training')
  const errors: Record<string, string> = {}

  const short = (name: keyof ApplicationFormInput): string => {
    const value = text(input[name])
    if (!value) errors[name] = t('errors.required')
    else if (value.length > MAX_SHORT_TEXT) errors[name] = t('errors.tooLong', { max: MAX_SHORT_TEXT })
    return value
  }
  const fullName = short('fullName')
  const email = short('email')
  if (email && !errors.email && !EMAIL.test(email)) errors.email = t('errors.email')
  const currentPosition = short('currentPosition')

  const country = text(input.country)
  if (!isCountryCode(country)) errors.country = t('errors.country')

  const profession = text(input.profession)
  if (!(professions as readonly string[]).includes(profession)) errors.profession = t('errors.profession')

  const yearsRaw = typeof input.yearsOfExperience === 'number' ? String(input.yearsOfExperience) : text(input.yearsOfExperience)
  const years = Number(yearsRaw)
  if (yearsRaw === '' || !Number.isInteger(years) || years < 0 || years > MAX_YEARS) errors.yearsOfExperience = t('errors.years', { max: MAX_YEARS })

  const motivation = text(input.motivation)
  if (motivation.length < MIN_MOTIVATION) errors.motivation = t('errors.motivationShort', { min: MIN_MOTIVATION, length: motivation.length })
  else if (motivation.length > MAX_MOTIVATION) errors.motivation = t('errors.tooLong', { max: MAX_MOTIVATION })

  let checkedCv: (IncomingFile & { mimeType: string }) | undefined
  if (!cv) errors.cv = t('errors.cvRequired')
  else {
    const check = checkCvFile(cv.data)
    if (check.ok) checkedCv = { ...cv, mimeType: check.mimeType }
    else errors.cv = cvProblemMessage(locale, check, cv.name)
  }

  if (!consentGiven(input.consent)) errors.consent = t('errors.consentRequired')

  if (Object.keys(errors).length > 0 || !checkedCv) return { ok: false, fieldErrors: errors }
  return {
    ok: true,
    value: { fullName, email, country, profession: profession as Profession, currentPosition, yearsOfExperience: years, motivation },
    cv: checkedCv,
  }
}
