import { describe, expect, it } from 'vitest'

import { filterProjects, indicatorPanels, parseImpactFilters, projectCountries, summaryFigures } from '@/impact/overview'

import { impactProjects } from '../../seed/data/impact'

const projects = impactProjects.map((p) => ({
  slug: p.slug,
  title: p.title.en,
  country: p.country,
  sdgIndicators: p.sdgIndicators,
  metrics: p.metrics.map((m) => ({ ...m, name: m.name.en })),
}))

describe('impact overview', () => {
  it('counts projects, countries and the latest people reached (IRIS+ PI4060) across the seeded projects', () => {
    // Kisumu 318,000 + Senegal 246,000 in 2025; trained health workers are not "people reached".
    expect(summaryFigures(projects)).toEqual({ projects: 5, countries: 5, peopleReached: 564000 })
  })

  it('charts each headline indicator reported by at least one project, one small chart per project', () => {
    const panels = indicatorPanels(projects)
    expect(panels.map((p) => [p.indicator, p.entries.map((e) => e.project.country)])).toEqual([
      ['3.8.1', ['KE', 'SN', 'VN']],
      ['3.8.2', ['KE', 'SN']],
      ['3.1.1', ['KH']],
      ['3.2.1', ['KH', 'BD']],
      ['3.c.1', ['BD']],
    ])
  })

  it('filters by country and by indicator, ignoring values it does not know', () => {
    expect(parseImpactFilters({ country: 'SN', indicator: '3.8.2' })).toEqual({ country: 'SN', indicator: '3.8.2' })
    expect(parseImpactFilters({ country: 'XX', indicator: '<script>' })).toEqual({ country: undefined, indicator: undefined })
    expect(filterProjects(projects, { indicator: '3.c.1' }).map((p) => p.country)).toEqual(['BD'])
    expect(filterProjects(projects, { country: 'KH', indicator: '3.8.1' })).toEqual([])
    expect(indicatorPanels(projects, { indicator: '3.1.2' }).map((p) => p.indicator)).toEqual(['3.1.2'])
  })

  it('offers only the countries that have projects, in a stable order', () => {
    expect(projectCountries(projects)).toEqual(['KE', 'SN', 'BD', 'KH', 'VN'])
  })
})
