import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

/**
 * The version of the application consent wording (`locales/<lang>/training.json` → `consent.*`).
 * Change it whenever the wording's meaning changes: each application keeps the version and the
 * exact text the applicant saw.
 */
export const APPLICATION_CONSENT_VERSION = '2026-11-1'

export interface ApplicationConsentWording {
  title: string
  paragraphs: string[]
  checkbox: string
}

/** The consent as shown on the form, naming the host that receives the application and CV. */
export function applicationConsentWording(locale: AppLocale, host: string): ApplicationConsentWording {
  const t = getTranslator(locale, 'training')
  return {
    title: t('consent.title'),
    paragraphs: [t('consent.share', { host }), t('consent.keep'), t('consent.withdraw')],
    checkbox: t('consent.checkbox', { host }),
  }
}

/** The exact text stored with an application: everything the applicant was shown, in order. */
export function applicationConsentText(locale: AppLocale, host: string): string {
  const wording = applicationConsentWording(locale, host)
  return [wording.title, ...wording.paragraphs, wording.checkbox].join('\n\n')
}
