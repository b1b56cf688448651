import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { GET as searchRoute } from '../../app/api/search/route'
import { GET as suggestRoute } from '../../app/api/search/suggest/route'
import { ensureSearchReady, useSearchIndex } from '@/search/bootstrap'

import { testPayload } from './harness'
import { failingIndex, hangingIndex, makeHospital, makePackage, runSearchJobs } from './support/search'
import { unique } from './support/world'

/** The route handlers, called as Next calls them, on this file's own database and index. */

interface Hit {
  id: string
  type: string
  recordId: string
  slug: string
  title: string
  hospital: { slug: string; name: string }
  prefecture: string
  priceJPY?: number
  highlight: string
  url: string
}
interface SearchBody {
  hits: Hit[]
  facets: Record<string, Record<string, number>>
  total: number
  page: number
  pageSize: number
  tookMs: number
  degraded: boolean
  notice?: string
  lang: string
  error?: { parameter: string; message: string }
}

async function call(path: string): Promise<{ status: number; body: SearchBody; cacheControl: string | null }> {
  const response = await searchRoute(new NextRequest(`http://localhost${path}`))
  return { status: response.status, body: (await response.json()) as SearchBody, cacheControl: response.headers.get('cache-control') }
}

describe('GET /api/search', () => {
  let payload: Payload
  /** A word no other record contains, so each query sees only this file's records. */
  const marker = unique('Zephyrine').toLowerCase().replace(/[^a-z]/g, '')
  let osakaHospital: Awaited<ReturnType<typeof makeHospital>>
  let cheap: Awaited<ReturnType<typeof makePackage>>
  let dear: Awaited<ReturnType<typeof makePackage>>
  let draft: Awaited<ReturnType<typeof makePackage>>

  beforeAll(async () => {
    payload = await testPayload()
    osakaHospital = await makeHospital(payload, { prefecture: 'osaka', name: `${marker} Osaka Hospital`, nameJa: `${marker} 大阪病院` })
    const tokyo = await makeHospital(payload, { prefecture: 'tokyo', name: `${marker} Tokyo Clinic` })
    cheap = await makePackage(payload, osakaHospital.id, { title: `${marker} health screening`, titleJa: `${marker} 人間ドック`, priceJPY: 80_000 })
    dear = await makePackage(payload, tokyo.id, { title: `${marker} heart surgery`, titleJa: `${marker} 心臓手術`, priceJPY: 2_400_000 })
    draft = await makePackage(payload, osakaHospital.id, { title: `${marker} unreleased draft`, status: 'draft' })
    await runSearchJobs(payload)
  })

  beforeEach(async () => {
    await ensureSearchReady(payload)
  })

  afterEach(() => {
    useSearchIndex(undefined)
  })

  it.each([
    ['/api/search?pageSize=51', 'pageSize', 'pageSize must be between 1 and 50'],
    ['/api/search?lang=xx', 'lang', 'lang must be one of'],
    ['/api/search?sort=distance', 'near', 'near ("lat,lng") is required when sort is distance'],
    ['/api/search?priceMin=5&priceMax=1', 'priceMin', 'priceMin must not be greater than priceMax'],
    ['/api/search?prefecture=atlantis', 'prefecture', 'prefecture "atlantis" is not one of the known values'],
    ['/api/search?debug=1', 'debug', 'debug is not a parameter of this endpoint'],
  ])('answers %s with 400 naming %s', async (path, parameter, message) => {
    const { status, body, cacheControl } = await call(path)
    expect(status).toBe(400)
    expect(body.error?.parameter).toBe(parameter)
    expect(body.error?.message.startsWith(message)).toBe(true)
    expect(cacheControl).toBe('no-store')
  })

  it('returns ranked hits in the requested locale, with facets and a cacheable response', async () => {
    const { status, body, cacheControl } = await call(`/api/search?q=${marker}&lang=ja&type=package`)
    expect(status).toBe(200)
    expect(body.degraded).toBe(false)
    expect(body.lang).toBe('ja')
    expect(body.hits.map((h) => h.recordId).sort()).toEqual([cheap.id, dear.id].sort())
    const screening = body.hits.find((h) => h.recordId === cheap.id)
    expect(screening).toMatchObject({
      type: 'package',
      title: `${marker} 人間ドック`,
      hospital: { slug: osakaHospital.slug, name: `${marker} 大阪病院` },
      priceJPY: 80_000,
      url: `/ja/packages/${cheap.slug}`,
    })
    expect(body.facets.prefecture).toMatchObject({ osaka: 1, tokyo: 1 })
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 20 })
    expect(cacheControl).toMatch(/^public, max-age=\d+/)
  })

  it('applies filters and sorts by price', async () => {
    const { body } = await call(`/api/search?q=${marker}&type=package&sort=price_desc`)
    expect(body.hits.map((h) => h.recordId)).toEqual([dear.id, cheap.id])
    const osaka = await call(`/api/search?q=${marker}&prefecture=osaka`)
    expect(osaka.body.hits.every((h) => h.prefecture === 'osaka')).toBe(true)
    expect(osaka.body.hits.map((h) => h.type).sort()).toEqual(['hospital', 'package'])
  })

  it('still answers 200 from the database, flagged degraded, when the engine is down', async () => {
    useSearchIndex(failingIndex())
    const { status, body, cacheControl } = await call(`/api/search?q=${marker}&lang=ja&type=package&sort=price_asc`)
    expect(status).toBe(200)
    expect(body.degraded).toBe(true)
    expect(body.notice).toMatch(/database/)
    expect(cacheControl).toBe('no-store')
    // Database results: public records only (the draft is not there), the visitor's language, price order.
    expect(body.hits.map((h) => h.recordId)).toEqual([cheap.id, dear.id])
    expect(body.hits[0]).toMatchObject({ title: `${marker} 人間ドック`, url: `/ja/packages/${cheap.slug}`, priceJPY: 80_000 })
    expect(body.hits[0]?.highlight).toBe(`<mark>${marker}</mark> 人間ドック`)
    expect(body.hits.map((h) => h.recordId)).not.toContain(draft.id)
    expect(body.total).toBe(2)
  })

  it('applies the same filters in degraded mode, to packages and hospitals', async () => {
    useSearchIndex(failingIndex())
    const osaka = await call(`/api/search?q=${marker}&prefecture=osaka`)
    expect(osaka.body.degraded).toBe(true)
    expect(osaka.body.hits.map((h) => `${h.type}:${h.recordId}`).sort()).toEqual([`hospital:${osakaHospital.id}`, `package:${cheap.id}`].sort())
    // A hospital's price is its cheapest public package, for filters as in the index.
    const underMillion = await call(`/api/search?type=hospital&priceMax=1000000&q=${marker}`)
    expect(underMillion.body.hits.map((h) => h.recordId)).toEqual([osakaHospital.id])
    expect(underMillion.body.hits[0]?.priceJPY).toBe(80_000)
  })

  it('falls back to the database when the engine does not answer in time', async () => {
    useSearchIndex(hangingIndex())
    const started = performance.now()
    const { status, body } = await call(`/api/search?q=${marker}&type=package`)
    expect(status).toBe(200)
    expect(body.degraded).toBe(true)
    expect(body.total).toBe(2)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe('GET /api/search/suggest', () => {
  let payload: Payload
  const marker = unique('Quillon').toLowerCase().replace(/[^a-z]/g, '')

  beforeAll(async () => {
    payload = await testPayload()
    const hospital = await makeHospital(payload, { name: `${marker} Medical Center` })
    await makePackage(payload, hospital.id, { title: `${marker} dental implant`, titleJa: `${marker} インプラント` })
    await runSearchJobs(payload)
  })

  afterEach(() => {
    useSearchIndex(undefined)
  })

  const suggestions = async (path: string) => {
    const response = await suggestRoute(new NextRequest(`http://localhost${path}`))
    return { status: response.status, body: (await response.json()) as { suggestions: { title: string; type: string }[]; degraded: boolean; error?: { parameter: string } } }
  }

  it('suggests titles in the visitor’s language, at most 8', async () => {
    const { status, body } = await suggestions(`/api/search/suggest?q=${marker}&lang=ja`)
    expect(status).toBe(200)
    expect(body.suggestions.length).toBeLessThanOrEqual(8)
    expect(body.suggestions.map((s) => s.title)).toContain(`${marker} インプラント`)
  })

  it('answers 400 naming the parameter', async () => {
    const { status, body } = await suggestions('/api/search/suggest?q=x&limit=100')
    expect(status).toBe(400)
    expect(body.error?.parameter).toBe('limit')
  })

  it('suggests from the database when the engine is down', async () => {
    useSearchIndex(failingIndex())
    const { status, body } = await suggestions(`/api/search/suggest?q=${marker}&lang=en`)
    expect(status).toBe(200)
    expect(body.degraded).toBe(true)
    expect(body.suggestions.map((s) => s.title)).toEqual([`${marker} dental implant`, `${marker} Medical Center`])
  })
})
