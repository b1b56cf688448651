import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { hasActiveFilters, hospitalFiltersQuery, parseHospitalFilters } from '@/catalogue/filters'
import { listHospitals, listSpecialties } from '@/catalogue/queries'
import { HospitalCard } from '@/components/catalogue/HospitalCard'
import { HospitalFilters } from '@/components/catalogue/HospitalFilters'
import { Pagination } from '@/components/catalogue/Pagination'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { alternatesFor } from '@/seo/alternates'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'catalogue')
  const { filters } = parseHospitalFilters(await searchParams)
  return {
    title: t('hospitals.title'),
    description: t('hospitals.intro'),
    alternates: alternatesFor(locale, '/hospitals'),
    // Filtered and paged variants are not separate documents for search engines.
    robots: hasActiveFilters(filters) || filters.page > 1 ? { index: false, follow: true } : undefined,
  }
}

/** A plain GET form leaves empty fields in the URL (`?prefecture=`); tidy links are shareable. */
function hasEmptyValues(params: SearchParams): boolean {
  return Object.values(params).some((v) => (Array.isArray(v) ? v.some((x) => !x) : v === ''))
}

export default async function HospitalsPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).lang)
  const raw = await searchParams
  const { filters, ignored } = parseHospitalFilters(raw)
  if (hasEmptyValues(raw)) redirect(`/${locale}/hospitals${hospitalFiltersQuery(filters)}`)

  const t = getTranslator(locale, 'catalogue')
  const [result, specialties] = await Promise.all([listHospitals(locale, filters), listSpecialties(locale)])
  const hrefFor = (page: number) => `/${locale}/hospitals${hospitalFiltersQuery(filters, { page })}`

  return (
    <div className="container">
      <h1>{t('hospitals.title')}</h1>
      <p>{t('hospitals.intro')}</p>
      <div className="listing">
        <HospitalFilters locale={locale} filters={filters} specialties={specialties} />
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden">
            {t('hospitals.results')}
          </h2>
          {result.degraded ? (
            <p className="notice" role="status">
              {getTranslator(locale, 'search')('degraded')}
            </p>
          ) : null}
          {ignored.length ? (
            <p className="notice" role="status">
              {t("filters.ignored", { list: ignored.join(", ") })}
            </p>
          ) : null}
          <p className="result-count" role="status">
            {t('hospitals.count', { count: result.totalDocs })}
          </p>
          {result.docs.length === 0 ? (
            <div className="empty">
              <h3>{t('hospitals.emptyTitle')}</h3>
              <p>{t('hospitals.emptyBody')}</p>
              <a className="button" href={`/${locale}/hospitals`}>
                {t('hospitals.clearFilters')}
              </a>
            </div>
          ) : (
            <ul className="grid">
              {result.docs.map((h) => (
                <li key={h.id}>
                  <HospitalCard hospital={h} locale={locale} />
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
