import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { displayCurrencies } from '@/catalogue/money'
import { env } from '@/env'
import { locales } from '@/i18n/locales'

import { hospitals, isMultilingual } from '../../seed/data/hospitals'
import { cities } from '../../seed/data/places'
import { specialties } from '../../seed/data/specialties'
import { editorEmail, hospitalAdminEmail, reviewerEmail } from '../../seed/data/users'
import { type SeedSummary, seedDatabase } from '../../seed/seed'
import { testPayload } from './harness'

describe('demo seed', () => {
  let payload: Payload
  let first: SeedSummary

  beforeAll(async () => {
    payload = await testPayload()
    first = await seedDatabase(payload)
  })

  it('loads at least 30 verified hospitals across at least 10 prefectures, and one of each other status', async () => {
    const { docs } = await payload.find({
      collection: 'hospitals',
      locale: 'en',
      depth: 0,
      pagination: false,
      select: { prefecture: true, verificationStatus: true, photos: true },
    })
    const verified = docs.filter((h) => h.verificationStatus === 'verified')
    expect(docs).toHaveLength(hospitals.length)
    expect(verified.length).toBeGreaterThanOrEqual(30)
    expect(new Set(verified.map((h) => h.prefecture)).size).toBeGreaterThanOrEqual(10)
    for (const status of ['pending-review', 'draft', 'suspended'] as const) {
      expect(docs.filter((h) => h.verificationStatus === status)).toHaveLength(1)
    }
    expect(docs.every((h) => h.photos?.length === 1)).toBe(true)
  })

  it('gives every verified hospital at least four care packages, at least 120 in all, mostly published', async () => {
    const { docs } = await payload.find({
      collection: 'care-packages',
      locale: 'en',
      depth: 0,
      pagination: false,
      select: { hospital: true, status: true, priceJPY: true, depositJPY: true },
    })
    expect(docs.length).toBeGreaterThanOrEqual(120)
    expect(docs.filter((p) => p.status === 'published').length / docs.length).toBeGreaterThan(0.85)
    expect(docs.some((p) => p.status === 'draft')).toBe(true)
    expect(docs.some((p) => p.status === 'archived')).toBe(true)
    for (const p of docs) {
      expect(p.depositJPY).toBeGreaterThan(0)
      expect(p.depositJPY ?? 0).toBeLessThan(p.priceJPY)
    }

    const { docs: verified } = await payload.find({
      collection: 'hospitals',
      where: { verificationStatus: { equals: 'verified' } },
      locale: 'en',
      depth: 0,
      pagination: false,
      select: { slug: true },
    })
    const perHospital = new Map<string, number>()
    for (const p of docs) {
      const id = typeof p.hospital === 'object' ? p.hospital.id : p.hospital
      perHospital.set(id, (perHospital.get(id) ?? 0) + 1)
    }
    for (const hospital of verified) expect(perHospital.get(hospital.id) ?? 0).toBeGreaterThanOrEqual(4)
  })

  it('names every specialty in all 13 locales', async () => {
    const { docs } = await payload.find({
      collection: 'specialties',
      locale: 'all',
      depth: 0,
      pagination: false,
      select: { name: true, slug: true },
    })
    expect(docs.map((s) => s.slug).sort()).toEqual(specialties.map((s) => s.slug).sort())
    for (const specialty of docs) {
      // With locale 'all', a localized field comes back as an object keyed by locale.
      const names = specialty.name as unknown as Record<string, string | undefined>
      for (const locale of locales) expect(names[locale], `${specialty.slug} in ${locale}`).toBeTruthy()
    }
  })

  it('loads an exchange rate for every display currency', async () => {
    const { docs } = await payload.find({ collection: 'fx-rates', locale: 'en', depth: 0, pagination: false })
    expect(docs.map((r) => r.currency).sort()).toEqual([...displayCurrencies].sort())
    expect(docs.find((r) => r.currency === 'USD')?.yenPerUnit).toBeGreaterThan(100)
  })

  it('creates one platform admin, two editors (author and reviewer) and one hospital admin per hospital, who can sign in', async () => {
    const { docs } = await payload.find({ collection: 'users', locale: 'en', depth: 0, pagination: false })
    expect(docs.filter((u) => u.roles.includes('platform-admin')).map((u) => u.email)).toEqual([env.seed.adminEmail])
    expect(docs.filter((u) => u.roles.includes('editor')).map((u) => u.email).sort()).toEqual([editorEmail, reviewerEmail].sort())

    const { docs: hospitalDocs } = await payload.find({
      collection: 'hospitals',
      locale: 'en',
      depth: 0,
      pagination: false,
      select: { slug: true },
    })
    const hospitalAdmins = docs.filter((u) => u.roles.includes('hospital-admin'))
    expect(hospitalAdmins).toHaveLength(hospitalDocs.length)
    for (const hospital of hospitalDocs) {
      const admin = hospitalAdmins.find((u) => u.email === hospitalAdminEmail(hospital.slug))
      expect(admin?.hospitals, hospital.slug).toEqual([hospital.id])
    }

    const [example] = hospitals
    const login = await payload.login({
      collection: 'users',
      data: { email: hospitalAdminEmail(example?.slug ?? ''), password: env.seed.password },
    })
    expect(login.user?.roles).toEqual(['hospital-admin'])
  })

  it('creates nothing and changes nothing when run a second time', async () => {
    const collections = ['specialties', 'fx-rates', 'hospitals', 'media', 'care-packages', 'users'] as const
    const snapshot = async (): Promise<Record<string, string[]>> => {
      const result: Record<string, string[]> = {}
      for (const collection of collections) {
        const { docs } = await payload.find({
          collection,
          locale: 'en',
          depth: 0,
          pagination: false,
          sort: 'createdAt',
          select: { updatedAt: true },
        })
        result[collection] = docs.map((doc) => `${doc.id}@${doc.updatedAt}`)
      }
      return result
    }
    const before = await snapshot()

    const second = await seedDatabase(payload)

    for (const key of ['specialties', 'fxRates', 'hospitals', 'media', 'carePackages', 'users'] as const) {
      expect(second[key].created, key).toBe(0)
      expect(second[key].skipped, key).toBe(first[key].created)
    }
    expect(await snapshot()).toEqual(before)
  })

  it('shows an anonymous reader only the verified hospitals and their published packages', async () => {
    const anonymous = await payload.find({
      collection: 'hospitals',
      locale: 'en',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { slug: true, verificationStatus: true },
    })
    const expected = hospitals.filter((h) => h.status === 'verified').map((h) => h.slug)
    expect(anonymous.docs.map((h) => h.slug).sort()).toEqual([...expected].sort())
    expect(anonymous.docs.every((h) => h.verificationStatus === 'verified')).toBe(true)

    const packages = await payload.find({
      collection: 'care-packages',
      locale: 'en',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { status: true, hospital: true },
    })
    const visibleHospitals = new Set(anonymous.docs.map((h) => h.id))
    expect(packages.docs.length).toBeGreaterThanOrEqual(120)
    for (const p of packages.docs) {
      expect(p.status).toBe('published')
      expect(visibleHospitals.has(typeof p.hospital === 'object' ? p.hospital.id : p.hospital)).toBe(true)
    }
  })

  it('reads a hospital without Korean content in English for a Korean reader, and one with it in Korean', async () => {
    const withoutKorean = hospitals.find((h) => h.status === 'verified' && !isMultilingual(h))
    const withKorean = hospitals.find((h) => h.status === 'verified' && isMultilingual(h))
    if (!withoutKorean || !withKorean) throw new Error('the demo data needs hospitals with and without Korean content')

    const read = async (slug: string) => {
      const { docs } = await payload.find({
        collection: 'hospitals',
        where: { slug: { equals: slug } },
        locale: 'ko',
        depth: 0,
        overrideAccess: false,
      })
      return docs[0]
    }
    const fallback = await read(withoutKorean.slug)
    expect(fallback?.name).toBe(withoutKorean.name.en)
    expect(fallback?.city).toBe(cities[withoutKorean.city].name.en)
    expect(fallback?.summary).toBe(withoutKorean.summary.en)
    const korean = await read(withKorean.slug)
    expect(korean?.name).toBe(withKorean.name.ko)
  })

  it('gives at least half of the hospitals and packages their own Chinese, Korean, Vietnamese and Arabic titles', async () => {
    for (const locale of ['zh-CN', 'ko', 'vi', 'ar'] as const) {
      const hospitalsIn = await payload.find({
        collection: 'hospitals',
        locale,
        fallbackLocale: false,
        depth: 0,
        pagination: false,
        select: { name: true },
      })
      const packagesIn = await payload.find({
        collection: 'care-packages',
        locale,
        fallbackLocale: false,
        depth: 0,
        pagination: false,
        select: { title: true },
      })
      const share = (docs: { [key: string]: unknown }[], field: string) =>
        docs.filter((doc) => typeof doc[field] === 'string' && doc[field] !== '').length / docs.length
      expect(share(hospitalsIn.docs, 'name'), locale).toBeGreaterThanOrEqual(0.5)
      expect(share(packagesIn.docs, 'title'), locale).toBeGreaterThanOrEqual(0.5)
      expect(share(hospitalsIn.docs, 'name'), locale).toBeLessThan(1)
    }
  })
})
