import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'
import { cache } from 'react'

import type { CarePackage, FxRate, Hospital, Specialty } from '../../payload-types'
import type { AppLocale } from '@/i18n/locales'
import { visitorCurrency } from '@/i18n/request'

import type { HospitalFilters } from './filters'
import { isDisplayCurrency, type DisplayCurrency } from './money'

/**
 * Reads for the public site. Every call runs as the anonymous visitor (`user: null`,
 * `overrideAccess: false`), so the collections' access rules decide what is public,
 * and passes an explicit locale, depth and select so a list never pulls more than it shows.
 */
export const payloadClient = cache((): Promise<Payload> => getPayload({ config }))

const asVisitor = { overrideAccess: false, user: null } as const

export const HOSPITALS_PER_PAGE = 12

export type HospitalCard = Pick<
  Hospital,
  'id' | 'name' | 'slug' | 'summary' | 'prefecture' | 'city' | 'languages' | 'support' | 'accreditations' | 'foreignPatientsPerYear' | 'photos'
>

const hospitalCardSelect = {
  name: true,
  slug: true,
  summary: true,
  prefecture: true,
  city: true,
  languages: true,
  support: true,
  accreditations: true,
  foreignPatientsPerYear: true,
  photos: true,
} as const

export const listSpecialties = cache(async (locale: AppLocale): Promise<Pick<Specialty, 'id' | 'name' | 'slug'>[]> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'specialties',
    locale,
    depth: 0,
    limit: 100,
    sort: 'order',
    select: { name: true, slug: true },
    ...asVisitor,
  })
  return result.docs
})

async function specialtyIds(slugs: string[]): Promise<string[]> {
  if (slugs.length === 0) return []
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'specialties',
    where: { slug: { in: slugs } },
    depth: 0,
    limit: slugs.length,
    select: { slug: true },
    ...asVisitor,
  })
  return result.docs.map((d) => String(d.id))
}

export async function hospitalWhere(filters: HospitalFilters): Promise<Where> {
  const and: Where[] = []
  if (filters.q) and.push({ name: { like: filters.q } })
  if (filters.specialty.length) {
    const ids = await specialtyIds(filters.specialty)
    // An unknown specialty slug matches nothing rather than being ignored.
    and.push({ specialties: { in: ids.length ? ids : ['00000000-0000-0000-0000-000000000000'] } })
  }
  if (filters.prefecture.length) and.push({ prefecture: { in: filters.prefecture } })
  if (filters.language.length) and.push({ languages: { in: filters.language } })
  if (filters.accreditation.length) and.push({ 'accreditations.type': { in: filters.accreditation } })
  if (filters.support.length) and.push({ support: { in: filters.support } })
  return and.length ? { and } : {}
}

export const listHospitals = cache(async (locale: AppLocale, filters: HospitalFilters) => {
  const payload = await payloadClient()
  return payload.find({
    collection: 'hospitals',
    locale,
    where: await hospitalWhere(filters),
    depth: 1,
    populate: { media: { url: true, alt: true, filename: true, sizes: true } },
    limit: HOSPITALS_PER_PAGE,
    page: filters.page,
    sort: ['-foreignPatientsPerYear', 'slug'],
    select: hospitalCardSelect,
    ...asVisitor,
  })
})

export const featuredHospitals = cache(async (locale: AppLocale, limit = 6) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'hospitals',
    locale,
    depth: 1,
    populate: { media: { url: true, alt: true, filename: true, sizes: true } },
    limit,
    sort: ['-foreignPatientsPerYear', 'slug'],
    select: hospitalCardSelect,
    ...asVisitor,
  })
  return result.docs
})

export const getHospitalBySlug = cache(async (locale: AppLocale, slug: string): Promise<Hospital | undefined> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'hospitals',
    locale,
    where: { slug: { equals: slug } },
    depth: 1,
    populate: { specialties: { name: true, slug: true }, media: { url: true, alt: true, filename: true, sizes: true } },
    limit: 1,
    ...asVisitor,
  })
  return result.docs[0]
})

export type PackageCard = Pick<CarePackage, 'id' | 'title' | 'slug' | 'summary' | 'priceJPY' | 'depositJPY' | 'stayNights' | 'specialty'>

export const listPackagesOfHospital = cache(async (locale: AppLocale, hospitalId: string): Promise<PackageCard[]> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'care-packages',
    locale,
    where: { hospital: { equals: hospitalId } },
    depth: 1,
    populate: { specialties: { name: true, slug: true } },
    limit: 50,
    sort: 'priceJPY',
    select: { title: true, slug: true, summary: true, priceJPY: true, depositJPY: true, stayNights: true, specialty: true },
    ...asVisitor,
  })
  return result.docs
})

export const getPackageBySlug = cache(async (locale: AppLocale, slug: string): Promise<CarePackage | undefined> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'care-packages',
    locale,
    where: { slug: { equals: slug } },
    depth: 1,
    populate: {
      specialties: { name: true, slug: true },
      hospitals: { name: true, slug: true, prefecture: true, city: true, internationalOffice: true, address: true },
    },
    limit: 1,
    ...asVisitor,
  })
  return result.docs[0]
})

export const getFxRate = cache(async (currency: DisplayCurrency): Promise<Pick<FxRate, 'currency' | 'yenPerUnit' | 'asOf'> | undefined> => {
  if (!isDisplayCurrency(currency)) return undefined
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'fx-rates',
    where: { currency: { equals: currency } },
    depth: 0,
    limit: 1,
    select: { currency: true, yenPerUnit: true, asOf: true },
    ...asVisitor,
  })
  return result.docs[0]
})

export const listFxCurrencies = cache(async (): Promise<DisplayCurrency[]> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'fx-rates',
    depth: 0,
    limit: 100,
    sort: 'currency',
    select: { currency: true },
    ...asVisitor,
  })
  return result.docs.map((d) => d.currency).filter(isDisplayCurrency)
})

/** Slugs of every public hospital and package, for the sitemap. */
export async function publicSlugs(): Promise<{ hospitals: { slug: string; updatedAt: string }[]; packages: { slug: string; updatedAt: string }[] }> {
  const payload = await payloadClient()
  const [hospitals, packages] = await Promise.all([
    payload.find({ collection: 'hospitals', depth: 0, pagination: false, select: { slug: true, updatedAt: true }, ...asVisitor }),
    payload.find({ collection: 'care-packages', depth: 0, pagination: false, select: { slug: true, updatedAt: true }, ...asVisitor }),
  ])
  return {
    hospitals: hospitals.docs.map((d) => ({ slug: d.slug, updatedAt: d.updatedAt })),
    packages: packages.docs.map((d) => ({ slug: d.slug, updatedAt: d.updatedAt })),
  }
}

/** The exchange rate for the visitor's display currency; a failing rate table only hides the approximation. */
export async function visitorRate(locale: AppLocale): Promise<Pick<FxRate, 'currency' | 'yenPerUnit' | 'asOf'> | undefined> {
  return getFxRate(await visitorCurrency(locale)).catch(() => undefined)
}
