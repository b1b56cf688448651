import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/catalogue/JsonLd'
import { ImpactBreadcrumbs } from '@/components/impact/ImpactBreadcrumbs'
import { MetricFigure } from '@/components/impact/MetricFigure'
import { formatPeriod } from '@/components/impact/period'
import { contentReadMode } from '@/editorial/preview'
import { countryName } from '@/geo/countries'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { indicatorKey, isSdgIndicatorCode } from '@/impact/indicators'
import { getImpactProjectBySlug } from '@/impact/queries'
import { metricSeries } from '@/impact/series'
import { absoluteUrl, alternatesFor } from '@/seo/alternates'
import { impactProjectJsonLd } from '@/seo/impactJsonLd'

import '@/components/impact/impact.css'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<SearchParams> }

const dimensionKeys = ['what', 'who', 'howMuch', 'contribution', 'risk'] as const

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const mode = await contentReadMode(await searchParams)
  const project = await getImpactProjectBySlug(locale, slug, mode)
  if (!project) return {}
  return {
    title: project.title,
    description: project.summary ?? undefined,
    alternates: alternatesFor(locale, `/impact/${project.slug}`),
    robots: mode.draft ? { index: false, follow: false } : undefined,
  }
}

export default async function ImpactProjectPage({ params, searchParams }: Props) {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const mode = await contentReadMode(await searchParams)
  const project = await getImpactProjectBySlug(locale, slug, mode)
  if (!project) notFound()

  const t = getTranslator(locale, 'impact')
  const period = formatPeriod(locale, project.period)
  const codes = (project.sdgIndicators ?? []).filter(isSdgIndicatorCode)
  const dimensions = dimensionKeys.flatMap((key) => {
    const text = project.dimensions?.[key]
    return text ? [{ key, text }] : []
  })
  const partners = project.partners ?? []
  const metrics = project.metrics ?? []

  return (
    <div className="container impact-page">
      <JsonLd data={impactProjectJsonLd(project, locale, absoluteUrl(locale, `/impact/${project.slug}`))} />
      <ImpactBreadcrumbs locale={locale} current={project.title} />
      {mode.draft ? (
        <p className="notice" role="status">
          {t('project.preview')}
        </p>
      ) : null}
      <header className="detail-header">
        <h1>{project.title}</h1>
        <p className="card__meta">
          {countryName(project.country, locale)}
          {period ? ` · ${period}` : ''}
        </p>
        {project.summary ? <p className="impact-lead">{project.summary}</p> : null}
      </header>

      <section className="panel" aria-labelledby="impact-facts">
        <h2 id="impact-facts">{t('project.facts')}</h2>
        <dl className="facts">
          <dt>{t('project.country')}</dt>
          <dd>{countryName(project.country, locale)}</dd>
          {project.region ? (
            <>
              <dt>{t('project.region')}</dt>
              <dd>{t(`regions.${project.region}`)}</dd>
            </>
          ) : null}
          {period ? (
            <>
              <dt>{t('project.period')}</dt>
              <dd>{period}</dd>
            </>
          ) : null}
          {codes.length ? (
            <>
              <dt>{t('project.indicators')}</dt>
              <dd>
                <ul className="impact-plain-list">
                  {codes.map((code) => (
                    <li key={code}>
                      {t('card.sdg', { code })} · {t(`indicators.${indicatorKey(code)}.name`)}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {project.body ? (
        <section className="panel rich-text" aria-labelledby="impact-about">
          <h2 id="impact-about">{t('project.about')}</h2>
          <RichText data={project.body} />
        </section>
      ) : null}

      {dimensions.length ? (
        <section className="panel" aria-labelledby="impact-dimensions">
          <h2 id="impact-dimensions">{t('project.dimensions')}</h2>
          <p className="impact-panel__meta">{t('project.dimensionsIntro')}</p>
          <dl className="impact-dimensions">
            {dimensions.map(({ key, text }) => (
              <div key={key}>
                <dt>{t(`dimensions.${key}`)}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="impact-metrics">
        <h2 id="impact-metrics">{t('project.metrics')}</h2>
        {metrics.length === 0 ? (
          <p>{t('project.noMetrics')}</p>
        ) : (
          metrics.map((metric, index) => {
            const series = metricSeries(metric)
            const title = t('project.chartTitle', { metric: metric.name, project: project.title })
            const headingId = `metric-heading-${index}`
            return (
              <article key={metric.id ?? metric.code} className="panel impact-metric" aria-labelledby={headingId}>
                <h3 id={headingId}>{metric.name}</h3>
                <dl className="facts">
                  <dt>{t('metric.unit')}</dt>
                  <dd>{t(`units.${metric.unit}`)}</dd>
                  <dt>{t('metric.direction')}</dt>
                  <dd>{t(`direction.${metric.direction}`)}</dd>
                  {isSdgIndicatorCode(metric.sdgIndicator) ? (
                    <>
                      <dt>{t('metric.sdgIndicator')}</dt>
                      <dd>
                        {t('card.sdg', { code: metric.sdgIndicator })} · {t(`indicators.${indicatorKey(metric.sdgIndicator)}.name`)}
                      </dd>
                    </>
                  ) : null}
                  {metric.irisCode ? (
                    <>
                      <dt>{t('metric.irisCode')}</dt>
                      <dd>
                        <span lang="en">{metric.irisCode}</span>
                      </dd>
                    </>
                  ) : null}
                  {metric.definition ? (
                    <>
                      <dt>{t('metric.definition')}</dt>
                      <dd>{metric.definition}</dd>
                    </>
                  ) : null}
                </dl>
                <MetricFigure
                  locale={locale}
                  id={`metric-${metric.code}`}
                  title={title}
                  tableCaption={t('table.caption', { title })}
                  unit={metric.unit}
                  direction={metric.direction}
                  series={series}
                />
              </article>
            )
          })
        )}
      </section>

      {partners.length ? (
        <section className="panel" aria-labelledby="impact-partners">
          <h2 id="impact-partners">{t('project.partners')}</h2>
          <ul className="impact-plain-list">
            {partners.map((partner, index) => (
              <li key={partner.id ?? index}>
                <strong>{partner.name}</strong>
                {partner.role ? ` — ${partner.role}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p>
        <a href={`/${locale}/impact`}>{t('project.back')}</a>
      </p>
    </div>
  )
}
