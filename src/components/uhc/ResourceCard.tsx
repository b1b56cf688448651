import { countryName, languageName } from '@/geo/countries'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

export interface ResourceCardData {
  slug: string
  title: string
  summary?: string | null
  type: string
  year?: string
  countries?: string[] | null
  languages?: string[] | null
}

/** One hub resource in a list: type, year, countries, languages. */
export function ResourceCard({ locale, resource, headingLevel = 3 }: { locale: AppLocale; resource: ResourceCardData; headingLevel?: 2 | 3 }) {
  const t = getTranslator(locale, 'uhc')
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const countries = (resource.countries ?? []).map((c) => countryName(c, locale))
  const languages = (resource.languages ?? []).map((l) => languageName(l, locale))
  return (
    <article className="card uhc-card">
      <p className="uhc-card__meta">
        <span className="uhc-badge">{t(`type.${resource.type}`)}</span>
        {resource.year ? <span>{resource.year}</span> : null}
      </p>
      <Heading>
        <a href={`/${locale}/uhc/${resource.slug}`}>{resource.title}</a>
      </Heading>
      {resource.summary ? <p>{resource.summary.length > 280 ? `${resource.summary.slice(0, 277)}…` : resource.summary}</p> : null}
      <p className="uhc-card__meta">
        {countries.length ? <span>{t('card.countries', { list: countries.join(', ') })}</span> : null}
        {languages.length ? <span>{t('card.languages', { list: languages.join(', ') })}</span> : null}
      </p>
    </article>
  )
}
