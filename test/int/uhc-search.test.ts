import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SearchUnavailable } from '@/search/port'
import { createEmbeddedUhcIndex } from '@/uhc/search/embedded'
import { rebuildUhcIndex, useUhcIndex } from '@/uhc/search/engine'
import { createMeiliUhcIndex, type MeiliUhcIndex } from '@/uhc/search/meili'
import type { UhcDoc, UhcIndex, UhcQuery } from '@/uhc/search/port'
import { searchUhc } from '@/uhc/search/service'
import { applyUhcSync, syncUhcIndexTask, uhcSearchTasks } from '@/uhc/search/sync'

import { testPayload } from './harness'
import { createResource } from './support/uhc'

/**
 * The hub's search port: one contract for every adapter (embedded always; Meilisearch when
 * MEILI_HOST is set), then the service on a real database: built from published resources only,
 * and answered from the database when the engine fails.
 */

const doc = (id: string, over: Partial<UhcDoc>): UhcDoc => ({
  id,
  slug: `res-${id}`,
  title: { en: `Resource ${id}` },
  summary: {},
  authors: [],
  organisations: [],
  publishedOn: '2022-01-01',
  type: 'report',
  topic: [],
  block: [],
  sdg: [],
  country: [],
  region: [],
  language: ['en'],
  year: '2022',
  ...over,
})

const corpus: UhcDoc[] = [
  doc('1', {
    title: { en: 'Financing primary health care in Kenya', ja: 'ケニアのプライマリ・ヘルス・ケア財政', fr: 'Financer les soins primaires au Kenya' },
    summary: { en: 'County insurance pilots and capitation.' },
    authors: ['Mwangi, Jane Kemunto'],
    type: 'policy-brief',
    block: ['financing', 'service-delivery'],
    topic: ['health-insurance'],
    sdg: ['3.8', '3.8.2'],
    country: ['KE'],
    region: ['AFR'],
    language: ['en', 'ja', 'fr'],
    publishedOn: '2023-03-14',
    year: '2023',
  }),
  doc('2', {
    title: { en: 'Supportive supervision toolkit for community health workers', ja: 'コミュニティヘルスワーカーの支援的スーパービジョン' },
    organisations: ['Sahel Primary Care Learning Network'],
    type: 'toolkit',
    block: ['health-workforce'],
    topic: ['workforce'],
    sdg: ['3.c'],
    country: ['SN', 'CI'],
    region: ['AFR'],
    language: ['en', 'fr'],
    publishedOn: '2021-11-30',
    year: '2021',
  }),
  doc('3', {
    title: { en: 'Out-of-pocket spending panel, Cambodia', ja: 'カンボジアの自己負担パネル' },
    summary: { en: 'Catastrophic health spending by province.' },
    type: 'dataset',
    block: ['financing', 'health-information'],
    topic: ['health-financing'],
    sdg: ['3.8.2'],
    country: ['KH'],
    region: ['WPR'],
    language: ['en', 'ja'],
    publishedOn: '2024-06-01',
    year: '2024',
  }),
  doc('4', {
    title: { en: 'Long-term care insurance lecture', ja: '介護保険制度の講義' },
    type: 'video',
    block: ['financing'],
    topic: ['ageing', 'health-insurance'],
    country: ['JP'],
    region: ['WPR'],
    language: ['ja'],
    publishedOn: '2025-01-20',
    year: '2025',
  }),
]

const q = (over: Partial<UhcQuery> = {}): UhcQuery => ({ q: '', locale: 'en', filters: {}, sort: 'newest', page: 1, pageSize: 10, ...over })
const ids = (result: { hits: { id: string }[] }) => result.hits.map((h) => h.id)

function contract(name: string, fresh: () => Promise<UhcIndex>) {
  describe(`${name}: hub search contract`, () => {
    let index: UhcIndex
    beforeAll(async () => {
      index = await fresh()
      await index.replaceAll(corpus)
    })

    it('lists everything newest first without a query', async () => {
      const result = await index.query(q())
      expect(ids(result)).toEqual(['4', '3', '1', '2'])
      expect(result.total).toBe(4)
    })

    it('finds words in titles in any locale, summaries, authors and organisations', async () => {
      expect(ids(await index.query(q({ q: 'kenya' })))).toEqual(['1'])
      expect(ids(await index.query(q({ q: 'soins' })))).toEqual(['1'])
      expect(ids(await index.query(q({ q: '介護保険' })))).toEqual(['4'])
      expect(ids(await index.query(q({ q: 'catastrophic' })))).toEqual(['3'])
      expect(ids(await index.query(q({ q: 'mwangi' })))).toEqual(['1'])
      expect(ids(await index.query(q({ q: 'sahel' })))).toEqual(['2'])
    })

    it('shows the hit in the visitor’s language', async () => {
      const result = await index.query(q({ q: 'kenya', locale: 'ja' }))
      expect(result.hits[0]?.title).toBe('ケニアのプライマリ・ヘルス・ケア財政')
    })

    it('ORs within a facet and ANDs across facets', async () => {
      expect(ids(await index.query(q({ filters: { block: ['health-workforce', 'health-information'] } })))).toEqual(['3', '2'])
      expect(ids(await index.query(q({ filters: { block: ['financing'], language: ['fr'] } })))).toEqual(['1'])
    })

    it('counts each facet with the other facets applied', async () => {
      const result = await index.query(q({ filters: { block: ['financing'], language: ['ja'] } }))
      expect(result.total).toBe(3)
      // Building blocks: language=ja applies, not block=financing.
      expect(result.facets.block).toEqual({ financing: 3, 'service-delivery': 1, 'health-information': 1 })
      // Languages: block=financing applies.
      expect(result.facets.language).toEqual({ en: 2, ja: 3, fr: 1 })
      expect(result.facets.year).toEqual({ '2023': 1, '2024': 1, '2025': 1 })
      expect(result.facets.country).toEqual({ KE: 1, KH: 1, JP: 1 })
    })

    it('pages', async () => {
      const first = await index.query(q({ pageSize: 3 }))
      const second = await index.query(q({ pageSize: 3, page: 2 }))
      expect(ids(first)).toEqual(['4', '3', '1'])
      expect(ids(second)).toEqual(['2'])
      expect(second.total).toBe(4)
    })

    it('removes and updates documents', async () => {
      await index.remove(['2'])
      expect((await index.query(q())).total).toBe(3)
      await index.upsert([{ ...(corpus[1] as UhcDoc), title: { en: 'Renamed supervision guide' } }])
      expect(ids(await index.query(q({ q: 'renamed' })))).toEqual(['2'])
    })
  })
}

contract('embedded', async () => createEmbeddedUhcIndex())

const meiliHost = process.env.MEILI_HOST
if (!meiliHost) console.info('Meilisearch hub contract skipped: set MEILI_HOST (and MEILI_MASTER_KEY) to run it')

describe.skipIf(!meiliHost)('Meilisearch', { timeout: 120_000 }, () => {
  let meili: MeiliUhcIndex
  afterAll(async () => {
    await meili?.drop()
  })
  contract('meilisearch', async () => {
    meili = createMeiliUhcIndex({ host: meiliHost ?? '', apiKey: process.env.MEILI_MASTER_KEY, index: `kakehashi_uhc_test_${process.pid}_${Date.now().toString(36)}` })
    return meili
  })
})

describe('hub search on the database', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
    useUhcIndex(createEmbeddedUhcIndex())
    await createResource(payload, { slug: 'published-financing-brief', title: 'Published financing brief', blocks: ['financing'], published: true })
    await createResource(payload, { slug: 'draft-financing-brief', title: 'Draft financing brief', blocks: ['financing'], published: false })
    await rebuildUhcIndex(payload)
  })
  afterAll(() => useUhcIndex(undefined))

  it('indexes published resources only', async () => {
    const result = await searchUhc(q({ q: 'financing brief' }), payload)
    expect(result.hits.map((h) => h.slug)).toEqual(['published-financing-brief'])
    expect(result.degraded).toBeUndefined()
  })

  it('answers from the database, drafts still excluded, when the engine fails', async () => {
    const failing: UhcIndex = {
      engine: 'meilisearch',
      upsert: async () => {},
      remove: async () => {},
      replaceAll: async () => {},
      healthy: async () => false,
      query: async () => {
        throw new SearchUnavailable('down for the test')
      },
    }
    useUhcIndex(failing)
    try {
      const result = await searchUhc(q({ q: 'financing', filters: { block: ['financing'] } }), payload)
      expect(result.degraded).toBe(true)
      expect(result.hits.map((h) => h.slug)).toEqual(['published-financing-brief'])
      expect(result.facets.block).toEqual({ financing: 1 })
    } finally {
      useUhcIndex(createEmbeddedUhcIndex())
    }
  })

  it('a sync job upserts a published resource and removes one that is no longer published', async () => {
    const index = createEmbeddedUhcIndex()
    useUhcIndex(index)
    const { resource } = await createResource(payload, { slug: 'synced-brief', title: 'Synced brief', published: true })
    const req = { payload, context: {} } as unknown as Parameters<typeof applyUhcSync>[1]
    expect(await applyUhcSync({ id: String(resource.id), operation: 'update' }, req)).toEqual({ upserted: 1, removed: 0 })
    expect((await index.query(q({ q: 'synced' }))).hits.map((h) => h.slug)).toEqual(['synced-brief'])
    // Taken offline: the task reads the published state from the database and removes it.
    await payload.update({
      collection: 'knowledge-resources',
      id: resource.id,
      data: { _status: 'draft', workflowStatus: 'draft' },
      context: { seeding: true, skipSearchSync: true },
    })
    expect(await applyUhcSync({ id: String(resource.id), operation: 'update' }, req)).toEqual({ upserted: 0, removed: 1 })
    expect((await index.query(q({ q: 'synced' }))).total).toBe(0)
    expect(uhcSearchTasks).toEqual([syncUhcIndexTask])
  })

  it('the save hooks queue a sync that the jobs runner applies (once uhcSearchTasks is in jobs.tasks)', async (ctx) => {
    if (!payload.config.jobs?.tasks?.some((t) => t.slug === syncUhcIndexTask.slug)) {
      console.info('UHC sync-job check skipped: add uhcSearchTasks to jobs.tasks in payload.config.ts to run it')
      ctx.skip()
    }
    const index = createEmbeddedUhcIndex()
    useUhcIndex(index)
    await rebuildUhcIndex(payload)
    // The seed's path publishes directly; without skipSearchSync the hook queues a job.
    await createResourceWithSync(payload)
    await payload.jobs.run()
    expect((await index.query(q({ q: 'queued' }))).hits.map((h) => h.slug)).toEqual(['queued-sync-brief'])
  })
})

async function createResourceWithSync(payload: Payload) {
  const { createResourceFile } = await import('./support/uhc')
  const file = await createResourceFile(payload, 'queued.pdf')
  await payload.create({
    collection: 'knowledge-resources',
    locale: 'en',
    context: { seeding: true },
    data: {
      title: 'Queued sync brief',
      slug: 'queued-sync-brief',
      resourceType: 'report',
      publishedOn: '2024-02-01T00:00:00.000Z',
      licence: 'cc-by-4.0',
      files: [{ language: 'en', file: String(file.id) }],
      workflowStatus: 'published',
      sourceLocale: 'en',
      _status: 'published',
    },
  })
}
