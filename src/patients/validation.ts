import { isLocale, type AppLocale } from '@/i18n/locales'

/**
 * The rules a patient's details must follow, as pure functions. The site's forms and the
 * collection's field validation share them; each returns a translation key of the `account`
 * namespace (`errors.*`) or undefined when the value is fine.
 */

export type ErrorKey = `errors.${string}`

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/
/** Short enough to keep the bcrypt-style hash meaningful, long enough to resist guessing. */
export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 200
export const NAME_MAX = 100

/** Region codes Intl knows that are not countries (EU, UN, pseudo-regions). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'])
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

/** ISO 3166-1 alpha-2 codes of countries and territories (as Intl knows them). */
export function isCountryCode(value: string): boolean {
  if (!/^[A-Z]{2}$/.test(value) || NOT_COUNTRIES.has(value)) return false
  try {
    return regionNames.of(value) !== undefined
  } catch {
    return false
  }
}

let countryCache: string[] | undefined
/** Every country code, for the form's select. */
export function countryCodes(): string[] {
  if (!countryCache) {
    const codes: string[] = []
    for (let a = 65; a <= 90; a += 1) {
      for (let b = 65; b <= 90; b += 1) {
        const code = String.fromCharCode(a, b)
        if (isCountryCode(code)) codes.push(code)
      }
    }
    countryCache = codes
  }
  return countryCache
}

/**
 * The runtime's own name of a time zone (ICU still lists Asia/Saigon for Asia/Ho_Chi_Minh), so a
 * stored zone always matches one of the choices `timeZones()` offers. Unknown names come back as given.
 */
export function canonicalTimeZone(value: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone
  } catch {
    return value
  }
}

/** IANA time zones: whatever this runtime's Intl accepts (aliases included). */
export function isTimeZone(value: string): boolean {
  if (!value || value.length > 64) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

export function timeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone')
  return zones.includes('UTC') ? zones : ['UTC', ...zones]
}

/**
 * Loosely E.164: an optional +, then digits with the usual separators; 6 to 15 digits.
 * Numbers are written in many national styles; the hospital calls, it does not parse.
 */
export function isPhone(value: string): boolean {
  if (!/^\+?[0-9(][0-9 ()\-.]*$/.test(value)) return false
  const digits = value.replace(/\D/g, '').length
  return digits >= 6 && digits <= 15
}

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value)
}

export interface ProfileInput {
  name?: unknown
  preferredLanguage?: unknown
  country?: unknown
  phone?: unknown
  timeZone?: unknown
}

export interface SignUpInput extends ProfileInput {
  email?: unknown
  password?: unknown
}

export interface CleanProfile {
  name: string
  preferredLanguage: AppLocale
  country: string | null
  phone: string | null
  timeZone: string | null
}

export type FieldErrors = Record<string, ErrorKey>

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

export function validateProfile(input: ProfileInput, fallbackLanguage: AppLocale): { value: CleanProfile; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const name = text(input.name)
  if (!name) errors.name = 'errors.nameRequired'
  else if (name.length > NAME_MAX) errors.name = 'errors.nameTooLong'

  const language = text(input.preferredLanguage) || fallbackLanguage
  if (!isLocale(language)) errors.preferredLanguage = 'errors.language'

  const country = text(input.country).toUpperCase()
  if (country && !isCountryCode(country)) errors.country = 'errors.country'

  const phone = text(input.phone)
  if (phone && !isPhone(phone)) errors.phone = 'errors.phone'

  const timeZone = text(input.timeZone)
  if (timeZone && !isTimeZone(timeZone)) errors.timeZone = 'errors.timeZone'

  return {
    value: {
      name,
      preferredLanguage: isLocale(language) ? language : fallbackLanguage,
      country: country || null,
      phone: phone || null,
      timeZone: timeZone || null,
    },
    errors,
  }
}

export function passwordError(password: unknown): ErrorKey | undefined {
  if (typeof password !== 'string' || password.length === 0) return 'errors.passwordRequired'
  if (password.length < PASSWORD_MIN) return 'errors.passwordTooShort'
  if (password.length > PASSWORD_MAX) return 'errors.passwordTooLong'
  return undefined
}

export function validateSignUp(
  input: SignUpInput,
  fallbackLanguage: AppLocale,
): { value: CleanProfile & { email: string; password: string }; errors: FieldErrors } {
  const { value, errors } = validateProfile(input, fallbackLanguage)
  const email = text(input.email).toLowerCase()
  if (!email) errors.email = 'errors.emailRequired'
  else if (!isEmail(email)) errors.email = 'errors.email'
  const password = typeof input.password === 'string' ? input.password : ''
  const pwError = passwordError(password)
  if (pwError) errors.password = pwError
  return { value: { ...value, email, password }, errors }
}
