import { countryCodes, isCountryCode, type CountryCode } from '@/geo/countries'

import { headlineIndicators, isSdgIndicatorCode, type MetricUnit, type SdgIndicatorCode } from './indicators'
import { metricSeries, type MetricSeries } from './series'

/**
 * What the impact overview shows, computed from the published projects: the filters a visitor
 * chose, the summary figures and, per headline SDG indicator, one small chart per project that
 * reports it. Pure, so the page only renders.
 */

/** IRIS+ PI4060 "Client Individuals: Total": the metric that counts people a project reached. */
export const PEOPLE_REACHED_IRIS_CODE = 'PI4060'

export interface ImpactFilters {
  country?: CountryCode
  indicator?: SdgIndicatorCode
}

type Params = Record<string, string | string[] | undefined>
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export function parseImpactFilters(params: Params): ImpactFilters {
  const country = single(params.country)
  const indicator = single(params.indicator)
  return {
    country: isCountryCode(country) ? country : undefined,
    indicator: isSdgIndicatorCode(indicator) ? indicator : undefined,
  }
}

export function impactFiltersQuery(filters: ImpactFilters): string {
  const query = new URLSearchParams()
  if (filters.country) query.set('country', filters.country)
  if (filters.indicator) query.set('indicator', filters.indicator)
  const text = query.toString()
  return text ? `?${text}` : ''
}

export interface OverviewMetric {
  code: string
  name: string
  unit: MetricUnit
  direction?: 'higher-is-better' | 'lower-is-better' | null
  sdgIndicator?: string | null
  irisCode?: string | null
  baseline?: { year?: number | null; value?: number | null } | null
  target?: { year?: number | null; value?: number | null } | null
  measurements?: { year?: number | null; value?: number | null }[] | null
}

export interface OverviewProject {
  slug: string
  title: string
  country: string
  sdgIndicators?: string[] | null
  metrics?: OverviewMetric[] | null
}

export function filterProjects<T extends OverviewProject>(projects: T[], filters: ImpactFilters): T[] {
  return projects.filter(
    (p) =>
      (!filters.country || p.country === filters.country) &&
      (!filters.indicator ||
        (p.sdgIndicators ?? []).includes(filters.indicator) ||
        (p.metrics ?? []).some((m) => m.sdgIndicator === filters.indicator)),
  )
}

export interface SummaryFigures {
  projects: number
  countries: number
  /** Sum of each project's latest PI4060 value; null when no project reports it. */
  peopleReached: number | null
}

export function summaryFigures(projects: OverviewProject[]): SummaryFigures {
  let people: number | null = null
  for (const project of projects) {
    for (const metric of project.metrics ?? []) {
      if (metric.irisCode !== PEOPLE_REACHED_IRIS_CODE) continue
      const latest = metricSeries(metric).observed.at(-1)
      if (latest) people = (people ?? 0) + latest.value
    }
  }
  return { projects: projects.length, countries: new Set(projects.map((p) => p.country)).size, peopleReached: people }
}

export interface IndicatorPanel<T extends OverviewProject> {
  indicator: SdgIndicatorCode
  unit: MetricUnit
  entries: { project: T; metric: OverviewMetric; series: MetricSeries }[]
}

/** Per headline indicator (or the chosen one), the projects' metrics that report it; indicators nobody reports are left out. */
export function indicatorPanels<T extends OverviewProject>(projects: T[], filters: ImpactFilters = {}): IndicatorPanel<T>[] {
  const wanted = filters.indicator ? [filters.indicator] : headlineIndicators
  return wanted.flatMap((indicator) => {
    const entries = projects.flatMap((project) =>
      (project.metrics ?? []).filter((m) => m.sdgIndicator === indicator).map((metric) => ({ project, metric, series: metricSeries(metric) })),
    )
    if (!entries.length) return []
    // One panel per unit: the same indicator in two units would not share an axis.
    const unit = entries[0]!.metric.unit
    return [{ indicator, unit, entries: entries.filter((e) => e.metric.unit === unit) }]
  })
}

/** Countries of the given projects, in the fixed list's order, for the country filter. */
export function projectCountries(projects: OverviewProject[]): CountryCode[] {
  const present = new Set(projects.map((p) => p.country))
  return countryCodes.filter((code) => present.has(code))
}
