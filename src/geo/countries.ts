import type { AppLocale } from '@/i18n/locales'

/**
 * Countries and regions the government side speaks of: partner countries, project sites and
 * the places a knowledge resource is about. Codes are ISO 3166-1 alpha-2; names come from the
 * runtime's CLDR data (Intl.DisplayNames) in the reader's language, so no list of translations
 * is kept here. Regions are WHO's six regions, the grouping UHC literature uses.
 */

export const whoRegions = ['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR'] as const
export type WhoRegion = (typeof whoRegions)[number]

/** Each country with its WHO region. */
export const countryRegions = {
  // African Region
  GH: 'AFR', KE: 'AFR', NG: 'AFR', RW: 'AFR', SN: 'AFR', TZ: 'AFR', UG: 'AFR', ZM: 'AFR', ET: 'AFR', ZA: 'AFR', CI: 'AFR', MZ: 'AFR', MW: 'AFR', CD: 'AFR',
  // Region of the Americas
  BR: 'AMR', MX: 'AMR', PE: 'AMR', CO: 'AMR', BO: 'AMR', HT: 'AMR', GT: 'AMR', US: 'AMR', CL: 'AMR', AR: 'AMR',
  // South-East Asia Region
  BD: 'SEAR', IN: 'SEAR', ID: 'SEAR', MM: 'SEAR', NP: 'SEAR', LK: 'SEAR', TH: 'SEAR', BT: 'SEAR', TL: 'SEAR',
  // European Region
  FR: 'EUR', DE: 'EUR', GB: 'EUR', UZ: 'EUR', KG: 'EUR', TR: 'EUR', UA: 'EUR', PT: 'EUR', ES: 'EUR',
  // Eastern Mediterranean Region
  EG: 'EMR', JO: 'EMR', MA: 'EMR', PK: 'EMR', SA: 'EMR', AE: 'EMR', TN: 'EMR', AF: 'EMR', SD: 'EMR',
  // Western Pacific Region
  JP: 'WPR', KH: 'WPR', CN: 'WPR', LA: 'WPR', MN: 'WPR', MY: 'WPR', PH: 'WPR', VN: 'WPR', PG: 'WPR', FJ: 'WPR', KR: 'WPR',
} as const satisfies Record<string, WhoRegion>

export type CountryCode = keyof typeof countryRegions
export const countryCodes = Object.keys(countryRegions) as CountryCode[]

export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && Object.hasOwn(countryRegions, value)
}

export function regionOf(country: CountryCode): WhoRegion {
  return countryRegions[country]
}

const countryNamers = new Map<string, Intl.DisplayNames>()

/** The country's name in the reader's language ("Kenya", "ケニア", "كينيا"). */
export function countryName(code: string, locale: AppLocale): string {
  let namer = countryNamers.get(locale)
  if (!namer) {
    namer = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })
    countryNamers.set(locale, namer)
  }
  return namer.of(code) ?? code
}

const languageNamers = new Map<string, Intl.DisplayNames>()

/** A language's name in the reader's language, for "available in" lists. */
export function languageName(code: string, locale: AppLocale): string {
  let namer = languageNamers.get(locale)
  if (!namer) {
    namer = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' })
    languageNamers.set(locale, namer)
  }
  return namer.of(code) ?? code
}

/** Options for a Payload select of countries, labelled in English and Japanese for the admin. */
export const countryOptions = countryCodes.map((code) => ({
  value: code,
  label: { en: countryName(code, 'en'), ja: countryName(code, 'ja') },
}))

export const regionLabels: Record<WhoRegion, { en: string; ja: string }> = {
  AFR: { en: 'African Region', ja: 'アフリカ地域' },
  AMR: { en: 'Region of the Americas', ja: '米州地域' },
  SEAR: { en: 'South-East Asia Region', ja: '東南アジア地域' },
  EUR: { en: 'European Region', ja: '欧州地域' },
  EMR: { en: 'Eastern Mediterranean Region', ja: '東地中海地域' },
  WPR: { en: 'Western Pacific Region', ja: '西太平洋地域' },
}

export const regionOptions = whoRegions.map((value) => ({ value, label: regionLabels[value] }))
