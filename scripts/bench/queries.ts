import type { SearchQuery } from '../../src/search/port'

/** The fixed mix of 1,000 queries: CJK, Latin with typos, facet-heavy and geo-sorted, a quarter each. */
export function queryMix(count = 1000): SearchQuery[] {
  const base = { locale: 'en' as const, filters: {}, sort: 'relevance' as const, page: 1, pageSize: 20 }
  const cjk: Partial<SearchQuery>[] = [
    { q: 'がん', locale: 'ja' },
    { q: '人間ドック', locale: 'ja' },
    { q: '体检', locale: 'zh-CN' },
    { q: '건강검진', locale: 'ko' },
    { q: '陽子線', locale: 'ja' },
    { q: '试管婴儿', locale: 'zh-CN' },
  ]
  const typos: Partial<SearchQuery>[] = [
    { q: 'cardiolgy' },
    { q: 'helth check up' },
    { q: 'implnat' },
    { q: 'protn therapy' },
    { q: 'knee replacment' },
    { q: 'kham suc khoe', locale: 'vi' },
  ]
  const facets: Partial<SearchQuery>[] = [
    { q: '', filters: { specialty: ['health-screening', 'oncology'], language: ['ko'], support: ['interpreter'] } },
    { q: '', filters: { prefecture: ['tokyo', 'osaka', 'kyoto'], accreditation: ['jci'], priceMax: 500_000 } },
    { q: 'check-up', filters: { language: ['zh-CN', 'vi'], stayMax: 3, support: ['airport-pickup'] } },
    { q: '', type: 'hospital', filters: { accreditation: ['jmip', 'jci'], support: ['visa-guarantee', 'dietary-needs'] } },
    { q: 'cancer', filters: { priceMin: 100_000, priceMax: 300_000, prefecture: ['tokyo'] }, sort: 'price_asc' },
  ]
  const geo: Partial<SearchQuery>[] = [
    { q: '', sort: 'distance', near: { lat: 35.6812, lng: 139.7671 } },
    { q: 'dental', sort: 'distance', near: { lat: 34.4347, lng: 135.244 } },
    { q: '', type: 'hospital', sort: 'distance', near: { lat: 33.5859, lng: 130.4509 } },
    { q: 'ningen dock', sort: 'distance', near: { lat: 35.772, lng: 140.3929 } },
  ]
  const groups = [cjk, typos, facets, geo]
  const queries: SearchQuery[] = []
  for (let i = 0; i < count; i++) {
    const group = groups[i % groups.length]!
    const variant = group[Math.floor(i / groups.length) % group.length]!
    queries.push({ ...base, ...variant, q: variant.q ?? '', filters: { ...variant.filters }, page: 1 + (Math.floor(i / 40) % 3) })
  }
  return queries
}

/** The same query as `GET /api/search` parameters. */
export function toSearchParams(query: SearchQuery): string {
  const params = new URLSearchParams({ lang: query.locale })
  if (query.q) params.set('q', query.q)
  if (query.type) params.set('type', query.type)
  for (const key of ['specialty', 'prefecture', 'language', 'accreditation', 'support'] as const) {
    for (const value of query.filters[key] ?? []) params.append(key, value)
  }
  for (const key of ['priceMin', 'priceMax', 'stayMax'] as const) {
    const value = query.filters[key]
    if (value !== undefined) params.set(key, String(value))
  }
  if (query.sort !== 'relevance') params.set('sort', query.sort)
  if (query.near) params.set('near', `${query.near.lat},${query.near.lng}`)
  params.set('page', String(query.page))
  params.set('pageSize', String(query.pageSize))
  return params.toString()
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)]!
}
