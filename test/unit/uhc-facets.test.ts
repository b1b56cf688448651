import { describe, expect, it } from 'vitest'

import { assembleResult, countFacets, matchesFilters } from '@/uhc/search/facets'
import { parseUhcQuery, uhcHref } from '@/uhc/search/params'
import type { UhcDoc, UhcQuery } from '@/uhc/search/port'

const doc = (id: string, over: Partial<UhcDoc>): UhcDoc => ({
  id,
  slug: id,
  title: { en: `Title ${id}`, ja: `タイトル${id}` },
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

const docs = [
  doc('a', { block: ['financing'], language: ['en', 'fr'], type: 'policy-brief', publishedOn: '2024-05-01', year: '2024' }),
  doc('b', { block: ['financing', 'health-workforce'], language: ['en'], type: 'report', publishedOn: '2023-05-01', year: '2023' }),
  doc('c', { block: ['health-workforce'], language: ['fr'], type: 'toolkit', publishedOn: '2021-05-01', year: '2021' }),
  doc('d', { block: ['service-delivery'], language: ['ja', 'en'], type: 'dataset', publishedOn: '2020-05-01', year: '2020' }),
]

const query = (over: Partial<UhcQuery> = {}): UhcQuery => ({ q: '', locale: 'en', filters: {}, sort: 'newest', page: 1, pageSize: 2, ...over })

describe('hub facets', () => {
  it('ORs values within a facet and ANDs across facets', () => {
    const filters = { block: ['financing', 'health-workforce'], language: ['fr'] }
    expect(docs.filter((d) => matchesFilters(d, filters)).map((d) => d.id)).toEqual(['a', 'c'])
  })

  it("counts each facet with the other facets' filters applied, not its own", () => {
    const counts = countFacets(docs, { block: ['financing'], language: ['fr'] })
    // Building block counts: language=fr applies (a, c), block's own filter does not.
    expect(counts.block).toEqual({ financing: 1, 'health-workforce': 1 })
    // Language counts: block=financing applies (a, b).
    expect(counts.language).toEqual({ en: 2, fr: 1 })
    // Other facets: both filters apply (only a).
    expect(counts.type).toEqual({ 'policy-brief': 1 })
  })

  it('sorts newest first and pages the filtered hits', () => {
    const first = assembleResult(docs.map((d) => ({ doc: d, score: 0 })), query())
    expect(first.total).toBe(4)
    expect(first.hits.map((h) => h.id)).toEqual(['a', 'b'])
    const second = assembleResult(docs.map((d) => ({ doc: d, score: 0 })), query({ page: 2 }))
    expect(second.hits.map((h) => h.id)).toEqual(['c', 'd'])
  })

  it('sorts by score for relevance, newest first among equals', () => {
    const result = assembleResult(
      docs.map((d) => ({ doc: d, score: d.id === 'c' ? 5 : 1 })),
      query({ sort: 'relevance', pageSize: 4 }),
    )
    expect(result.hits.map((h) => h.id)).toEqual(['c', 'a', 'b', 'd'])
  })

  it('shows hits in the visitor’s language with the fallback chain', () => {
    const result = assembleResult([{ doc: docs[3] as UhcDoc, score: 0 }], query({ locale: 'ko' }))
    expect(result.hits[0]?.title).toBe('Title d')
    const ja = assembleResult([{ doc: docs[3] as UhcDoc, score: 0 }], query({ locale: 'ja' }))
    expect(ja.hits[0]?.title).toBe('タイトルd')
  })
})

describe('hub URL state', () => {
  it('keeps known values, drops unknown ones and round-trips', () => {
    const q = parseUhcQuery('en', { block: ['financing', 'nonsense'], language: 'fr', country: ['KE', 'XX'], year: '2023', page: '2' })
    expect(q.filters).toEqual({ block: ['financing'], language: ['fr'], country: ['KE'], year: ['2023'] })
    expect(q.sort).toBe('relevance')
    expect(uhcHref('en', q)).toBe('/en/uhc?block=financing&country=KE&language=fr&year=2023&page=2')
  })
})
