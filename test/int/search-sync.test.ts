import type { Payload } from 'payload'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { slugify } from '@/fields/slug'
import { currentSearchIndex, ensureSearchReady, useSearchIndex } from '@/search/bootstrap'
import { buildAllDocuments, buildDocumentsFor } from '@/search/documents'
import type { SearchIndex } from '@/search/port'
import { SET_SYNONYMS_TASK, SYNC_SEARCH_TASK } from '@/search/sync'

import { seedSynonymGroups } from '../../seed/seed'
import { testPayload } from './harness'
import { makeHospital, makePackage, pendingJobs, queryIndex, recordingSynonyms, runSearchJobs, switchableIndex } from './support/search'
import { unique } from './support/world'

/**
 * The index follows the catalogue through the jobs queue: hooks enqueue, `payload.jobs.run()`
 * (the server's autoRun, run by hand here) applies, and the engine is never part of a save.
 */
describe('search index sync', () => {
  let payload: Payload

  const index = (): SearchIndex => currentSearchIndex()
  const ids = async (query: Parameters<typeof queryIndex>[1] = {}): Promise<string[]> =>
    (await queryIndex(index(), query)).hits.map((hit) => hit.id)
  const titleOf = async (id: string, locale: 'en' | 'ja' = 'en'): Promise<string | undefined> => {
    const found = await queryIndex(index(), { locale, pageSize: 50, q: '' })
    return found.hits.find((hit) => hit.id === id)?.title
  }
  const hitOf = async (id: string, q: string) => (await queryIndex(index(), { q })).hits.find((hit) => hit.id === id)

  beforeAll(async () => {
    payload = await testPayload()
    useSearchIndex(undefined)
    await ensureSearchReady(payload)
  })

  beforeEach(async () => {
    // Filled before each test's changes, so what a test checks arrived through the sync jobs.
    await ensureSearchReady(payload)
  })

  afterEach(() => {
    // Back to the configured engine (tests swap in failing or recording ones).
    useSearchIndex(undefined)
  })

  it('indexes a new published package, in every locale it has, within one run of the queue', async () => {
    const hospital = await makeHospital(payload, { nameJa: '架け橋総合病院' })
    const title = unique('Knee arthroscopy')
    const pkg = await makePackage(payload, hospital.id, { title, titleJa: '膝関節鏡手術パッケージ' })
    expect(await hitOf(`package:${pkg.id}`, title)).toBeUndefined()

    await runSearchJobs(payload)

    const hit = await hitOf(`package:${pkg.id}`, title)
    expect(hit).toMatchObject({ type: 'package', recordId: pkg.id, slug: pkg.slug, title, priceJPY: 300_000 })
    const inJapanese = (await queryIndex(index(), { q: title, locale: 'ja' })).hits.find((h) => h.id === `package:${pkg.id}`)
    expect(inJapanese?.title).toBe('膝関節鏡手術パッケージ')
    expect(inJapanese?.hospital.name).toBe('架け橋総合病院')
    expect(await pendingJobs(payload)).toBe(0)
  })

  it('shows an edit (title, price) after the next run', async () => {
    const hospital = await makeHospital(payload)
    const pkg = await makePackage(payload, hospital.id, { priceJPY: 400_000 })
    await runSearchJobs(payload)

    const renamed = unique('Cardiac screening')
    await payload.update({ collection: 'care-packages', id: pkg.id, locale: 'en', data: { title: renamed, priceJPY: 180_000 } })
    await runSearchJobs(payload)

    expect(await hitOf(`package:${pkg.id}`, renamed)).toMatchObject({ title: renamed, priceJPY: 180_000 })
  })

  it('removes an unpublished package, and its hospital then shows its next cheapest price', async () => {
    const hospital = await makeHospital(payload)
    const cheap = await makePackage(payload, hospital.id, { priceJPY: 100_000 })
    await makePackage(payload, hospital.id, { priceJPY: 250_000 })
    await runSearchJobs(payload)
    const hospitalHit = async () => (await queryIndex(index(), { type: 'hospital', q: hospital.name })).hits.find((h) => h.recordId === hospital.id)
    expect((await hospitalHit())?.priceJPY).toBe(100_000)

    await payload.update({ collection: 'care-packages', id: cheap.id, data: { status: 'archived' } })
    await runSearchJobs(payload)

    expect(await ids({ q: cheap.title })).not.toContain(`package:${cheap.id}`)
    expect((await hospitalHit())?.priceJPY).toBe(250_000)
  })

  it('removes a deleted package', async () => {
    const hospital = await makeHospital(payload)
    const pkg = await makePackage(payload, hospital.id)
    await runSearchJobs(payload)
    expect(await ids({ q: pkg.title })).toContain(`package:${pkg.id}`)

    await payload.delete({ collection: 'care-packages', id: pkg.id })
    await runSearchJobs(payload)

    expect(await ids({ q: pkg.title })).not.toContain(`package:${pkg.id}`)
  })

  it('removes a suspended hospital and all its packages, and brings them back when it is verified again', async () => {
    const hospital = await makeHospital(payload, { name: unique('Suspended Clinic') })
    const first = await makePackage(payload, hospital.id)
    const second = await makePackage(payload, hospital.id)
    const draft = await makePackage(payload, hospital.id, { status: 'draft' })
    await runSearchJobs(payload)
    const ofHospital = async (): Promise<string[]> =>
      (await queryIndex(index(), { pageSize: 50 })).hits.filter((h) => h.hospital.slug === hospital.slug).map((h) => h.id).sort()
    expect(await ofHospital()).toEqual([`hospital:${hospital.id}`, `package:${first.id}`, `package:${second.id}`].sort())

    await payload.update({ collection: 'hospitals', id: hospital.id, data: { verificationStatus: 'suspended' } })
    await runSearchJobs(payload)
    expect(await ofHospital()).toEqual([])

    await payload.update({ collection: 'hospitals', id: hospital.id, data: { verificationStatus: 'verified' } })
    await runSearchJobs(payload)
    expect(await ofHospital()).not.toContain(`package:${draft.id}`)
    expect(await ofHospital()).toHaveLength(3)
  })

  it('never enqueues a sync for a draft that stays a draft, nor for a draft hospital', async () => {
    const before = await pendingJobs(payload, SYNC_SEARCH_TASK)
    const hospital = await makeHospital(payload, { status: 'draft' })
    const draft = await makePackage(payload, hospital.id, { status: 'draft' })
    await payload.update({ collection: 'care-packages', id: draft.id, data: { priceJPY: 123_000 } })
    expect(await pendingJobs(payload, SYNC_SEARCH_TASK)).toBe(before)
  })

  it('enqueues nothing for writes flagged with skipSearchSync (seed and bulk jobs)', async () => {
    const before = await pendingJobs(payload)
    const hospital = await payload.create({
      collection: 'hospitals',
      locale: 'en',
      data: { name: unique('Bulk'), slug: slugify(unique('bulk')), prefecture: 'osaka', city: 'Kita', verificationStatus: 'verified' },
      context: { skipSearchSync: true },
    })
    expect(await pendingJobs(payload)).toBe(before)
    await payload.delete({ collection: 'hospitals', id: hospital.id, context: { skipSearchSync: true } })
  })

  it('saves quickly while the engine is down, and the queued sync catches up once it is back', async () => {
    const engine = switchableIndex(currentSearchIndex())
    useSearchIndex(engine)
    await ensureSearchReady(payload)
    const hospital = await makeHospital(payload)
    await runSearchJobs(payload)

    // Down, and each call hangs for 5 s before failing: the save must not wait for it.
    engine.down = true
    engine.delayMs = 5000
    const started = performance.now()
    const pkg = await makePackage(payload, hospital.id, { title: unique('Saved while down') })
    expect(pkg.id).toBeTruthy()
    expect(performance.now() - started).toBeLessThan(2000)
    expect(engine.failedCalls).toBe(0)

    // The run fails against the dead engine; the job stays queued with a backoff rather than being lost.
    engine.delayMs = 0
    await runSearchJobs(payload)
    expect(engine.failedCalls).toBeGreaterThan(0)
    const queued = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: SYNC_SEARCH_TASK } }, { completedAt: { exists: false } }] },
      depth: 0,
    })
    expect(queued.docs).toHaveLength(1)
    const [job] = queued.docs
    expect(job?.hasError).not.toBe(true)
    expect(job?.totalTried).toBe(1)
    expect(new Date(job?.waitUntil ?? 0).getTime()).toBeGreaterThan(Date.now())

    // Engine back, with what it had before the outage: once the backoff has passed, the retry applies the change.
    engine.down = false
    expect(await ids({ q: pkg.title })).not.toContain(`package:${pkg.id}`)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, new Date(job?.waitUntil ?? 0).getTime() - Date.now()) + 50))
    await runSearchJobs(payload)
    expect(await pendingJobs(payload, SYNC_SEARCH_TASK)).toBe(0)
    expect(await ids({ q: pkg.title })).toContain(`package:${pkg.id}`)
  })

  it('counts facet values as the database counts the same public records', async () => {
    const specialty = await payload.create({
      collection: 'specialties',
      locale: 'en',
      data: { name: unique('Facet Specialty'), slug: slugify(unique('facet-specialty')) },
    })
    const osaka = await makeHospital(payload, { prefecture: 'osaka', specialties: [specialty.id] })
    const kyoto = await makeHospital(payload, { prefecture: 'kyoto' })
    const hidden = await makeHospital(payload, { prefecture: 'osaka', status: 'draft' })
    await makePackage(payload, osaka.id, { specialty: specialty.id })
    await makePackage(payload, osaka.id, { specialty: specialty.id })
    await makePackage(payload, osaka.id, { specialty: specialty.id, status: 'draft' })
    await makePackage(payload, kyoto.id, { specialty: specialty.id })
    await makePackage(payload, hidden.id, { specialty: specialty.id })
    await runSearchJobs(payload)

    const asVisitor = { overrideAccess: false, user: null } as const
    const packagesIn = async (prefecture: string) =>
      (await payload.count({ collection: 'care-packages', where: { 'hospital.prefecture': { equals: prefecture } }, ...asVisitor })).totalDocs
    const withSpecialtyIn = async (prefecture: string) =>
      (
        await payload.count({
          collection: 'care-packages',
          where: { and: [{ 'hospital.prefecture': { equals: prefecture } }, { specialty: { equals: specialty.id } }] },
          ...asVisitor,
        })
      ).totalDocs

    const all = await queryIndex(index(), { type: 'package' })
    expect(all.facets.prefecture.osaka ?? 0).toBe(await packagesIn('osaka'))
    expect(all.facets.prefecture.kyoto ?? 0).toBe(await packagesIn('kyoto'))
    expect(all.total).toBe((await payload.count({ collection: 'care-packages', ...asVisitor })).totalDocs)

    const filtered = await queryIndex(index(), { type: 'package', filters: { prefecture: ['osaka'] } })
    expect(filtered.facets.specialty[specialty.slug]).toBe(await withSpecialtyIn('osaka'))
    expect(filtered.facets.specialty[specialty.slug]).toBe(2)
  })

  it('re-indexes the records of a renamed specialty, so its new name finds them', async () => {
    const specialty = await payload.create({
      collection: 'specialties',
      locale: 'en',
      data: { name: unique('Old Name'), slug: slugify(unique('renamed-specialty')) },
    })
    const hospital = await makeHospital(payload, { specialties: [specialty.id] })
    const pkg = await makePackage(payload, hospital.id, { specialty: specialty.id })
    await runSearchJobs(payload)

    const newName = `Zyxwvut ${unique('name')}`
    await payload.update({ collection: 'specialties', id: specialty.id, locale: 'en', data: { name: newName } })
    await runSearchJobs(payload)

    const found = await ids({ q: newName })
    expect(found).toContain(`package:${pkg.id}`)
    expect(found).toContain(`hospital:${hospital.id}`)
  })

  it('sends the editors’ synonym groups to the engine when one changes', async () => {
    const sent: string[][][] = []
    useSearchIndex(recordingSynonyms(currentSearchIndex(), sent))

    const group = await payload.create({
      collection: 'search-synonyms',
      data: { terms: [{ term: 'zzkneecap' }, { term: '膝蓋骨' }] },
    })
    const updated = await payload.update({ collection: 'search-synonyms', id: group.id, data: { note: 'two saves, one job' } })
    expect(updated.label).toBe('zzkneecap · 膝蓋骨')
    expect(updated.key).toMatch(/^[0-9a-f-]{36}$/)
    expect(await pendingJobs(payload, SET_SYNONYMS_TASK)).toBe(1)

    await runSearchJobs(payload)
    expect(sent.at(-1)).toContainEqual(['zzkneecap', '膝蓋骨'])
    expect(await pendingJobs(payload, SET_SYNONYMS_TASK)).toBe(0)
  })

  it('seeds the default synonym groups once, by key', async () => {
    const first = await seedSynonymGroups(payload)
    const second = await seedSynonymGroups(payload)
    expect(first.created).toBeGreaterThan(5)
    expect(second).toEqual({ created: 0, skipped: first.created + first.skipped })
    const keys = await payload.find({ collection: 'search-synonyms', where: { key: { like: 'default-' } }, pagination: false, depth: 0 })
    expect(new Set(keys.docs.map((d) => d.key)).size).toBe(keys.docs.length)
    expect(await pendingJobs(payload, SET_SYNONYMS_TASK)).toBe(0)
  })

  it('builds documents from every locale, only for public records, with the hospital’s cheapest price', async () => {
    const specialty = await payload.create({
      collection: 'specialties',
      locale: 'en',
      data: { name: 'Ophthalmology test', slug: slugify(unique('ophthalmology')) },
    })
    await payload.update({ collection: 'specialties', id: specialty.id, locale: 'ko', data: { name: '안과 테스트' } })
    const hospital = await makeHospital(payload, {
      nameJa: '眼科テスト病院',
      prefecture: 'fukuoka',
      specialties: [specialty.id],
      coordinates: { lat: 33.59, lng: 130.4 },
    })
    const pkg = await makePackage(payload, hospital.id, { titleJa: '白内障手術', priceJPY: 420_000, stayNights: 1, specialty: specialty.id })
    await makePackage(payload, hospital.id, { priceJPY: 90_000, status: 'draft' })

    const [doc] = await buildDocumentsFor(payload, { collection: 'care-packages', id: pkg.id })
    expect(doc).toMatchObject({
      id: `package:${pkg.id}`,
      hospitalId: hospital.id,
      title: { en: pkg.title, ja: '白内障手術' },
      hospitalName: { en: hospital.name, ja: '眼科テスト病院' },
      specialty: [specialty.slug],
      prefecture: 'fukuoka',
      priceJPY: 420_000,
      priceBand: '300k-1m',
      stayBand: '1-3',
      location: { lat: 33.59, lng: 130.4 },
    })
    expect(doc?.keywords.ko).toContain('안과 테스트')

    const forHospital = await buildDocumentsFor(payload, { collection: 'hospitals', id: hospital.id })
    expect(forHospital.map((d) => d.id).sort()).toEqual([`hospital:${hospital.id}`, `package:${pkg.id}`].sort())
    expect(forHospital.find((d) => d.type === 'hospital')?.priceJPY).toBe(420_000)

    const draftHospital = await makeHospital(payload, { status: 'draft' })
    const hiddenPkg = await makePackage(payload, draftHospital.id)
    expect(await buildDocumentsFor(payload, { collection: 'care-packages', id: hiddenPkg.id })).toEqual([])
    expect(await buildDocumentsFor(payload, { collection: 'hospitals', id: draftHospital.id })).toEqual([])

    const everything = await buildAllDocuments(payload, { batchSize: 2 })
    const docIds = everything.map((d) => d.id)
    expect(new Set(docIds).size).toBe(docIds.length)
    expect(docIds).toContain(`package:${pkg.id}`)
    expect(docIds).not.toContain(`package:${hiddenPkg.id}`)
    const asVisitor = { overrideAccess: false, user: null } as const
    const publicCount =
      (await payload.count({ collection: 'care-packages', ...asVisitor })).totalDocs + (await payload.count({ collection: 'hospitals', ...asVisitor })).totalDocs
    expect(everything).toHaveLength(publicCount)
  })
})
