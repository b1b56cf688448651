import { describe, expect, it } from 'vitest'

import { hasActiveFilters, hospitalFiltersQuery, parseHospitalFilters } from '@/catalogue/filters'

describe('hospital list filters from the URL', () => {
  it('reads repeated and single values and keeps only known vocabulary', () => {
    const { filters, ignored } = parseHospitalFilters({
      specialty: ['cardiology', 'oncology'],
      prefecture: 'tokyo',
      language: ['ko', 'klingon'],
      support: 'airport-pickup',
      accreditation: 'jci',
    })
    expect(filters.specialty).toEqual(['cardiology', 'oncology'])
    expect(filters.prefecture).toEqual(['tokyo'])
    expect(filters.language).toEqual(['ko'])
    expect(filters.support).toEqual(['airport-pickup'])
    expect(filters.accreditation).toEqual(['jci'])
    expect(ignored).toEqual(['language=klingon'])
  })

  it('falls back to page 1 for a negative or non-numeric page and says so', () => {
    expect(parseHospitalFilters({ page: '-3' })).toMatchObject({ filters: { page: 1 }, ignored: ['page=-3'] })
    expect(parseHospitalFilters({ page: 'abc' }).filters.page).toBe(1)
    expect(parseHospitalFilters({ page: '4' }).filters.page).toBe(4)
  })

  it('drops empty values a plain GET form sends and trims the text query to 100 characters', () => {
    const { filters } = parseHospitalFilters({ prefecture: '', q: 'x'.repeat(150) })
    expect(filters.prefecture).toEqual([])
    expect(filters.q).toHaveLength(100)
  })

  it('rejects specialty values that are not slugs', () => {
    const { filters, ignored } = parseHospitalFilters({ specialty: '<script>' })
    expect(filters.specialty).toEqual([])
    expect(ignored).toEqual(['specialty=<script>'])
  })

  it('serialises filters back into a shareable query string, page last', () => {
    const { filters } = parseHospitalFilters({ language: ['ko', 'vi'], prefecture: 'osaka', q: 'sakura' })
    expect(hospitalFiltersQuery(filters, { page: 2 })).toBe('?q=sakura&prefecture=osaka&language=ko&language=vi&page=2')
    expect(hospitalFiltersQuery(parseHospitalFilters({}).filters)).toBe('')
  })

  it('knows whether any filter is active', () => {
    expect(hasActiveFilters(parseHospitalFilters({}).filters)).toBe(false)
    expect(hasActiveFilters(parseHospitalFilters({ support: 'interpreter' }).filters)).toBe(true)
  })
})
