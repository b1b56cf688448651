import type { CarePackage, Hospital } from '../../payload-types'

import type { AppLocale } from '@/i18n/locales'

/** schema.org Hospital for a profile page. */
export function hospitalJsonLd(hospital: Hospital, locale: AppLocale, url: string): Record<string, unknown> {
  const specialties = (hospital.specialties ?? []).flatMap((s) => (typeof s === 'object' && s ? [s.name] : []))
  const { lat, lng } = hospital.coordinates ?? {}
  return {
    '@context': 'https://schema.org',
    '@type': 'Hospital',
    '@id': url,
    url,
    name: hospital.name,
    description: hospital.summary ?? undefined,
    inLanguage: locale,
    address: {
      '@type': 'PostalAddress',
      streetAddress: hospital.address ?? undefined,
      addressLocality: hospital.city,
      addressRegion: hospital.prefecture,
      addressCountry: 'JP',
    },
    geo: typeof lat === 'number' && typeof lng === 'number' ? { '@type': 'GeoCoordinates', latitude: lat, longitude: lng } : undefined,
    telephone: hospital.internationalOffice?.phone ?? undefined,
    email: hospital.internationalOffice?.email ?? undefined,
    medicalSpecialty: specialties.length ? specialties : undefined,
    availableLanguage: hospital.languages?.length ? hospital.languages : undefined,
    paymentAccepted: hospital.paymentMethods?.length ? hospital.paymentMethods.join(', ') : undefined,
    currenciesAccepted: 'JPY',
  }
}

/** schema.org MedicalProcedure with its yen Offer for a package page. */
export function packageJsonLd(pkg: CarePackage, locale: AppLocale, url: string, hospitalUrl?: string): Record<string, unknown> {
  const hospital = typeof pkg.hospital === 'object' && pkg.hospital ? pkg.hospital : undefined
  const specialty = typeof pkg.specialty === 'object' && pkg.specialty ? pkg.specialty.name : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalProcedure',
    '@id': url,
    url,
    name: pkg.title,
    description: pkg.summary ?? undefined,
    inLanguage: locale,
    relevantSpecialty: specialty,
    offers: {
      '@type': 'Offer',
      price: pkg.priceJPY,
      priceCurrency: 'JPY',
      url,
      availability: 'https://schema.org/InStock',
      offeredBy: hospital ? { '@type': 'Hospital', name: hospital.name, url: hospitalUrl } : undefined,
    },
  }
}
