import type { AppLocale } from '@/i18n/locales'
import { countryName } from '@/geo/countries'

import type { Partner, Solution, TrainingProgram } from '../../payload-types'

/** The programme's provider: the host hospital (with its page) or the university. */
function provider(program: TrainingProgram, hospitalUrl?: string): Record<string, unknown> | undefined {
  const hospital = program.host?.kind === 'hospital' && typeof program.host.hospital === 'object' ? program.host.hospital : undefined
  if (hospital) return { '@type': 'Hospital', name: hospital.name, url: hospitalUrl }
  if (program.host?.name) return { '@type': 'CollegeOrUniversity', name: program.host.name, url: program.host.website ?? undefined }
  return undefined
}

/** schema.org Course (with one CourseInstance) for a training programme page. */
export function courseJsonLd(program: TrainingProgram, locale: AppLocale, url: string, hospitalUrl?: string): Record<string, unknown> {
  const mode = program.format === 'online' ? 'online' : program.format === 'hybrid' ? 'blended' : 'onsite'
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    '@id': url,
    url,
    name: program.title,
    description: program.summary ?? undefined,
    inLanguage: program.instructionLanguages?.length ? program.instructionLanguages : locale,
    provider: provider(program, hospitalUrl),
    coursePrerequisites: program.eligibility ?? undefined,
    isAccessibleForFree: program.scholarship?.available ? true : undefined,
    hasCourseInstance: {
      '@type': 'CourseInstance',
      courseMode: mode,
      startDate: program.startDate ?? undefined,
      courseWorkload: `P${program.lengthWeeks}W`,
      maximumAttendeeCapacity: program.seats ?? undefined,
    },
    offers: program.applicationDeadline ? { '@type': 'Offer', category: 'Training', availabilityEnds: program.applicationDeadline } : undefined,
  }
}

/** schema.org Organization for a partner on the partners list. */
export function partnerJsonLd(partner: Pick<Partner, 'name' | 'website' | 'country' | 'description'>, locale: AppLocale): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: partner.name,
    url: partner.website ?? undefined,
    description: partner.description ?? undefined,
    address: { '@type': 'PostalAddress', addressCountry: partner.country },
    areaServed: countryName(partner.country, locale),
  }
}

/** The partners list as one JSON-LD document: an ItemList of Organizations. */
export function partnersListJsonLd(partners: Pick<Partner, 'name' | 'website' | 'country' | 'description'>[], locale: AppLocale, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    '@id': url,
    itemListElement: partners.map((partner, index) => ({ '@type': 'ListItem', position: index + 1, item: partnerJsonLd(partner, locale) })),
  }
}

/** schema.org Product (offered by the company Organization) for a solution page. */
export function solutionJsonLd(solution: Solution, locale: AppLocale, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': url,
    url,
    name: solution.title,
    description: solution.summary ?? undefined,
    inLanguage: locale,
    category: solution.category,
    brand: {
      '@type': 'Organization',
      name: solution.company?.name,
      url: solution.company?.website ?? undefined,
      address: { '@type': 'PostalAddress', addressCountry: solution.company?.country ?? 'JP' },
    },
    areaServed: (solution.targetCountries ?? []).map((code) => ({ '@type': 'Country', name: countryName(code, locale) })),
  }
}
