import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

/**
 * The version of the consent wording (`locales/<lang>/inquiries.json` → `consent.*`). Change it
 * whenever the wording's meaning changes: each stored consent keeps the version and the exact
 * text the patient saw, so what they agreed to can always be shown later.
 */
export const CONSENT_VERSION = '2026-11-1'

export const CONSENT_PURPOSE = 'medical-data-to-hospital'

export interface ConsentWording {
  title: string
  paragraphs: string[]
  checkbox: string
}

/** The consent as shown to the patient, naming the hospital that will receive the data. */
export function consentWording(locale: AppLocale, hospitalName: string): ConsentWording {
  const t = getTranslator(locale, 'inquiries')
  return {
    title: t('consent.title'),
    paragraphs: [
      t('consent.specialCare', { hospital: hospitalName }),
      t('consent.transfer', { hospital: hospitalName }),
      t('consent.withdraw'),
    ],
    checkbox: t('consent.checkbox', { hospital: hospitalName }),
  }
}

/** The exact text stored with a consent: everything the patient was shown, in order. */
export function consentText(locale: AppLocale, hospitalName: string): string {
  const wording = consentWording(locale, hospitalName)
  return [wording.title, ...wording.paragraphs, wording.checkbox].join('\n\n')
}
