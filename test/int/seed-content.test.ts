import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getPageBySlug, listStories } from '@/content/queries'
import { storyCategories } from '@/content/vocabulary'
import { locales } from '@/i18n/locales'

import { seedPages } from '../../seed/content/pages'
import { seedStories } from '../../seed/content/stories'
import { sitePages } from '../../seed/data/pages'
import { stories } from '../../seed/data/stories'
import { type SeedCounts, seedingContext } from '../../seed/seed'
import { testPayload } from './harness'

describe('content seed (stories and site pages)', () => {
  let payload: Payload
  let firstStories: SeedCounts
  let firstPages: SeedCounts
  let hospitalId: string
  let specialtyId: string

  beforeAll(async () => {
    payload = await testPayload()
    // Two of the records stories relate to; the others are absent and must be skipped, not fail.
    const hospital = await payload.create({
      collection: 'hospitals',
      locale: 'en',
      depth: 0,
      data: { name: 'Sakura Harbor International Hospital', slug: 'sakura-harbor-international-hospital', prefecture: 'tokyo', city: 'Minato', verificationStatus: 'verified' },
    })
    hospitalId = hospital.id
    const specialty = await payload.create({ collection: 'specialties', locale: 'en', depth: 0, data: { name: 'Cardiology', slug: 'cardiology' } })
    specialtyId = specialty.id
    firstStories = await seedStories(payload, seedingContext)
    firstPages = await seedPages(payload, seedingContext)
  })

  it('creates 10 stories across all four categories and the 7 site pages', () => {
    expect(stories).toHaveLength(10)
    expect(new Set(stories.map((s) => s.category))).toEqual(new Set(storyCategories))
    expect(firstStories).toEqual({ created: 10, skipped: 0 })
    expect(firstPages).toEqual({ created: 7, skipped: 0 })
  })

  it('changes nothing on a second run', async () => {
    const before = await payload.find({ collection: 'stories', depth: 0, pagination: false, select: { updatedAt: true } })
    expect(await seedStories(payload, seedingContext)).toEqual({ created: 0, skipped: 10 })
    expect(await seedPages(payload, seedingContext)).toEqual({ created: 0, skipped: 7 })
    const after = await payload.find({ collection: 'stories', depth: 0, pagination: false, select: { updatedAt: true } })
    expect(after.docs.map((d) => d.updatedAt).sort()).toEqual(before.docs.map((d) => d.updatedAt).sort())
    expect(await payload.count({ collection: 'pages' })).toEqual({ totalDocs: 7 })
  })

  it('publishes every story to visitors, in English and Japanese, with hero image and reading time', async () => {
    const en = await listStories('en', undefined, 1)
    expect(en.totalDocs).toBe(10)
    const ja = await listStories('ja', undefined, 1)
    for (const story of ja.docs) {
      const seed = stories.find((s) => s.slug === story.slug)
      expect(story.title).toBe(seed?.ja.title)
      expect(story.readingMinutes).toBeGreaterThan(0)
      expect(typeof story.heroImage === 'object' && story.heroImage?.alt).toBe(seed?.imageAlt.ja)
    }
  })

  it('records consent on every patient story', async () => {
    const { docs } = await payload.find({
      collection: 'stories',
      where: { category: { equals: 'patient-story' } },
      depth: 0,
      pagination: false,
      select: { patientConsent: true },
    })
    expect(docs.length).toBeGreaterThanOrEqual(2)
    for (const doc of docs) {
      expect(doc.patientConsent?.obtained).toBe(true)
      expect(doc.patientConsent?.recordedOn).toBeTruthy()
    }
  })

  it('links stories to the hospitals and specialties that exist, by slug', async () => {
    const { docs } = await payload.find({
      collection: 'stories',
      where: { slug: { equals: 'sakura-harbor-international-office' } },
      depth: 0,
      select: { relatedHospitals: true, relatedSpecialties: true },
    })
    expect(docs[0]?.relatedHospitals).toEqual([hospitalId])
    expect(docs[0]?.relatedSpecialties).toEqual([specialtyId])
  })

  it('publishes each site page in all 13 languages, with its own text and blocks', async () => {
    for (const seed of sitePages) {
      for (const locale of locales) {
        const page = await getPageBySlug(locale, seed.slug)
        expect(page?.title, `${seed.slug} in ${locale}`).toBe(seed.versions[locale].title)
        expect(page?.layout?.length, `${seed.slug} in ${locale}`).toBe(seed.versions[locale].layout.length)
      }
    }
    const visa = await getPageBySlug('ar', 'medical-stay-visa')
    expect(visa?.layout?.map((b) => b.blockType)).toEqual(['hero', 'richText', 'steps', 'checklist', 'faq', 'richText', 'callToAction'])
    const titles = new Set(locales.map((l) => sitePages.find((p) => p.slug === 'faq')?.versions[l].title))
    expect(titles.size).toBe(13)
  })
})
