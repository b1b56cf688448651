import type { Metadata } from 'next'

import { ChartLegend } from '@/components/impact/ChartLegend'
import { ImpactBreadcrumbs } from '@/components/impact/ImpactBreadcrumbs'
import { ImpactProjectCard } from '@/components/impact/ImpactProjectCard'
import { MetricFigure } from '@/components/impact/MetricFigure'
import { axisFor, yearsFor } from '@/components/impact/MetricChart'
import { countryName } from '@/geo/countries'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { valueFormatter } from '@/impact/format'
import { indicatorKey, indicators, sdgIndicatorCodes } from '@/impact/indicators'
import { filterProjects, indicatorPanels, parseImpactFilters, projectCountries, summaryFigures } from '@/impact/overview'
import { listImpactProjects } from '@/impact/queries'
import { alternatesFor } from '@/seo/alternates'

import '@/components/impact/impact.css'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'impact')
  const filters = parseImpactFilters(await searchParams)
  return {
    title: t('overview.title'),
    description: t('overview.intro'),
    alternates: alternatesFor(locale, '/impact'),
    robots: filters.country || filters.indicator ? { index: false, follow: true } : undefined,
  }
}

export default async function ImpactOverviewPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'impact')
  const filters = parseImpactFilters(await searchParams)
  const all = await listImpactProjects(locale)
  const projects = filterProjects(all, filters)
  const figures = summaryFigures(projects)
  const panels = indicatorPanels(projects, filters)
  const count = new Intl.NumberFormat(locale)
  const people = valueFormatter(locale, 'people')
  const filtered = Boolean(filters.country || filters.indicator)

  return (
    <div className="container impact-page">
      <ImpactBreadcrumbs locale={locale} />
      <h1>{t('overview.title')}</h1>
      <p className="impact-lead">{t('overview.intro')}</p>

      {all.length === 0 ? (
        <div className="empty">
          <h2>{t('overview.emptyTitle')}</h2>
          <p>{t('overview.emptyBody')}</p>
        </div>
      ) : (
        <>
          <form className="impact-filters" method="get" action={`/${locale}/impact`} aria-labelledby="impact-filters-title">
            <h2 id="impact-filters-title" className="visually-hidden">
              {t('filters.title')}
            </h2>
            <div className="impact-filters__field">
              <label htmlFor="impact-country">{t('filters.country')}</label>
              <select id="impact-country" name="country" defaultValue={filters.country ?? ''}>
                <option value="">{t('filters.allCountries')}</option>
                {projectCountries(all).map((code) => (
                  <option key={code} value={code}>
                    {countryName(code, locale)}
                  </option>
                ))}
              </select>
            </div>
            <div className="impact-filters__field">
              <label htmlFor="impact-indicator">{t('filters.indicator')}</label>
              <select id="impact-indicator" name="indicator" defaultValue={filters.indicator ?? ''}>
                <option value="">{t('filters.allIndicators')}</option>
                {sdgIndicatorCodes.map((code) => (
                  <option key={code} value={code}>
                    {code} {t(`indicators.${indicatorKey(code)}.short`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button">
              {t('filters.apply')}
            </button>
            {filtered ? (
              <a className="button secondary" href={`/${locale}/impact`}>
                {t('filters.clear')}
              </a>
            ) : null}
          </form>

          <section aria-labelledby="impact-figures-title">
            <h2 id="impact-figures-title" className="visually-hidden">
              {t('figures.title')}
            </h2>
            <dl className="impact-figures">
              <div>
                <dt>{t('figures.projects')}</dt>
                <dd>{count.format(figures.projects)}</dd>
              </div>
              <div>
                <dt>{t('figures.countries')}</dt>
                <dd>{count.format(figures.countries)}</dd>
              </div>
              {figures.peopleReached !== null ? (
                <div>
                  <dt>{t('figures.peopleReached')}</dt>
                  <dd>{people(figures.peopleReached)}</dd>
                </div>
              ) : null}
            </dl>
          </section>

          {projects.length === 0 ? (
            <div className="empty" role="status">
              <h2>{t('overview.noMatchTitle')}</h2>
              <p>{t('overview.noMatchBody')}</p>
              <a className="button" href={`/${locale}/impact`}>
                {t('filters.clear')}
              </a>
            </div>
          ) : (
            <>
              {panels.map((panel) => {
                const key = indicatorKey(panel.indicator)
                const seriesList = panel.entries.map((e) => e.series)
                const yAxis = axisFor(seriesList, panel.unit, 4)
                const years = yearsFor(seriesList)
                const indicatorName = t(`indicators.${key}.name`)
                return (
                  <section key={panel.indicator} className="impact-panel" aria-labelledby={`panel-${key}`}>
                    <h2 id={`panel-${key}`}>
                      {t('card.sdg', { code: panel.indicator })} · {indicatorName}
                    </h2>
                    <p className="impact-panel__meta">
                      {t(`units.${panel.unit}`)} · {t(`direction.${indicators[panel.indicator].direction}`)}
                    </p>
                    <ChartLegend locale={locale} />
                    <ul className="impact-multiples">
                      {panel.entries.map(({ project, metric, series }) => {
                        const title = t('overview.chartTitle', { indicator: t(`indicators.${key}.short`), project: project.title })
                        return (
                          <li key={`${project.slug}-${metric.code}`}>
                            <h3>
                              <a href={`/${locale}/impact/${project.slug}`}>{project.title}</a>
                            </h3>
                            <p className="card__meta">{countryName(project.country, locale)}</p>
                            <MetricFigure
                              locale={locale}
                              id={`overview-${project.slug}-${metric.code}`}
                              title={title}
                              tableCaption={t('table.caption', { title })}
                              unit={metric.unit}
                              direction={metric.direction}
                              series={series}
                              size="small"
                              yAxis={yAxis}
                              years={years}
                              legend={false}
                            />
                          </li>
                        )
                      })}
                    </ul>
                  </section>
                )
              })}

              <section aria-labelledby="impact-projects-title">
                <h2 id="impact-projects-title">{t('overview.projects')}</h2>
                <ul className="grid">
                  {projects.map((project) => (
                    <li key={project.id}>
                      <ImpactProjectCard project={project} locale={locale} />
                    </li>
                  ))}
                </ul>
              </section>
            </>
          )}
        </>
      )}
    </div>
  )
}
