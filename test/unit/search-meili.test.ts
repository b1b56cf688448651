/**
 * The Meilisearch adapter without a Meilisearch: the requests it builds (pure), and its
 * conversation with a stand-in HTTP server that records requests and answers like
 * Meilisearch's API (tasks, multi-search). Search behaviour itself is the contract suite's,
 * which runs against a real server when MEILI_HOST is set.
 */

import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createMeiliSearchIndex } from '@/search/meili'
import { fromMeiliHit, HIGHLIGHT_POST, HIGHLIGHT_PRE, meiliKey, toMeiliDoc } from '@/search/meili/documents'
import { meiliFilter, meiliSettings, queryLocales, searchRequests } from '@/search/meili/query'
import { SearchUnavailable, type SearchQuery } from '@/search/port'

import { catalogue } from '../support/search-catalogue'

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  q: '',
  locale: 'en',
  filters: {},
  sort: 'relevance',
  page: 1,
  pageSize: 20,
  ...overrides,
})

describe('Meilisearch requests', () => {
  it('filters with AND across facets, OR within one, and numeric bounds; values are quoted', () => {
    expect(
      meiliFilter({ specialty: ['cardiology', 'onco"logy'], prefecture: ['osaka'], priceMin: 1000, priceMax: 5000, stayMax: 3 }, 'package'),
    ).toEqual([
      'type = "package"',
      'specialty IN ["cardiology", "onco\\"logy"]',
      'prefecture IN ["osaka"]',
      'priceJPY >= 1000',
      'priceJPY <= 5000',
      'stayNights <= 3',
    ])
  })

  it('asks for disjunctive facets: one query for hits, one per selected facet without its own filter', () => {
    const { queries, facetsByQuery } = searchRequests('kakehashi', query({ q: 'cancer', filters: { specialty: ['oncology'], priceMax: 100 }, sort: 'price_asc', page: 2 }))
    expect(queries).toHaveLength(3)
    expect(queries[0]).toMatchObject({
      indexUid: 'kakehashi',
      q: 'cancer',
      matchingStrategy: 'all',
      filter: ['specialty IN ["oncology"]', 'priceJPY <= 100'],
      facets: ['prefecture', 'language', 'accreditation', 'support', 'stayBand'],
      sort: ['priceJPY:asc'],
      page: 2,
      hitsPerPage: 20,
    })
    expect(queries[1]).toMatchObject({ filter: ['priceJPY <= 100'], facets: ['specialty'], hitsPerPage: 0 })
    expect(queries[2]).toMatchObject({ filter: ['specialty IN ["oncology"]'], facets: ['priceBand'], hitsPerPage: 0 })
    expect(facetsByQuery).toEqual([['prefecture', 'language', 'accreditation', 'support', 'stayBand'], ['specialty'], ['priceBand']])
  })

  it('sorts by distance with _geoPoint', () => {
    const { queries } = searchRequests('k', query({ sort: 'distance', near: { lat: 35.68, lng: 139.76 } }))
    expect(queries[0]?.sort).toEqual(['_geoPoint(35.68, 139.76):asc'])
  })

  it('tells Meilisearch which language a Han-only query is in, from the visitor’s locale', () => {
    expect(queryLocales('体检', 'zh-CN')).toEqual(['cmn'])
    expect(queryLocales('人間', 'ja')).toEqual(['jpn'])
    expect(queryLocales('がん', 'en')).toEqual(['jpn'])
    expect(queryLocales('건강검진', 'en')).toEqual(['kor'])
    expect(queryLocales('cancer', 'ja')).toBeUndefined()
  })

  it('declares each locale’s attributes to Meilisearch (localizedAttributes) and makes facets filterable', () => {
    const settings = meiliSettings({ localized: true })
    expect(settings.localizedAttributes).toContainEqual({
      attributePatterns: ['title_th', 'keywords_th', 'hospitalName_th', 'summary_th'],
      locales: ['tha'],
    })
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['specialty', 'priceBand', 'stayBand', 'hospitalId', '_geo']))
    expect(settings.sortableAttributes).toEqual(['priceJPY', '_geo'])
    expect(settings.searchableAttributes?.[0]).toBe('title_ja')
    expect(meiliSettings({ localized: false }).localizedAttributes).toBeUndefined()
  })

  it('stores one attribute per locale, the bands, _geo, and an id Meilisearch accepts', () => {
    const doc = catalogue.find((d) => d.id === 'package:cardiology')
    if (!doc) throw new Error('fixture')
    const stored = toMeiliDoc(doc)
    expect(stored).toMatchObject({
      key: meiliKey('package:cardiology'),
      id: 'package:cardiology',
      title_en: 'Cardiology consultation',
      title_fr: 'Consultation de cardiologie',
      priceBand: 'lt-100k',
      stayBand: 'day',
      _geo: { lat: 34.7025, lng: 135.4959 },
    })
    expect(stored.key).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(Buffer.from(stored.key, 'base64url').toString()).toBe('package:cardiology')
  })

  it('reads a hit back in the visitor’s locale, with an escaped highlight', () => {
    const doc = catalogue.find((d) => d.id === 'package:dental-implant')
    if (!doc) throw new Error('fixture')
    const stored = toMeiliDoc(doc)
    const hit = fromMeiliHit(
      { ...stored, _formatted: { title_en: `Dental ${HIGHLIGHT_PRE}implant${HIGHLIGHT_POST} <single tooth> & crown` } },
      'fr',
      { lat: 43.0618, lng: 141.3545 },
    )
    expect(hit).toMatchObject({ title: 'Dental implant <single tooth> & crown', highlight: 'Dental <mark>implant</mark> &lt;single tooth&gt; &amp; crown' })
    expect(hit.distanceKm).toBeUndefined()
  })
})

// ---------------------------------------------------------------- a stand-in server

interface Recorded {
  method: string
  path: string
  body: unknown
}

class FakeMeili {
  readonly requests: Recorded[] = []
  private tasks = new Map<number, { status: string; type: string; error: unknown }>()
  private nextTask = 1
  /** Paths whose tasks fail, with this error code. */
  failTasks = new Map<string, string>()
  multiSearch: unknown = { results: [] }
  failHttp = new Set<string>()
  server: Server = createServer((req, res) => void this.handle(req, res.writeHead.bind(res), res.end.bind(res)))

  async handle(req: IncomingMessage, writeHead: (status: number, headers: Record<string, string>) => unknown, end: (body: string) => unknown) {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString()
    const path = (req.url ?? '').split('?')[0] ?? ''
    const method = req.method ?? 'GET'
    const reply = (status: number, body: unknown) => {
      writeHead(status, { 'content-type': 'application/json' })
      end(JSON.stringify(body))
    }
    if (this.failHttp.has(path)) return reply(500, { message: 'boom', code: 'internal', type: 'internal', link: '' })
    if (method === 'GET' && path === '/health') return reply(200, { status: 'available' })
    const task = path.match(/^\/tasks\/(\d+)$/)
    if (method === 'GET' && task) {
      const uid = Number(task[1])
      return reply(200, { uid, indexUid: null, ...this.tasks.get(uid) })
    }
    this.requests.push({ method, path, body: text ? JSON.parse(text) : undefined })
    if (method === 'POST' && path === '/multi-search') return reply(200, this.multiSearch)
    if (method === 'GET') return reply(200, {})
    const uid = this.nextTask++
    const failure = this.failTasks.get(`${method} ${path}`)
    this.tasks.set(uid, failure ? { status: 'failed', type: 'x', error: { code: failure, message: `${failure} happened` } } : { status: 'succeeded', type: 'x', error: null })
    return reply(202, { taskUid: uid, indexUid: null, status: 'enqueued', type: 'x', enqueuedAt: new Date().toISOString() })
  }

  get host(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`)
  }
}

describe('Meilisearch adapter against a stand-in server', () => {
  const fake = new FakeMeili()
  beforeAll(() => new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve)))
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())))
  beforeEach(() => {
    fake.requests.length = 0
    fake.failTasks.clear()
    fake.failHttp.clear()
  })
  const make = () => createMeiliSearchIndex({ host: fake.host, apiKey: 'test-key-0123456789', index: 'kk' })

  it('applies its settings before the first write, then rebuilds aside and swaps', async () => {
    const index = make()
    await index.setSynonyms([['IVF', '体外受精']])
    await index.replaceAll(catalogue.slice(0, 3))
    expect(fake.calls()).toEqual([
      'POST /indexes',
      'PATCH /indexes/kk/settings',
      'PUT /indexes/kk/settings/synonyms',
      'DELETE /indexes/kk_tmp',
      'POST /indexes',
      'PATCH /indexes/kk_tmp/settings',
      'PUT /indexes/kk_tmp/settings/synonyms',
      'POST /indexes/kk_tmp/documents',
      'POST /swap-indexes',
      'DELETE /indexes/kk_tmp',
    ])
    expect(fake.requests[0]?.body).toEqual({ uid: 'kk', primaryKey: 'key' })
    expect(fake.requests[2]?.body).toEqual({ ivf: ['体外受精'], 体外受精: ['ivf'] })
    expect(fake.requests[8]?.body).toEqual([{ indexes: ['kk', 'kk_tmp'] }])
  })

  it('treats "index already exists" as done, and removes by id and by hospital', async () => {
    fake.failTasks.set('POST /indexes', 'index_already_exists')
    const index = make()
    await index.remove(['package:a'])
    await index.removeByHospital(['h-1'])
    expect(fake.calls()).toEqual(['POST /indexes', 'PATCH /indexes/kk/settings', 'POST /indexes/kk/documents/delete-batch', 'POST /indexes/kk/documents/delete'])
    expect(fake.requests[2]?.body).toEqual([meiliKey('package:a')])
    expect(fake.requests[3]?.body).toEqual({ filter: 'hospitalId IN ["h-1"]' })
  })

  it('merges the disjunctive facet counts of the multi-search into one result', async () => {
    const stored = toMeiliDoc(catalogue.find((d) => d.id === 'package:gan-kenshin') ?? (catalogue[0] as never))
    fake.multiSearch = {
      results: [
        {
          indexUid: 'kk',
          hits: [{ ...stored, _formatted: { title_ja: `${HIGHLIGHT_PRE}がん${HIGHLIGHT_POST}検診コース` } }],
          totalHits: 1,
          page: 1,
          hitsPerPage: 20,
          facetDistribution: { prefecture: { tokyo: 1 }, language: { ja: 1, en: 1 } },
        },
        { indexUid: 'kk', hits: [], totalHits: 3, facetDistribution: { specialty: { oncology: 1, cardiology: 2 } } },
      ],
    }
    const result = await make().query(query({ q: 'がん', locale: 'ja', filters: { specialty: ['oncology'] } }))
    expect(result.total).toBe(1)
    expect(result.hits[0]).toMatchObject({ id: 'package:gan-kenshin', title: 'がん検診コース', highlight: '<mark>がん</mark>検診コース' })
    expect(result.facets.specialty).toEqual({ cardiology: 2, oncology: 1 })
    expect(result.facets.prefecture).toEqual({ tokyo: 1 })
    expect(result.facets.priceBand).toEqual({})
    const search = fake.requests.find((r) => r.path === '/multi-search')?.body as { queries: { locales?: string[] }[] }
    expect(search.queries).toHaveLength(2)
    expect(search.queries[0]?.locales).toEqual(['jpn'])
  })

  it('raises SearchUnavailable when a task fails, the server errs, or nobody answers', async () => {
    fake.failTasks.set('POST /indexes/kk/documents', 'invalid_document_geo_field')
    const index = make()
    await expect(index.upsert(catalogue.slice(0, 1))).rejects.toThrow(SearchUnavailable)
    await expect(index.upsert(catalogue.slice(0, 1))).rejects.toThrow(/invalid_document_geo_field happened/)
    fake.failHttp.add('/multi-search')
    await expect(index.query(query())).rejects.toBeInstanceOf(SearchUnavailable)
    expect(await index.healthy()).toBe(true)

    const nowhere = createMeiliSearchIndex({ host: 'http://127.0.0.1:9', index: 'kk', requestTimeoutMs: 2000 })
    await expect(nowhere.query(query())).rejects.toBeInstanceOf(SearchUnavailable)
    await expect(nowhere.upsert(catalogue.slice(0, 1))).rejects.toBeInstanceOf(SearchUnavailable)
    expect(await nowhere.healthy()).toBe(false)
  })
})
