import { describe, expect, it } from 'vitest'

import type { SearchQuery } from '@/search/port'
import { searchHref, searchQueryString, withoutBound, withoutFilterValue } from '@/search/urls'

const base: SearchQuery = {
  q: 'がん',
  locale: 'ja',
  type: 'package',
  filters: { specialty: ['oncology', 'health-screening'], language: ['ko'], priceMax: 300000 },
  sort: 'price_asc',
  page: 3,
  pageSize: 20,
}

describe('search URLs', () => {
  it('puts the whole search state in the query string, repeatable filters repeated', () => {
    expect(searchQueryString(base)).toBe(
      '?q=%E3%81%8C%E3%82%93&type=package&specialty=oncology&specialty=health-screening&language=ko&priceMax=300000&sort=price_asc&page=3',
    )
  })

  it('leaves defaults out so a plain search has a short address', () => {
    expect(searchHref('en', { q: '', locale: 'en', filters: {}, sort: 'relevance', page: 1, pageSize: 20 })).toBe('/en/search')
  })

  it('removes one filter value for a chip and goes back to page 1', () => {
    const href = searchHref('ja', base, withoutFilterValue(base, 'specialty', 'oncology'))
    expect(href).toContain('specialty=health-screening')
    expect(href).not.toContain('specialty=oncology')
    expect(href).not.toContain('page=')
  })

  it('removes a numeric bound entirely', () => {
    expect(searchHref('ja', base, withoutBound(base, 'priceMax'))).not.toContain('priceMax')
  })

  it('keeps the distance origin', () => {
    expect(searchQueryString({ ...base, sort: 'distance', near: { lat: 35.68, lng: 139.76 } })).toContain('near=35.68%2C139.76')
  })
})
