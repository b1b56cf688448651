import type { Metadata } from 'next'

import { Pagination } from '@/components/catalogue/Pagination'
import { AutoSubmit } from '@/components/search/AutoSubmit'
import { FacetGroup, type FacetOption } from '@/components/search/FacetGroup'
import { ResourceCard } from '@/components/uhc/ResourceCard'
import { countryName, languageName, whoRegions } from '@/geo/countries'
import type { AppLocale } from '@/i18n/locales'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { alternatesFor } from '@/seo/alternates'
import { parseUhcQuery, uhcHref, withoutValue } from '@/uhc/search/params'
import { uhcFacetNames, type UhcFacet } from '@/uhc/search/port'
import { searchUhc } from '@/uhc/search/service'
import { buildingBlocks, resourceLanguages, resourceTypes, sdgTargets, topics } from '@/uhc/vocabulary'

import '@/components/uhc/uhc.css'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'uhc')
  const hasState = Object.keys(await searchParams).length > 0
  return {
    title: t('title'),
    description: t('intro'),
    alternates: {
      ...alternatesFor(locale, '/uhc'),
      types: { 'application/rss+xml': `/${locale}/uhc/feed.xml`, 'application/atom+xml': `/${locale}/uhc/atom.xml` },
    },
    robots: hasState ? { index: false, follow: true } : undefined,
  }
}

function labeller(locale: AppLocale): Record<UhcFacet, (value: string) => string> {
  const t = getTranslator(locale, 'uhc')
  return {
    type: (v) => t(`type.${v}`),
    topic: (v) => t(`topic.${v}`),
    block: (v) => t(`block.${v}`),
    sdg: (v) => t(`sdg.${v}`),
    country: (v) => countryName(v, locale),
    region: (v) => t(`region.${v}`),
    language: (v) => languageName(v, locale),
    year: (v) => v,
  }
}

export default async function UhcHubPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'uhc')
  const query = parseUhcQuery(locale, await searchParams)
  const result = await searchUhc(query)
  const labelOf = labeller(locale)

  // Fixed vocabularies keep their order; countries by name, years newest first.
  const order: Record<UhcFacet, (values: string[]) => string[]> = {
    type: () => [...resourceTypes],
    topic: () => [...topics],
    block: () => [...buildingBlocks],
    sdg: () => [...sdgTargets],
    region: () => [...whoRegions],
    language: (values) => resourceLanguages.filter((l) => values.includes(l)),
    country: (values) => values.sort((a, b) => labelOf.country(a).localeCompare(labelOf.country(b), locale)),
    year: (values) => values.sort((a, b) => b.localeCompare(a)),
  }
  const optionsFor = (facet: UhcFacet): FacetOption[] => {
    const counts = result.facets[facet] ?? {}
    const selected = query.filters[facet] ?? []
    const present = [...new Set([...Object.keys(counts), ...selected])]
    return order[facet](present)
      .filter((value) => (counts[value] ?? 0) > 0 || selected.includes(value))
      .map((value) => ({ value, label: labelOf[facet](value), count: counts[value] ?? 0, checked: selected.includes(value) }))
  }
  const chips = uhcFacetNames.flatMap((facet) =>
    (query.filters[facet] ?? []).map((value) => ({ label: labelOf[facet](value), href: uhcHref(locale, query, withoutValue(query, facet, value)) })),
  )
  const clearAll = uhcHref(locale, { ...query, filters: {}, page: 1 })

  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="uhc-feeds">
        <a href={`/${locale}/uhc/feed.xml`} type="application/rss+xml">
          {t('feedRss')}
        </a>
        <a href={`/${locale}/uhc/atom.xml`} type="application/atom+xml">
          {t('feedAtom')}
        </a>
      </p>
      <form method="get" action={`/${locale}/uhc`} role="search" aria-label={t('title')}>
        <AutoSubmit />
        <div className="uhc-bar">
          <div className="field">
            <label htmlFor="uhc-q">{t('queryLabel')}</label>
            <input id="uhc-q" name="q" type="search" defaultValue={query.q} placeholder={t('queryPlaceholder')} maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="uhc-sort">{t('sort.label')}</label>
            <select id="uhc-sort" name="sort" defaultValue={query.sort}>
              <option value="relevance">{t('sort.relevance')}</option>
              <option value="newest">{t('sort.newest')}</option>
            </select>
          </div>
          <button type="submit" className="primary">
            {t('submit')}
          </button>
        </div>

        <div className="listing">
          <div className="filters">
            <h2 className="filters__title">{t('facets.title')}</h2>
            {uhcFacetNames.map((facet) => (
              <FacetGroup key={facet} name={facet} legend={t(`facets.${facet}`)} options={optionsFor(facet)} />
            ))}
            <button type="submit" className="primary">
              {t('apply')}
            </button>
          </div>

          <section aria-labelledby="uhc-results-title">
            <h2 id="uhc-results-title" className="visually-hidden">
              {t('results')}
            </h2>
            {result.degraded ? (
              <p className="notice" role="status">
                {t('degraded')}
              </p>
            ) : null}
            <p className="result-count" role="status">
              {t('count', { count: result.total })}
            </p>
            {chips.length ? (
              <div className="chips-bar">
                <ul className="chips" aria-label={t('activeFilters')}>
                  {chips.map((c) => (
                    <li key={c.href}>
                      <a className="chip chip--removable" href={c.href} aria-label={t('removeFilter', { label: c.label })}>
                        {c.label} <span aria-hidden="true">×</span>
                      </a>
                    </li>
                  ))}
                  <li>
                    <a className="chip" href={clearAll}>
                      {t('clearAll')}
                    </a>
                  </li>
                </ul>
              </div>
            ) : null}
            {result.hits.length === 0 ? (
              <div className="empty">
                <h3>{t('emptyTitle')}</h3>
                <p>{t('emptyBody')}</p>
                {chips.length ? <a href={clearAll}>{t('clearAll')}</a> : null}
              </div>
            ) : (
              <ol className="uhc-results">
                {result.hits.map((hit) => (
                  <li key={hit.id}>
                    <ResourceCard
                      locale={locale}
                      resource={{ slug: hit.slug, title: hit.title, summary: hit.summary, type: hit.type, year: hit.year, countries: hit.countries, languages: hit.languages }}
                    />
                  </li>
                ))}
              </ol>
            )}
            <Pagination
              locale={locale}
              page={result.page}
              totalPages={Math.ceil(result.total / result.pageSize)}
              hrefFor={(page) => uhcHref(locale, query, { page })}
            />
          </section>
        </div>
      </form>
    </div>
  )
}
