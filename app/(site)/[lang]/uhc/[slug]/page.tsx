import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/catalogue/JsonLd'
import { CopyBlock } from '@/components/uhc/CopyBlock'
import { ResourceCard } from '@/components/uhc/ResourceCard'
import { contentReadMode } from '@/editorial/preview'
import { countryName, languageName } from '@/geo/countries'
import type { AppLocale } from '@/i18n/locales'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { absoluteUrl, alternatesFor } from '@/seo/alternates'
import { uhcResourceJsonLd } from '@/seo/uhcJsonLd'
import { apaCitation, bibtexCitation } from '@/uhc/citation'
import { getResourceBySlug, relatedResources } from '@/uhc/queries'
import { licenceInfo, type Licence, type ResourceType } from '@/uhc/vocabulary'

import '@/components/uhc/uhc.css'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<SearchParams> }

async function load(props: Props) {
  const { lang, slug } = await props.params
  const locale = localeParam(lang)
  const mode = await contentReadMode(await props.searchParams)
  const resource = await getResourceBySlug(slug, locale, mode.draft, mode.user)
  return { locale, mode, resource }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, resource } = await load(props)
  if (!resource) return {}
  return {
    title: resource.title,
    description: resource.summary ?? undefined,
    alternates: alternatesFor(locale, `/uhc/${resource.slug}`),
    robots: resource._status === 'published' ? undefined : { index: false, follow: false },
  }
}

function formatSize(bytes: number | null | undefined, locale: AppLocale): string {
  if (typeof bytes !== 'number') return ''
  const units = ['byte', 'kilobyte', 'megabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit ? 1 : 0 }).format(value)
}

const formatName = (mime: string | null | undefined) => (mime === 'text/csv' ? 'CSV' : mime === 'application/pdf' ? 'PDF' : (mime ?? ''))

export default async function UhcResourcePage(props: Props) {
  const { locale, mode, resource } = await load(props)
  if (!resource) notFound()
  const t = getTranslator(locale, 'uhc')
  const tc = getTranslator(locale)
  const url = absoluteUrl(locale, `/uhc/${resource.slug}`)
  const related = await relatedResources(resource, locale)
  const licence = licenceInfo[resource.licence as Licence]
  const citationSource = {
    slug: resource.slug,
    title: resource.title,
    resourceType: resource.resourceType as ResourceType,
    authors: resource.authors,
    organisations: resource.organisations,
    publishedOn: resource.publishedOn,
    citation: resource.citation,
    pageUrl: url,
  }
  const dateText = resource.publishedOn ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(resource.publishedOn)) : ''
  const list = (values: string[]) => values.join(locale === 'ja' || locale.startsWith('zh') ? '、' : ', ')

  const meta: [string, React.ReactNode][] = [
    [t('detail.type'), t(`type.${resource.resourceType}`)],
    [t('detail.published'), resource.publishedOn ? <time dateTime={resource.publishedOn.slice(0, 10)}>{dateText}</time> : null],
    [t('detail.authors'), resource.authors?.length ? list(resource.authors.map((a) => (a.affiliation ? `${a.name} (${a.affiliation})` : a.name))) : null],
    [t('detail.organisations'), resource.organisations?.length ? list(resource.organisations.map((o) => o.name)) : null],
    [t('detail.countries'), resource.countries?.length ? list(resource.countries.map((c) => countryName(c, locale))) : null],
    [t('detail.regions'), resource.regions?.length ? list(resource.regions.map((r) => t(`region.${r}`))) : null],
    [t('detail.topics'), resource.topics?.length ? list(resource.topics.map((v) => t(`topic.${v}`))) : null],
    [t('detail.blocks'), resource.buildingBlocks?.length ? list(resource.buildingBlocks.map((v) => t(`block.${v}`))) : null],
    [t('detail.sdgs'), resource.sdgTargets?.length ? list(resource.sdgTargets.map((v) => t(`sdg.${v}`))) : null],
    [t('detail.languages'), resource.languages?.length ? list(resource.languages.map((l) => languageName(l, locale))) : null],
    [t('detail.licence'), licence ? (licence.url ? <a href={licence.url} rel="license">{licence.name}</a> : licence.name) : null],
    [t('detail.doi'), resource.citation?.doi ? <a href={`https://doi.org/${resource.citation.doi}`}>{resource.citation.doi}</a> : null],
  ]

  return (
    <div className="container">
      <JsonLd data={uhcResourceJsonLd(resource, locale, url)} />
      <nav className="breadcrumbs" aria-label={tc('nav.breadcrumb')}>
        <ol>
          <li>
            <a href={`/${locale}`}>{tc('nav.home')}</a>
          </li>
          <li>
            <a href={`/${locale}/uhc`}>{t('title')}</a>
          </li>
          <li aria-current="page">{resource.title}</li>
        </ol>
      </nav>
      {mode.draft ? (
        <p className="notice" role="status">
          {t('detail.preview')}
        </p>
      ) : null}
      <p className="uhc-card__meta">
        <span className="uhc-badge">{t(`type.${resource.resourceType}`)}</span>
        {resource.publishedOn ? <span>{resource.publishedOn.slice(0, 4)}</span> : null}
      </p>
      <h1>{resource.title}</h1>
      <div className="uhc-detail">
        <article>
          {resource.summary ? (
            <section aria-labelledby="uhc-summary">
              <h2 id="uhc-summary">{t('detail.summary')}</h2>
              <p>{resource.summary}</p>
            </section>
          ) : null}
          {resource.body ? <RichText data={resource.body} /> : null}
          {resource.resourceType === 'video' && resource.videoUrl ? (
            <p>
              <a href={resource.videoUrl}>{t('detail.watch')}</a>
            </p>
          ) : null}
          <section aria-labelledby="uhc-cite">
            <h2 id="uhc-cite">{t('detail.cite')}</h2>
            <CopyBlock id="cite-apa" heading={t('detail.apa')} text={apaCitation(citationSource)} labels={{ copy: t('detail.copy'), copied: t('detail.copied') }} />
            <CopyBlock id="cite-bibtex" heading={t('detail.bibtex')} text={bibtexCitation(citationSource)} labels={{ copy: t('detail.copy'), copied: t('detail.copied') }} />
          </section>
        </article>
        <aside className="uhc-aside">
          <section aria-labelledby="uhc-downloads">
            <h2 id="uhc-downloads">{t('detail.downloads')}</h2>
            {resource.files.length ? (
              <ul className="uhc-downloads">
                {resource.files.map((d) => (
                  <li key={`${d.language}-${d.file.id}`}>
                    {d.label ? <span className="uhc-download__label">{d.label}</span> : null}
                    <a href={d.file.url ?? '#'} download={d.file.filename ?? true} hrefLang={d.language} type={d.file.mimeType ?? undefined}>
                      {t('detail.download', {
                        language: languageName(d.language, locale),
                        format: formatName(d.file.mimeType),
                        size: formatSize(d.file.filesize, locale),
                      })}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('detail.noDownloads')}</p>
            )}
          </section>
          <section aria-labelledby="uhc-details">
            <h2 id="uhc-details">{t('detail.details')}</h2>
            <dl className="uhc-meta">
              {meta
                .filter(([, value]) => value !== null && value !== '')
                .map(([term, value]) => (
                  <div key={term} style={{ display: 'contents' }}>
                    <dt>{term}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
            </dl>
          </section>
        </aside>
      </div>
      {related.length ? (
        <section aria-labelledby="uhc-related">
          <h2 id="uhc-related">{t('detail.related')}</h2>
          <ul className="uhc-related">
            {related.map((r) => (
              <li key={String(r.id)}>
                <ResourceCard
                  locale={locale}
                  resource={{ slug: r.slug, title: r.title, summary: r.summary, type: r.resourceType, year: r.publishedOn?.slice(0, 4), countries: r.countries, languages: r.languages }}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a href={`/${locale}/uhc`}>{t('detail.back')}</a>
      </p>
    </div>
  )
}
