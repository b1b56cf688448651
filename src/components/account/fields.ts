import type { TFunction } from 'i18next'

import { localeNames, locales, type AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { countryCodes, timeZones } from '@/patients/validation'

import type { AccountFormProps, FieldSpec } from './AccountForm'

/** The strings every account form shares. */
export function formStrings(locale: AppLocale): Pick<AccountFormProps, 'busyLabel' | 'summaryPrefix' | 'genericError' | 'locale'> {
  const t = getTranslator(locale, 'account')
  return {
    locale,
    busyLabel: t('form.busy'),
    summaryPrefix: t('form.errorSummary', { error: '' }),
    genericError: t('errors.generic'),
  }
}

export interface ProfileValues {
  name?: string | null
  preferredLanguage?: string | null
  country?: string | null
  phone?: string | null
  timeZone?: string | null
}

/** Name, language, country, phone and time zone, with countries named in the visitor's language. */
export function profileFields(t: TFunction, locale: AppLocale, values: ProfileValues = {}): FieldSpec[] {
  const regions = new Intl.DisplayNames([locale], { type: 'region' })
  const collator = new Intl.Collator(locale)
  const countries = countryCodes()
    .map((code) => ({ value: code, label: regions.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.label, b.label))
  const optional = t('fields.optional')
  return [
    { name: 'name', label: t('fields.name'), autoComplete: 'name', required: true, hint: t('fields.nameHint'), defaultValue: values.name ?? '' },
    {
      name: 'preferredLanguage',
      label: t('fields.preferredLanguage'),
      type: 'select',
      autoComplete: 'language',
      defaultValue: values.preferredLanguage ?? locale,
      options: locales.map((code) => ({ value: code, label: localeNames[code] })),
    },
    {
      name: 'country',
      label: t('fields.country'),
      type: 'select',
      autoComplete: 'country',
      optionalLabel: optional,
      defaultValue: values.country ?? '',
      options: [{ value: '', label: t('fields.countryNone') }, ...countries],
    },
    { name: 'phone', label: t('fields.phone'), type: 'tel', autoComplete: 'tel', optionalLabel: optional, hint: t('fields.phoneHint'), defaultValue: values.phone ?? '' },
    {
      name: 'timeZone',
      label: t('fields.timeZone'),
      type: 'select',
      optionalLabel: optional,
      defaultValue: values.timeZone ?? '',
      options: [{ value: '', label: t('fields.timeZoneNone') }, ...timeZones().map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))],
    },
  ]
}

/** A same-site path to return to after signing in (never another origin). */
export function safeReturnPath(value: string | string[] | undefined, locale: AppLocale): string {
  const path = Array.isArray(value) ? value[0] : value
  return path && path.startsWith('/') && !path.startsWith('//') && !path.includes('\\') ? path : `/${locale}/account`
}
