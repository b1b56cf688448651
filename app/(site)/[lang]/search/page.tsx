import type { Metadata } from 'next'

import { formatYen } from '@/catalogue/money'
import { listSpecialties } from '@/catalogue/queries'
import { fixedFilterVocabularies, listFilterKeys, type ListFilterKey } from '@/catalogue/vocabulary'
import { Pagination } from '@/components/catalogue/Pagination'
import { AutoSubmit } from '@/components/search/AutoSubmit'
import { FacetGroup, type FacetOption } from '@/components/search/FacetGroup'
import { SearchBox } from '@/components/search/SearchBox'
import { localeParam } from '@/i18n/request'
import { getTranslator, pluralTemplates } from '@/i18n/server'
import { pageSearchQuery } from '@/search/pageQuery'
import { nearPlaces, nearValue } from '@/search/places'
import type { FacetName, SearchQuery } from '@/search/port'
import { search } from '@/search/service'
import { searchHref, withoutBound, withoutFilterValue } from '@/search/urls'
import { priceBandRange, priceBands, stayBands, type PriceBandId } from '@/search/bands'
import { alternatesFor } from '@/seo/alternates'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'search')
  const hasState = Object.keys(await searchParams).length > 0
  return {
    title: t('title'),
    description: t('intro'),
    alternates: alternatesFor(locale, '/search'),
    robots: hasState ? { index: false, follow: true } : undefined,
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'search')
  const tc = getTranslator(locale, 'catalogue')
  const { query, problems } = pageSearchQuery(locale, await searchParams)
  const [result, specialties] = await Promise.all([search(query), listSpecialties(locale)])

  const specialtyNames = new Map(specialties.map((s) => [s.slug, s.name]))
  const labelOf: Record<FacetName, (value: string) => string> = {
    specialty: (v) => specialtyNames.get(v) ?? v,
    prefecture: (v) => tc(`prefecture.${v}`),
    language: (v) => tc(`spokenLanguage.${v}`),
    accreditation: (v) => tc(`accreditation.${v}`),
    support: (v) => tc(`support.${v}`),
    priceBand: (v) => t(`priceBand.${v}`),
    stayBand: (v) => t(`stayBand.${v}`),
  }
  const vocabulary: Record<ListFilterKey, readonly string[]> = {
    specialty: specialties.map((s) => s.slug),
    ...fixedFilterVocabularies,
  }
  const optionsFor = (facet: ListFilterKey): FacetOption[] => {
    const counts = result.facets[facet] ?? {}
    const selected = query.filters[facet] ?? []
    return vocabulary[facet]
      .filter((value) => (counts[value] ?? 0) > 0 || selected.includes(value))
      .map((value) => ({ value, label: labelOf[facet](value), count: counts[value] ?? 0, checked: selected.includes(value) }))
  }
  const bandCounts = (facet: 'priceBand' | 'stayBand', bands: readonly { id: string }[]) =>
    bands
      .filter((b) => (result.facets[facet]?.[b.id] ?? 0) > 0)
      .map((b) => ({ band: b.id, label: labelOf[facet](b.id), count: result.facets[facet]?.[b.id] ?? 0 }))
  // A band is a shortcut for the numeric bounds it stands for.
  const priceBandHref = (id: PriceBandId) => {
    const { priceMin, priceMax } = priceBandRange(id)
    const filters = { ...query.filters, priceMin, priceMax: priceMax === undefined ? undefined : priceMax - 1 }
    if (filters.priceMax === undefined) delete filters.priceMax
    return searchHref(locale, query, { filters, page: 1 })
  }
  const stayBandHref = (nights: number | undefined) =>
    nights === undefined ? undefined : searchHref(locale, query, { filters: { ...query.filters, stayMax: nights }, page: 1 })

  const chips: { label: string; href: string }[] = [
    ...listFilterKeys.flatMap((key) =>
      (query.filters[key] ?? []).map((value) => ({ label: labelOf[key](value), href: searchHref(locale, query, withoutFilterValue(query, key, value)) })),
    ),
    ...(query.filters.priceMin !== undefined ? [{ label: `≥ ${formatYen(query.filters.priceMin, locale)}`, href: searchHref(locale, query, withoutBound(query, 'priceMin')) }] : []),
    ...(query.filters.priceMax !== undefined ? [{ label: `≤ ${formatYen(query.filters.priceMax, locale)}`, href: searchHref(locale, query, withoutBound(query, 'priceMax')) }] : []),
    ...(query.filters.stayMax !== undefined ? [{ label: `${t('stayMax')}: ${query.filters.stayMax}`, href: searchHref(locale, query, withoutBound(query, 'stayMax')) }] : []),
  ]
  const type = query.type ?? 'package'
  const otherType = type === 'package' ? 'hospital' : 'package'
  const nearSelected = query.near ? `${query.near.lat},${query.near.lng}` : ''
  const hrefFor = (page: number) => searchHref(locale, query, { page })
  const clearAll: SearchQuery = { ...query, filters: {}, page: 1 }

  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form className="search-layout" method="get" action={`/${locale}/search`} role="search">
        <AutoSubmit />
        <div className="search-bar">
          <SearchBox
            locale={locale}
            defaultValue={query.q}
            labels={{ label: t('queryLabel'), placeholder: t('queryPlaceholder'), suggestions: t('suggestions') }}
            countTemplates={pluralTemplates(locale, 'search', 'suggestionsCount')}
          />
          <div className="field">
            <label htmlFor="search-type">{t('type.label')}</label>
            <select id="search-type" name="type" defaultValue={type}>
              <option value="package">{t('type.package')}</option>
              <option value="hospital">{t('type.hospital')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="search-sort">{t('sort.label')}</label>
            <select id="search-sort" name="sort" defaultValue={query.sort}>
              {(['relevance', 'price_asc', 'price_desc', 'distance'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="search-near">{t('near.label')}</label>
            <select id="search-near" name="near" defaultValue={nearSelected}>
              <option value="">{t('near.none')}</option>
              {nearPlaces.map((p) => (
                <option key={p.id} value={nearValue(p)}>
                  {t(`places.${p.id}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="primary">
            {t('submit')}
          </button>
        </div>

        <div className="listing">
          <div className="filters">
            <h2 className="filters__title">{t('facets.title')}</h2>
            {listFilterKeys.map((key) => (
              <FacetGroup key={key} name={key} legend={t(`facets.${key}`)} options={optionsFor(key)} />
            ))}
            <fieldset className="facet">
              <legend>{t('facets.priceBand')}</legend>
              <ul className="facet__bands">
                {bandCounts('priceBand', priceBands).map((b) => (
                  <li key={b.band}>
                    <a href={priceBandHref(b.band as PriceBandId)}>{b.label}</a> <span className="facet__count">({b.count})</span>
                  </li>
                ))}
              </ul>
              <div className="field">
                <label htmlFor="price-min">{t('price.min')}</label>
                <input id="price-min" name="priceMin" type="number" inputMode="numeric" min={0} step={1000} defaultValue={query.filters.priceMin} />
              </div>
              <div className="field">
                <label htmlFor="price-max">{t('price.max')}</label>
                <input id="price-max" name="priceMax" type="number" inputMode="numeric" min={0} step={1000} defaultValue={query.filters.priceMax} />
              </div>
            </fieldset>
            <fieldset className="facet">
              <legend>{t('facets.stayBand')}</legend>
              <ul className="facet__bands">
                {bandCounts('stayBand', stayBands).map((b) => {
                  const band = stayBands.find((s) => s.id === b.band)
                  const href = stayBandHref(band && 'maxNights' in band ? band.maxNights : undefined)
                  return (
                    <li key={b.band}>
                      {href ? <a href={href}>{b.label}</a> : b.label} <span className="facet__count">({b.count})</span>
                    </li>
                  )
                })}
              </ul>
              <div className="field">
                <label htmlFor="stay-max">{t('stayMax')}</label>
                <input id="stay-max" name="stayMax" type="number" inputMode="numeric" min={0} defaultValue={query.filters.stayMax} />
              </div>
            </fieldset>
            <button type="submit" className="primary">
              {t('apply')}
            </button>
          </div>

          <section aria-labelledby="search-results-title">
            <h2 id="search-results-title" className="visually-hidden">
              {tc('hospitals.results')}
            </h2>
            {problems.map((p) => (
              <p key={p.parameter} className="notice" role="status">
                {t('invalid', { message: p.message })}
              </p>
            ))}
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
                <h3 className="visually-hidden">{t('activeFilters')}</h3>
                <ul className="chips" aria-label={t('activeFilters')}>
                  {chips.map((c) => (
                    <li key={c.href}>
                      <a className="chip chip--removable" href={c.href} aria-label={t('removeFilter', { label: c.label })}>
                        {c.label} <span aria-hidden="true">×</span>
                      </a>
                    </li>
                  ))}
                  <li>
                    <a className="chip" href={searchHref(locale, clearAll)}>
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
                <ul className="empty__tips">
                  {chips.length ? (
                    <li>
                      <a href={searchHref(locale, clearAll)}>{t('emptyRemoveFilter')}</a>
                    </li>
                  ) : null}
                  <li>{t('emptySpelling')}</li>
                  <li>
                    <a href={searchHref(locale, query, { type: otherType, page: 1 })}>{t('emptyOtherType', { type: t(`type.${otherType}`) })}</a>
                  </li>
                </ul>
              </div>
            ) : (
              <ol className="results">
                {result.hits.map((hit) => (
                  <li key={hit.id} className="card">
                    <div className="card__body">
                      <h3 className="card__title">
                        <a href={`/${locale}/${hit.type === 'package' ? 'packages' : 'hospitals'}/${hit.slug}`} dangerouslySetInnerHTML={{ __html: hit.highlight || hit.title }} />
                      </h3>
                      <p className="card__meta">
                        {hit.type === 'package'
                          ? t('at', { hospital: hit.hospital.name, prefecture: tc(`prefecture.${hit.prefecture}`) })
                          : tc(`prefecture.${hit.prefecture}`)}
                        {typeof hit.distanceKm === 'number' ? ` · ${t('distance', { km: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(hit.distanceKm) })}` : ''}
                      </p>
                      {hit.summary ? <p>{hit.summary}</p> : null}
                      {typeof hit.priceJPY === 'number' ? <p className="price-yen">{hit.type === 'hospital' ? tc('package.from', { amount: formatYen(hit.priceJPY, locale) }) : formatYen(hit.priceJPY, locale)}</p> : null}
                    </div>
                  </li>
                ))}
              </ol>
            )}
            <Pagination locale={locale} page={result.page} totalPages={Math.ceil(result.total / result.pageSize)} hrefFor={hrefFor} />
          </section>
        </div>
      </form>
    </div>
  )
}
