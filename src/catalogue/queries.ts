import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

import type { CarePackage, FxRate, Hospital, Specialty } from '../../payload-types'
import type { AppLocale } from '@/i18n/locales'
import { visitorCurrency } from '@/i18n/request'

import type { HospitalFilters } from './filters'
import { search } from '@/search/service'

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

/** What an image needs to render: Payload derives `url` and the size URLs from `filename`. */
const imageFields = { url: true, alt: true, filename: true, sizes: true } as const

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

/**
 * The hospital list runs on the search engine (ranking, typo tolerance, synonyms), then reads
 * the cards it shows from the database in the engine's order. When the engine is down the
 * search service answers from the database instead and says so (`degraded`).
 */
export const listHospitals = cache(async (locale: AppLocale, filters: HospitalFilters) => {
  const found = await search({
    q: filters.q,
    locale,
    type: 'hospital',
    filters: {
      specialty: filters.specialty,
      prefecture: filters.prefecture,
      language: filters.language,
      accreditation: filters.accreditation,
      support: filters.support,
    },
    sort: 'relevance',
    page: filters.page,
    pageSize: HOSPITALS_PER_PAGE,
  })
  const ids = found.hits.map((hit) => hit.recordId)
  const payload = await payloadClient()
  const cards = ids.length
    ? await payload.find({
        collection: 'hospitals',
        locale,
        where: { id: { in: ids } },
        depth: 1,
        populate: { media: imageFields },
        limit: ids.length,
        select: hospitalCardSelect,
        ...asVisitor,
      })
    : { docs: [] }
  const byId = new Map(cards.docs.map((doc) => [String(doc.id), doc]))
  return {
    docs: ids.flatMap((id) => byId.get(id) ?? []),
    totalDocs: found.total,
    page: found.page,
    totalPages: Math.max(1, Math.ceil(found.total / HOSPITALS_PER_PAGE)),
    degraded: found.degraded,
  }
})

export const featuredHospitals = cache(async (locale: AppLocale, limit = 6) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'hospitals',
    locale,
    depth: 1,
    populate: { media: imageFields },
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
    populate: { specialties: { name: true, slug: true }, media: imageFields },
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
