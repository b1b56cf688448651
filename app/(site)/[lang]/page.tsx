import type { Metadata } from 'next'

import { featuredHospitals, listSpecialties } from '@/catalogue/queries'
import { HospitalCard } from '@/components/catalogue/HospitalCard'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { alternatesFor } from '@/seo/alternates'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).lang)
  return { alternates: alternatesFor(locale, '/') }
}

export default async function HomePage({ params }: Props) {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'catalogue')
  const [specialties, featured] = await Promise.all([listSpecialties(locale), featuredHospitals(locale)])
  return (
    <div className="container">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t('home.heroTitle')}</h1>
        <p>{t('home.heroBody')}</p>
        <form className="search-box" method="get" action={`/${locale}/hospitals`} role="search">
          <label htmlFor="home-search">{t('home.searchLabel')}</label>
          <input id="home-search" type="search" name="q" placeholder={t('home.searchPlaceholder')} maxLength={100} />
          <button type="submit" className="primary">
            {t('home.searchButton')}
          </button>
        </form>
      </section>

      <section className="section" aria-labelledby="specialties-title">
        <h2 id="specialties-title">{t('home.specialtiesTitle')}</h2>
        <ul className="specialty-list">
          {specialties.map((s) => (
            <li key={s.id}>
              <a href={`/${locale}/hospitals?specialty=${encodeURIComponent(s.slug)}`}>{s.name}</a>
            </li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="featured-title">
        <h2 id="featured-title">{t('home.featuredTitle')}</h2>
        <ul className="grid">
          {featured.map((h) => (
            <li key={h.id}>
              <HospitalCard hospital={h} locale={locale} />
            </li>
          ))}
        </ul>
        <p>
          <a className="button" href={`/${locale}/hospitals`}>
            {t('home.viewAll')}
          </a>
        </p>
      </section>

      <section className="section" aria-labelledby="how-title">
        <h2 id="how-title">{t('home.howTitle')}</h2>
        <ol className="steps">
          <li>{t('home.howFind')}</li>
          <li>{t('home.howAsk')}</li>
          <li>{t('home.howBook')}</li>
        </ol>
      </section>

      <section className="section panel" aria-labelledby="trust-title">
        <h2 id="trust-title">{t('home.trustTitle')}</h2>
        <p>{t('home.trustBody')}</p>
      </section>
    </div>
  )
}
