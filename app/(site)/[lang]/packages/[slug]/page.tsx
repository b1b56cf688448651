import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { formatApproximate, formatYen } from '@/catalogue/money'
import { getPackageBySlug, visitorRate } from '@/catalogue/queries'
import { Breadcrumbs } from '@/components/catalogue/Breadcrumbs'
import { JsonLd } from '@/components/catalogue/JsonLd'
import { Price } from '@/components/catalogue/Price'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { absoluteUrl, alternatesFor } from '@/seo/alternates'
import { packageJsonLd } from '@/seo/jsonLd'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const pkg = await getPackageBySlug(locale, slug)
  if (!pkg) return {}
  return { title: pkg.title, description: pkg.summary ?? undefined, alternates: alternatesFor(locale, `/packages/${pkg.slug}`) }
}

function ItemList({ items }: { items: { item: string; id?: string | null }[] | null | undefined }) {
  if (!items?.length) return null
  return (
    <ul>
      {items.map((i, index) => (
        <li key={i.id ?? index}>{i.item}</li>
      ))}
    </ul>
  )
}

export default async function PackagePage({ params }: Props) {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const pkg = await getPackageBySlug(locale, slug)
  if (!pkg) notFound()

  const t = getTranslator(locale, 'catalogue')
  const tc = getTranslator(locale)
  const rate = await visitorRate(locale)
  const hospital = typeof pkg.hospital === 'object' && pkg.hospital ? pkg.hospital : undefined
  const specialty = typeof pkg.specialty === 'object' && pkg.specialty ? pkg.specialty : undefined
  const hospitalPath = hospital ? `/hospitals/${hospital.slug}` : undefined
  const cancellation = pkg.cancellation
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' })

  return (
    <div className="container">
      <JsonLd data={packageJsonLd(pkg, locale, absoluteUrl(locale, `/packages/${pkg.slug}`), hospitalPath ? absoluteUrl(locale, hospitalPath) : undefined)} />
      <Breadcrumbs locale={locale} trail={hospital && hospitalPath ? [{ href: `/${locale}${hospitalPath}`, label: hospital.name }] : []} current={pkg.title} />

      <header className="detail-header">
        {specialty ? <p className="chip">{specialty.name}</p> : null}
        <h1>{pkg.title}</h1>
        {hospital ? (
          <p className="card__meta">
            {t('package.hospital')}: <a href={`/${locale}${hospitalPath}`}>{hospital.name}</a> · {t(`prefecture.${hospital.prefecture}`)}
          </p>
        ) : null}
        {pkg.summary ? <p>{pkg.summary}</p> : null}
      </header>

      <div className="detail-grid">
        <div>
          <section className="panel" aria-labelledby="included">
            <h2 id="included">{t('package.included')}</h2>
            <ItemList items={pkg.included} />
            {pkg.excluded?.length ? (
              <>
                <h3>{t('package.excluded')}</h3>
                <ItemList items={pkg.excluded} />
              </>
            ) : null}
          </section>

          {pkg.extras?.length ? (
            <section className="panel" aria-labelledby="extras">
              <h2 id="extras">{t('package.extras')}</h2>
              <dl className="facts">
                {pkg.extras.map((extra, index) => (
                  <div key={extra.id ?? index} style={{ display: 'contents' }}>
                    <dt>{t(`extraKind.${extra.kind}`)}</dt>
                    <dd>
                      {t(`extraUnit.${extra.unit}`, { amount: formatYen(extra.priceJPY, locale) })}
                      {rate ? <span className="price-approx"> ({tc('currency.approximate', { amount: formatApproximate(extra.priceJPY, rate, locale) })})</span> : null}
                      {extra.note ? <span className="card__meta"> — {extra.note}</span> : null}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}

          {pkg.eligibility ? (
            <section className="panel" aria-labelledby="eligibility">
              <h2 id="eligibility">{t('package.eligibility')}</h2>
              <p>{pkg.eligibility}</p>
            </section>
          ) : null}

          {pkg.requiredDocuments?.length ? (
            <section className="panel" aria-labelledby="documents">
              <h2 id="documents">{t('package.requiredDocuments')}</h2>
              <ItemList items={pkg.requiredDocuments} />
            </section>
          ) : null}
        </div>

        <aside>
          <section className="panel" aria-labelledby="price">
            <h2 id="price">{t('package.price')}</h2>
            <p className="price">
              <Price amountJPY={pkg.priceJPY} locale={locale} rate={rate} />
            </p>
            {typeof pkg.depositJPY === 'number' && pkg.depositJPY > 0 ? (
              <p>
                {t('package.deposit')}: <Price amountJPY={pkg.depositJPY} locale={locale} />
              </p>
            ) : null}
            {typeof pkg.stayNights === 'number' ? (
              <p>{pkg.stayNights > 0 ? t('package.stay', { count: pkg.stayNights }) : t('package.dayTrip')}</p>
            ) : null}
            {pkg.stayNote ? <p className="card__meta">{pkg.stayNote}</p> : null}
            <p className="card__meta">{t('package.priceNote')}</p>
            {rate ? <p className="card__meta">{tc('currency.note', { date: rate.asOf ? dateFormat.format(new Date(rate.asOf)) : '' })}</p> : null}
          </section>

          {cancellation && typeof cancellation.freeUntilDays === 'number' && typeof cancellation.feePercent === 'number' ? (
            <section className="panel" aria-labelledby="cancellation">
              <h2 id="cancellation">{t('package.cancellation')}</h2>
              <p>{t('package.cancellationRule', { days: cancellation.freeUntilDays, percent: cancellation.feePercent })}</p>
              {cancellation.terms ? <p className="card__meta">{cancellation.terms}</p> : null}
            </section>
          ) : null}

          {pkg.languages?.length ? (
            <section className="panel" aria-labelledby="languages">
              <h2 id="languages">{t('package.languages')}</h2>
              <p>{pkg.languages.map((l) => t(`spokenLanguage.${l}`)).join(', ')}</p>
            </section>
          ) : null}

          <p>
            <a className="button" href={`/${locale}/packages/${pkg.slug}/book`}>
              {getTranslator(locale, 'bookings')('picker.book')}
            </a>
          </p>

          <p>
            <a className="button" href={`/${locale}/packages/${pkg.slug}/inquire`}>
              {getTranslator(locale, 'inquiries')('link.ask')}
            </a>
          </p>

          {hospital ? (
            <p>
              <a className="button secondary" href={`/${locale}${hospitalPath}`}>
                {t('package.viewHospital')}
              </a>
            </p>
          ) : null}
        </aside>
      </div>
    </div>
  )
}
