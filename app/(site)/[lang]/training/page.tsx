import type { Metadata } from 'next'

import { Pagination } from '@/components/catalogue/Pagination'
import '@/components/partners/partners.css'
import { ProgramCard } from '@/components/training/ProgramCard'
import { TrainingFilters } from '@/components/training/TrainingFilters'
import { contentReadMode } from '@/editorial/preview'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { alternatesFor } from '@/seo/alternates'
import { hasTrainingFilters, parseTrainingFilters, trainingFiltersQuery } from '@/training/filters'
import { listPrograms } from '@/training/queries'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'training')
  const filters = parseTrainingFilters(await searchParams)
  return {
    title: t('list.title'),
    description: t('list.intro'),
    alternates: alternatesFor(locale, '/training'),
    robots: hasTrainingFilters(filters) || filters.page > 1 ? { index: false, follow: true } : undefined,
  }
}

export default async function TrainingPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).lang)
  const raw = await searchParams
  const filters = parseTrainingFilters(raw)
  const mode = await contentReadMode(raw)
  const t = getTranslator(locale, 'training')
  const result = await listPrograms(locale, filters, mode.draft, mode.user)
  const hrefFor = (page: number) => `/${locale}/training${trainingFiltersQuery(filters, { page })}`
  return (
    <div className="container coop-page">
      <h1>{t('list.title')}</h1>
      <p>{t('list.intro')}</p>
      <div className="listing">
        <TrainingFilters locale={locale} filters={filters} />
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden">
            {t('list.results')}
          </h2>
          <p className="result-count" role="status">
            {t('list.count', { total: result.totalDocs })}
          </p>
          {result.docs.length === 0 ? (
            <div className="empty">
              <h3>{t('list.emptyTitle')}</h3>
              <p>{t('list.emptyBody')}</p>
              <a className="button" href={`/${locale}/training`}>
                {t('filters.clear')}
              </a>
            </div>
          ) : (
            <ul className="coop-list">
              {result.docs.map((program) => (
                <li key={program.id}>
                  <ProgramCard program={program} locale={locale} />
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
