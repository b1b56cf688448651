import type { Metadata } from 'next'

import { Pagination } from '@/components/catalogue/Pagination'
import '@/components/partners/partners.css'
import { SolutionFilters } from '@/components/solutions/SolutionFilters'
import { contentReadMode } from '@/editorial/preview'
import { countryName } from '@/geo/countries'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { alternatesFor } from '@/seo/alternates'
import { hasSolutionFilters, parseSolutionFilters, solutionFiltersQuery } from '@/solutions/filters'
import { listSolutions } from '@/solutions/queries'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'partners')
  const filters = parseSolutionFilters(await searchParams)
  return {
    title: t('solutions.title'),
    description: t('solutions.intro'),
    alternates: alternatesFor(locale, '/solutions'),
    robots: hasSolutionFilters(filters) || filters.page > 1 ? { index: false, follow: true } : undefined,
  }
}

export default async function SolutionsPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).lang)
  const raw = await searchParams
  const filters = parseSolutionFilters(raw)
  const mode = await contentReadMode(raw)
  const t = getTranslator(locale, 'partners')
  const result = await listSolutions(locale, filters, mode.draft, mode.user)
  const hrefFor = (page: number) => `/${locale}/solutions${solutionFiltersQuery(filters, { page })}`
  return (
    <div className="container coop-page">
      <h1>{t('solutions.title')}</h1>
      <p>{t('solutions.intro')}</p>
      <div className="listing">
        <SolutionFilters locale={locale} filters={filters} />
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden">
            {t('solutions.results')}
          </h2>
          <p className="result-count" role="status">
            {t('solutions.count', { total: result.totalDocs })}
          </p>
          {result.docs.length === 0 ? (
            <div className="empty">
              <h3>{t('solutions.emptyTitle')}</h3>
              <p>{t('solutions.emptyBody')}</p>
              <a className="button" href={`/${locale}/solutions`}>
                {t('solutions.clear')}
              </a>
            </div>
          ) : (
            <ul className="coop-list">
              {result.docs.map((solution) => (
                <li key={solution.id}>
                  <article className="coop-card">
                    <h3>
                      <a href={`/${locale}/solutions/${solution.slug}`}>{solution.title}</a>
                    </h3>
                    <p className="coop-meta">{solution.company?.name}</p>
                    <ul className="coop-badges">
                      <li className="coop-badge">{t(`category.${solution.category}`)}</li>
                    </ul>
                    {solution.summary ? <p>{solution.summary}</p> : null}
                    {solution.targetCountries?.length ? (
                      <p className="coop-meta">
                        {t('solutions.targetCountries')}: {solution.targetCountries.map((c) => countryName(c, locale)).join(', ')}
                      </p>
                    ) : null}
                  </article>
                </li>
              ))}
            </ul>
          )}
          <Pagination locale={locale} page={result.page} totalPages={result.totalPages} hrefFor={hrefFor} />
        </section>
      </div>
    </div>
  )
}
