import type { ImpactProject } from '../../payload-types'

import type { AppLocale } from '@/i18n/locales'
import { countryName } from '@/geo/countries'
import { indicators, isSdgIndicatorCode, unitBounds, type MetricUnit } from '@/impact/indicators'
import { metricSeries } from '@/impact/series'

/** How schema.org's unitText names each unit (UN/CEFACT has no code for these rates). */
const unitText: Record<MetricUnit, string> = {
  index: 'index (0-100)',
  percent: 'percent',
  'per-100k-live-births': 'per 100,000 live births',
  'per-1k-live-births': 'per 1,000 live births',
  'per-10k-population': 'per 10,000 population',
  people: 'people',
  facilities: 'facilities',
}

/**
 * schema.org Dataset for a project page: the indicator values it publishes, each metric a
 * `variableMeasured` PropertyValue naming its SDG indicator and IRIS+ code where it has them,
 * over the project's place and years.
 */
export function impactProjectJsonLd(project: ImpactProject, locale: AppLocale, url: string): Record<string, unknown> {
  const metrics = project.metrics ?? []
  // The years values were observed in; targets are not data about the past.
  const years = metrics.flatMap((m) => metricSeries(m).observed.map((p) => p.year))
  const temporal = years.length ? `${Math.min(...years)}/${Math.max(...years)}` : undefined
  const startYear = project.period?.start ? new Date(project.period.start).getUTCFullYear() : undefined
  const endYear = project.period?.end ? new Date(project.period.end).getUTCFullYear() : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': url,
    url,
    name: project.title,
    description: project.summary ?? project.title,
    inLanguage: locale,
    isAccessibleForFree: true,
    spatialCoverage: { '@type': 'Place', name: countryName(project.country, locale), address: { '@type': 'PostalAddress', addressCountry: project.country } },
    temporalCoverage: temporal ?? (startYear ? `${startYear}/${endYear ?? '..'}` : undefined),
    keywords: (project.sdgIndicators ?? []).map((code) => `SDG ${code}`),
    contributor: (project.partners ?? []).map((p) => ({ '@type': 'Organization', name: p.name })),
    variableMeasured: metrics.map((m) => {
      const unit = m.unit as MetricUnit
      const bounds = unitBounds(unit)
      const ids = [m.sdgIndicator ? `SDG ${m.sdgIndicator}` : null, m.irisCode ? `IRIS+ ${m.irisCode}` : null].filter(Boolean)
      return {
        '@type': 'PropertyValue',
        name: m.name,
        description: m.definition ?? (isSdgIndicatorCode(m.sdgIndicator) ? indicators[m.sdgIndicator].label.en : undefined),
        propertyID: ids.length ? ids.join(', ') : m.code,
        unitText: unitText[unit] ?? m.unit,
        minValue: bounds.min,
        maxValue: bounds.max,
      }
    }),
    dateModified: project.updatedAt,
  }
}
