import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/catalogue/JsonLd'
import '@/components/partners/partners.css'
import { SolutionRequestSection } from '@/components/partners/RequestSection'
import { contentReadMode } from '@/editorial/preview'
import { countryName } from '@/geo/countries'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { absoluteUrl, alternatesFor } from '@/seo/alternates'
import { solutionJsonLd } from '@/seo/cooperationJsonLd'
import { getSolutionBySlug } from '@/solutions/queries'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<SearchParams> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const mode = await contentReadMode(await searchParams)
  const solution = await getSolutionBySlug(locale, slug, mode.draft, mode.user)
  if (!solution) return {}
  return {
    title: solution.title,
    description: solution.summary ?? undefined,
    alternates: alternatesFor(locale, `/solutions/${solution.slug}`),
    robots: mode.draft ? { index: false } : undefined,
  }
}

export default async function SolutionPage({ params, searchParams }: Props) {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const mode = await contentReadMode(await searchParams)
  const solution = await getSolutionBySlug(locale, slug, mode.draft, mode.user)
  if (!solution) notFound()
  const t = getTranslator(locale, 'partners')
  const company = solution.company
  return (
    <div className="container coop-page">
      <JsonLd data={solutionJsonLd(solution, locale, absoluteUrl(locale, `/solutions/${solution.slug}`))} />
      <p>
        <a href={`/${locale}/solutions`}>{t('solutions.back')}</a>
      </p>
      <header className="detail-header">
        <p className="coop-badge">{t(`category.${solution.category}`)}</p>
        <h1>{solution.title}</h1>
        <p className="coop-meta">{company?.name}</p>
        {solution.summary ? <p>{solution.summary}</p> : null}
      </header>
      <div className="detail-grid">
        <div>
          {solution.body ? (
            <section className="panel rich-text" aria-labelledby="about">
              <h2 id="about">{t('solutions.about')}</h2>
              <RichText data={solution.body} />
            </section>
          ) : null}
          {solution.referenceProjects?.length ? (
            <section className="panel" aria-labelledby="references">
              <h2 id="references">{t('solutions.references')}</h2>
              <ul className="coop-list">
                {solution.referenceProjects.map((project) => (
                  <li key={project.id ?? project.title}>
                    <article className="coop-card">
                      <h3>{project.title}</h3>
                      <p className="coop-meta">
                        {[project.country ? countryName(project.country, locale) : null, project.year ? String(project.year) : null].filter(Boolean).join(' · ')}
                      </p>
                      {project.description ? <p>{project.description}</p> : null}
                    </article>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <SolutionRequestSection
            locale={locale}
            solution={{ id: String(solution.id), title: solution.title, company: company?.name ?? '' }}
            path={`/${locale}/solutions/${solution.slug}`}
          />
        </div>
        <aside>
          <section className="panel" aria-labelledby="company">
            <h2 id="company">{t('solutions.company')}</h2>
            <dl className="facts">
              <dt>{t('solutions.company')}</dt>
              <dd>{company?.website ? <a href={company.website} rel="noopener noreferrer">{company.name}</a> : company?.name}</dd>
              {company?.country ? (
                <>
                  <dt>{t('register.country')}</dt>
                  <dd>{countryName(company.country, locale)}</dd>
                </>
              ) : null}
            </dl>
          </section>
          {solution.targetCountries?.length ? (
            <section className="panel" aria-labelledby="targets">
              <h2 id="targets">{t('solutions.targetCountries')}</h2>
              <ul className="coop-badges">
                {solution.targetCountries.map((code) => (
                  <li key={code} className="coop-badge">
                    <a href={`/${locale}/solutions?country=${code}`}>{countryName(code, locale)}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  )
}
