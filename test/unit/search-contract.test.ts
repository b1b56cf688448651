/**
 * The search port's contract: the same cases against every adapter available here. The
 * embedded engine always runs; Meilisearch runs when MEILI_HOST is set (each run uses its
 * own throwaway index).
 */

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { priceBandOf, stayBandOf } from '@/search/bands'
import { createEmbeddedSearchIndex } from '@/search/embedded'
import { createMeiliSearchIndex, type MeiliSearchIndex } from '@/search/meili'
import { defaultSynonymGroups } from '@/search/synonyms'
import { facetNames, type FacetName, type SearchDoc, type SearchFilters, type SearchIndex, type SearchQuery, type SearchResult } from '@/search/port'

import { catalogue, otherCatalogue, TOKYO_STATION } from '../support/search-catalogue'

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  q: '',
  locale: 'en',
  filters: {},
  sort: 'relevance',
  page: 1,
  pageSize: 50,
  ...overrides,
})

const ids = (result: SearchResult) => result.hits.map((hit) => hit.id)

// ---------------------------------------------------------------- brute force, independent of the engines

const listFilters = ['specialty', 'prefecture', 'language', 'accreditation', 'support'] as const

function valuesOf(doc: SearchDoc, facet: FacetName): string[] {
  switch (facet) {
    case 'prefecture':
      return [doc.prefecture]
    case 'priceBand':
      return [priceBandOf(doc.priceJPY) ?? ''].filter(Boolean)
    case 'stayBand':
      return [stayBandOf(doc.stayNights) ?? ''].filter(Boolean)
    default:
      return [...new Set(doc[facet])]
  }
}

function passesFacet(doc: SearchDoc, filters: SearchFilters, facet: FacetName): boolean {
  if (facet === 'priceBand') {
    if (filters.priceMin === undefined && filters.priceMax === undefined) return true
    return doc.priceJPY !== undefined && doc.priceJPY >= (filters.priceMin ?? 0) && doc.priceJPY <= (filters.priceMax ?? Infinity)
  }
  if (facet === 'stayBand') return filters.stayMax === undefined || (doc.stayNights !== undefined && doc.stayNights <= filters.stayMax)
  const wanted = filters[facet as (typeof listFilters)[number]]
  return !wanted?.length || valuesOf(doc, facet).some((value) => wanted.includes(value))
}

function bruteForce(docs: SearchDoc[], filters: SearchFilters, type?: SearchQuery['type']) {
  const ofType = docs.filter((doc) => !type || doc.type === type)
  const matched = ofType.filter((doc) => facetNames.every((facet) => passesFacet(doc, filters, facet)))
  const facets = Object.fromEntries(
    facetNames.map((facet) => {
      const counts: Record<string, number> = {}
      for (const doc of ofType) {
        if (!facetNames.every((other) => other === facet || passesFacet(doc, filters, other))) continue
        for (const value of valuesOf(doc, facet)) counts[value] = (counts[value] ?? 0) + 1
      }
      return [facet, counts]
    }),
  )
  return { ids: matched.map((doc) => doc.id).sort(), facets }
}

function haversine(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180
  const h =
    Math.sin(toRad(b.lat - a.lat) / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(toRad(b.lng - a.lng) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

// ---------------------------------------------------------------- the cases

interface Subject {
  /** A fresh index holding `catalogue` (Meilisearch: the shared test index, refilled). */
  fresh: () => Promise<SearchIndex>
  /** For the refill before each case. */
  hookTimeoutMs?: number
}

function contract(subject: Subject) {
  let index: SearchIndex
  beforeEach(async () => {
    index = await subject.fresh()
  }, subject.hookTimeoutMs)

  describe('finds text in every script', () => {
    const finds = (q: string, id: string) => async () => {
      expect(ids(await index.query(query({ q })))).toContain(id)
    }
    it('がん finds the がん検診コース package (Japanese without spaces)', finds('がん', 'package:gan-kenshin'))
    it('体检 finds the Chinese health check 全面体检套餐', finds('体检', 'package:tijian'))
    it('ตรวจสุขภาพ finds the Thai package that contains it', finds('ตรวจสุขภาพ', 'package:thai-checkup'))
    it('kham suc khoe, typed without accents, finds khám sức khỏe', finds('kham suc khoe', 'package:kham-suc-khoe'))
    it('depistage finds Dépistage (French accents)', finds('depistage', 'package:depistage'))
    it('Arabic with or without the article finds فحص القلب الشامل', async () => {
      expect(ids(await index.query(query({ q: 'القلب' })))).toContain('package:arabic-heart')
      expect(ids(await index.query(query({ q: 'فحص' })))).toContain('package:arabic-heart')
    })
    it('обследование finds the Russian cardiology check', finds('обследование', 'package:russian-cardio'))

    it('cardiolgy (a typo) finds cardiology first', async () => {
      const result = await index.query(query({ q: 'cardiolgy' }))
      expect(ids(result)[0]).toBe('package:cardiology')
    })

    it('finds nothing for a word no record has', async () => {
      const result = await index.query(query({ q: 'zqxwvj' }))
      expect(result.total).toBe(0)
      expect(result.hits).toEqual([])
    })
  })

  describe('synonyms', () => {
    it('ningen dock finds the record titled only 人間ドック, and not unrelated care', async () => {
      const found = ids(await index.query(query({ q: 'ningen dock' })))
      expect(found).toContain('package:ningen-dock')
      expect(found).not.toContain('package:cardiology')
      expect(found).not.toContain('package:knee')
    })
    it('IVF finds 体外受精', async () => {
      expect(ids(await index.query(query({ q: 'IVF' })))).toContain('package:taigai-jusei')
    })
    it('质子治疗 finds proton therapy; PETCT and PET/CT find PET-CT', async () => {
      expect(ids(await index.query(query({ q: '质子治疗' })))).toContain('package:proton')
      expect(ids(await index.query(query({ q: 'PETCT' })))).toContain('package:pet-ct')
      expect(ids(await index.query(query({ q: 'PET/CT' })))).toContain('package:pet-ct')
    })
    it('uses the groups editors set, and only those', async () => {
      await index.setSynonyms([['brain check', '脳ドック']])
      await index.upsert([{ ...(catalogue[0] as SearchDoc), id: 'package:nou-dock', recordId: 'nou-dock', slug: 'nou-dock', title: { ja: '脳ドック' } }])
      expect(ids(await index.query(query({ q: 'brain check' })))).toContain('package:nou-dock')
      expect(ids(await index.query(query({ q: 'ningen dock' })))).not.toContain('package:ningen-dock')
    })
  })

  describe('hits', () => {
    it('come in the requested locale, falling back to English, then Japanese', async () => {
      const result = await index.query(query({ locale: 'fr', type: 'package' }))
      const hit = (id: string) => result.hits.find((h) => h.id === id)
      expect(hit('package:cardiology')?.title).toBe('Consultation de cardiologie')
      expect(hit('package:cardiology')?.hospital).toEqual({ slug: 'osaka-university-hospital', name: 'Osaka University Hospital' })
      expect(hit('package:gan-kenshin')?.title).toBe('Cancer screening course')
      expect(hit('package:ningen-dock')?.title).toBe('人間ドック')
      expect(hit('package:ningen-dock')?.summary).toBe('半日で約100項目の検査を受けられます。')
      const ja = await index.query(query({ locale: 'ja', q: 'がん検診' }))
      expect(ja.hits.find((h) => h.id === 'package:gan-kenshin')?.title).toBe('がん検診コース')
    })

    it('carry the record fields a card needs', async () => {
      const result = await index.query(query({ q: 'cardiology' }))
      expect(result.hits.find((h) => h.id === 'package:cardiology')).toMatchObject({
        type: 'package',
        recordId: 'cardiology',
        slug: 'cardiology',
        prefecture: 'osaka',
        specialty: ['cardiology'],
        priceJPY: 45_000,
        stayNights: 0,
      })
    })

    it('highlight the matched word in the title and escape the rest', async () => {
      const typo = await index.query(query({ q: 'cardiolgy' }))
      expect(typo.hits[0]?.highlight).toMatch(/<mark>cardiology<\/mark>/i)
      const dental = (await index.query(query({ q: 'implant' }))).hits.find((h) => h.id === 'package:dental-implant')
      expect(dental?.highlight).toMatch(/<mark>implant<\/mark>/i)
      expect(dental?.highlight).toContain('&lt;single tooth&gt; &amp; crown')
      expect(dental?.highlight).not.toContain('<single')
      const browse = (await index.query(query())).hits.find((h) => h.id === 'package:dental-implant')
      expect(browse?.highlight).toBe('Dental implant &lt;single tooth&gt; &amp; crown')
    })

    it('report how long the search took', async () => {
      const result = await index.query(query({ q: 'cancer' }))
      expect(typeof result.tookMs).toBe('number')
      expect(result.tookMs).toBeGreaterThanOrEqual(0)
    })
  })

  describe('filters and disjunctive facet counts match a brute-force count', () => {
    const cases: { name: string; filters: SearchFilters; type?: SearchQuery['type'] }[] = [
      { name: 'no filter', filters: {} },
      { name: 'OR within a facet', filters: { specialty: ['cardiology', 'oncology'] } },
      { name: 'AND across facets', filters: { specialty: ['cardiology', 'oncology'], prefecture: ['osaka'] } },
      { name: 'three facets and a price cap', filters: { support: ['interpreter'], accreditation: ['jmip'], priceMax: 200_000 } },
      { name: 'language, stay and price floor', filters: { language: ['en'], stayMax: 1, priceMin: 50_000 } },
      { name: 'a price range', filters: { priceMin: 100_000, priceMax: 1_000_000 } },
      { name: 'packages only, one specialty', filters: { specialty: ['radiology'] }, type: 'package' },
      { name: 'hospitals only', filters: {}, type: 'hospital' },
    ]
    for (const { name, filters, type } of cases) {
      it(name, async () => {
        const result = await index.query(query({ filters, ...(type ? { type } : {}) }))
        const expected = bruteForce(catalogue, filters, type)
        expect(ids(result).sort()).toEqual(expected.ids)
        expect(result.total).toBe(expected.ids.length)
        expect(result.facets).toEqual(expected.facets)
      })
    }

    it('with a text query, counts only the records the text matched', async () => {
      const textual = await index.query(query({ q: 'cancer' }))
      const matched = catalogue.filter((doc) => ids(textual).includes(doc.id))
      expect(matched.length).toBeGreaterThan(2)
      const filters: SearchFilters = { prefecture: ['tokyo'], support: ['interpreter'] }
      const result = await index.query(query({ q: 'cancer', filters }))
      const expected = bruteForce(matched, filters)
      expect(ids(result).sort()).toEqual(expected.ids)
      expect(result.facets).toEqual(expected.facets)
    })

    it('keep unticked values of a ticked facet countable (disjunctive)', async () => {
      const result = await index.query(query({ filters: { prefecture: ['osaka'] } }))
      expect(result.facets.prefecture.tokyo).toBeGreaterThan(0)
      expect(result.facets.prefecture.osaka).toBe(result.total)
    })
  })

  describe('sorting', () => {
    it('by price, cheapest first, records without a price last', async () => {
      const hits = (await index.query(query({ sort: 'price_asc' }))).hits
      const priced = hits.filter((h) => h.priceJPY !== undefined).map((h) => h.priceJPY ?? 0)
      expect(priced).toEqual([...priced].sort((a, b) => a - b))
      expect(hits.at(-1)?.priceJPY).toBeUndefined()
      expect(hits.findIndex((h) => h.priceJPY === undefined)).toBe(priced.length)
    })

    it('by price, dearest first, records without a price last', async () => {
      const hits = (await index.query(query({ sort: 'price_desc' }))).hits
      const priced = hits.filter((h) => h.priceJPY !== undefined).map((h) => h.priceJPY ?? 0)
      expect(priced).toEqual([...priced].sort((a, b) => b - a))
      expect(priced[0]).toBe(3_200_000)
      expect(hits.findIndex((h) => h.priceJPY === undefined)).toBe(priced.length)
    })

    it('by distance from Tokyo station (haversine), records without a location last', async () => {
      const hits = (await index.query(query({ sort: 'distance', near: TOKYO_STATION }))).hits
      expect(hits).toHaveLength(catalogue.length)
      const located = hits.filter((h) => h.distanceKm !== undefined)
      const distances = located.map((h) => h.distanceKm ?? 0)
      expect(distances).toEqual([...distances].sort((a, b) => a - b))
      expect(hits.findIndex((h) => h.distanceKm === undefined)).toBe(located.length)
      for (const hit of located) {
        const doc = catalogue.find((d) => d.id === hit.id)
        expect(doc?.location).toBeDefined()
        if (doc?.location) expect(hit.distanceKm).toBeCloseTo(haversine(TOKYO_STATION, doc.location), 0)
      }
      expect(located[0]?.hospital.slug).toBe('tokyo-medical-center')
      expect(located.at(-1)?.hospital.slug).toBe('fukuoka-heart-clinic')
    })

    it('by relevance by default', async () => {
      const result = await index.query(query({ q: 'cardiology consultation' }))
      expect(ids(result)[0]).toBe('package:cardiology')
    })
  })

  it('pages through every record once, with a stable total', async () => {
    const pageSize = 4
    const seen: string[] = []
    const pages = Math.ceil(catalogue.length / pageSize)
    for (let page = 1; page <= pages; page++) {
      const result = await index.query(query({ page, pageSize, sort: 'price_asc' }))
      expect(result.total).toBe(catalogue.length)
      expect(result.page).toBe(page)
      expect(result.pageSize).toBe(pageSize)
      expect(result.hits.length).toBe(page < pages ? pageSize : catalogue.length - pageSize * (pages - 1))
      seen.push(...ids(result))
    }
    expect(new Set(seen).size).toBe(catalogue.length)
    expect((await index.query(query({ page: pages + 1, pageSize }))).hits).toEqual([])
  })

  describe('writes', () => {
    it('upsert adds and replaces a record; remove takes it out', async () => {
      const doc: SearchDoc = { ...(catalogue[0] as SearchDoc), id: 'package:brain-mri', recordId: 'brain-mri', slug: 'brain-mri', title: { en: 'Brain MRI check' } }
      await index.upsert([doc])
      expect(ids(await index.query(query({ q: 'brain' })))).toEqual(['package:brain-mri'])
      await index.upsert([{ ...doc, title: { en: 'Brain MRI premium scan' } }])
      expect(ids(await index.query(query({ q: 'premium' })))).toEqual(['package:brain-mri'])
      expect(ids(await index.query(query({ q: 'brain check' })))).toEqual([])
      expect((await index.query(query())).total).toBe(catalogue.length + 1)
      await index.remove(['package:brain-mri'])
      expect((await index.query(query({ q: 'brain' }))).total).toBe(0)
      expect((await index.query(query())).total).toBe(catalogue.length)
    })

    it('removeByHospital takes out a hospital and all its packages', async () => {
      await index.removeByHospital(['h-osaka'])
      const result = await index.query(query())
      const osaka = catalogue.filter((doc) => doc.hospitalId === 'h-osaka')
      expect(osaka.length).toBeGreaterThan(1)
      expect(result.total).toBe(catalogue.length - osaka.length)
      expect(result.hits.some((hit) => hit.hospital.slug === 'osaka-university-hospital')).toBe(false)
    })

    it('replaceAll swaps in a complete new index: searches meanwhile see the old one whole', async () => {
      const next = otherCatalogue(9)
      const progress: [number, number][] = []
      let settled = false
      const replacing = index.replaceAll(next, (done, total) => progress.push([done, total])).finally(() => {
        settled = true
      })
      const totals = new Set<number>()
      while (!settled) {
        const result = await index.query(query())
        totals.add(result.total)
        if (result.total === next.length) expect(ids(result).every((id) => id.startsWith('package:replacement-'))).toBe(true)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      await replacing
      // The first search ran while the new index was being built, and saw the old one whole.
      expect(totals.has(catalogue.length)).toBe(true)
      expect([...totals].every((total) => total === catalogue.length || total === next.length)).toBe(true)
      const after = await index.query(query())
      expect(after.total).toBe(next.length)
      expect(ids(await index.query(query({ q: 'cardiology' })))).not.toContain('package:cardiology')
      expect(progress.at(-1)).toEqual([next.length, next.length])
    })
  })

  describe('suggest', () => {
    it('offers titles that start with what the visitor typed', async () => {
      const suggestions = await index.suggest('cardio', 'en', 5)
      expect(suggestions[0]).toEqual({ id: 'package:cardiology', type: 'package', slug: 'cardiology', title: 'Cardiology consultation' })
    })
    it('offers titles in the visitor’s locale', async () => {
      expect((await index.suggest('がん', 'ja', 5)).map((s) => s.title)).toContain('がん検診コース')
      expect((await index.suggest('cardio', 'fr', 5)).map((s) => s.title)).toContain('Consultation de cardiologie')
    })
    it('respects the limit and offers nothing for an empty query', async () => {
      expect((await index.suggest('c', 'en', 2)).length).toBeLessThanOrEqual(2)
      expect(await index.suggest('  ', 'en', 5)).toEqual([])
    })
  })

  it('says it is healthy', async () => {
    expect(await index.healthy()).toBe(true)
  })
}

describe('embedded search engine', () => {
  contract({
    fresh: async () => {
      // Small batches, so replaceAll yields to the event loop (and to searches) several times.
      const index = createEmbeddedSearchIndex({ batchSize: 2 })
      await index.replaceAll(catalogue)
      return index
    },
  })
})

const meiliHost = process.env.MEILI_HOST
if (!meiliHost) console.info('Meilisearch contract suite skipped: set MEILI_HOST (and MEILI_MASTER_KEY) to run it')

describe.skipIf(!meiliHost)('Meilisearch', { timeout: 120_000 }, () => {
  let meili: MeiliSearchIndex
  beforeAll(() => {
    meili = createMeiliSearchIndex({
      host: meiliHost ?? '',
      apiKey: process.env.MEILI_MASTER_KEY,
      index: `kakehashi_test_${process.pid}_${Date.now().toString(36)}`,
    })
  })
  afterAll(async () => {
    await meili?.drop()
  })
  contract({
    fresh: async () => {
      await meili.setSynonyms(defaultSynonymGroups)
      await meili.replaceAll(catalogue)
      return meili
    },
    hookTimeoutMs: 120_000,
  })
})
