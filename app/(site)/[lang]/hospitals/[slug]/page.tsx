import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getHospitalBySlug, listPackagesOfHospital, visitorRate } from '@/catalogue/queries'
import { Breadcrumbs } from '@/components/catalogue/Breadcrumbs'
import { JsonLd } from '@/components/catalogue/JsonLd'
import { imageUrl, populatedMedia } from '@/components/catalogue/media'
import { PackageCard } from '@/components/catalogue/PackageCard'
import { Price } from '@/components/catalogue/Price'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { absoluteUrl, alternatesFor } from '@/seo/alternates'
import { hospitalJsonLd } from '@/seo/jsonLd'

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const hospital = await getHospitalBySlug(locale, slug)
  if (!hospital) return {}
  return {
    title: hospital.name,
    description: hospital.summary ?? undefined,
    alternates: alternatesFor(locale, `/hospitals/${hospital.slug}`),
  }
}

export default async function HospitalPage({ params }: Props) {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const hospital = await getHospitalBySlug(locale, slug)
  if (!hospital) notFound()

  const t = getTranslator(locale, 'catalogue')
  const tc = getTranslator(locale)
  const [packages, rate] = await Promise.all([
    listPackagesOfHospital(locale, hospital.id),
    visitorRate(locale),
  ])
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' })
  const photos = populatedMedia(hospital.photos)
  const specialties = (hospital.specialties ?? []).flatMap((s) => (typeof s === 'object' && s ? [s] : []))
  const office = hospital.internationalOffice
  const fees = hospital.uninsuredFees
  const { lat, lng } = hospital.coordinates ?? {}
  const yesNo = (value: boolean | null | undefined) => (value ? tc('yes') : tc('no'))

  return (
    <div className="container">
      <JsonLd data={hospitalJsonLd(hospital, locale, absoluteUrl(locale, `/hospitals/${hospital.slug}`))} />
      <Breadcrumbs locale={locale} current={hospital.name} />
      <header className="detail-header">
        <p className="chip chip--ok">✓ {t('hospital.verified')}</p>
        <h1>{hospital.name}</h1>
        <p className="card__meta">
          {t(`prefecture.${hospital.prefecture}`)} · {hospital.city}
        </p>
        {hospital.summary ? <p>{hospital.summary}</p> : null}
        {hospital.foreignPatientsPerYear ? <p>{t('hospital.foreignPatients', { count: hospital.foreignPatientsPerYear })}</p> : null}
      </header>

      {photos.length ? (
        <div className="gallery section">
          {photos.map((p) => (
            <img key={p.id} src={imageUrl(p, 'card')} alt={p.alt ?? t('hospital.photoOf', { name: hospital.name })} width={800} height={600} />
          ))}
        </div>
      ) : null}

      <div className="detail-grid">
        <div>
          {hospital.description ? (
            <section className="panel rich-text" aria-labelledby="overview">
              <h2 id="overview">{t('hospital.overview')}</h2>
              <RichText data={hospital.description} />
            </section>
          ) : null}

          <section className="panel" aria-labelledby="packages">
            <h2 id="packages">{t('hospital.packages')}</h2>
            {packages.length === 0 ? (
              <p>{t('hospital.noPackages')}</p>
            ) : (
              <ul className="grid">
                {packages.map((p) => (
                  <li key={p.id}>
                    <PackageCard pkg={p} locale={locale} rate={rate} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          {specialties.length ? (
            <section className="panel" aria-labelledby="specialties">
              <h2 id="specialties">{t('hospital.specialties')}</h2>
              <ul className="chips">
                {specialties.map((s) => (
                  <li key={s.id}>
                    <a className="chip" href={`/${locale}/hospitals?specialty=${encodeURIComponent(s.slug)}`}>
                      {s.name}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section className="panel" aria-labelledby="fees">
            <h2 id="fees">{t('hospital.fees')}</h2>
            <dl className="facts">
              {fees?.basis === 'multiplier' && fees.multiplier ? (
                <>
                  <dt>{t('hospital.fees')}</dt>
                  <dd>{t('hospital.uninsuredMultiplier', { multiplier: new Intl.NumberFormat(locale).format(fees.multiplier) })}</dd>
                </>
              ) : null}
              {fees?.basis === 'yen-per-point' && fees.yenPerPoint ? (
                <>
                  <dt>{t('hospital.fees')}</dt>
                  <dd>{t('hospital.yenPerPoint', { amount: new Intl.NumberFormat(locale, { style: 'currency', currency: 'JPY' }).format(fees.yenPerPoint) })}</dd>
                </>
              ) : null}
              {typeof hospital.noReferralFee === 'number' ? (
                <>
                  <dt>{t('hospital.noReferralFee')}</dt>
                  <dd>
                    <Price amountJPY={hospital.noReferralFee} locale={locale} rate={rate} />
                  </dd>
                </>
              ) : null}
              {typeof hospital.interpreterFee === 'number' ? (
                <>
                  <dt>{t('hospital.interpreterFee')}</dt>
                  <dd>
                    <Price amountJPY={hospital.interpreterFee} locale={locale} rate={rate} />
                  </dd>
                </>
              ) : null}
              {hospital.depositRule ? (
                <>
                  <dt>{t('hospital.deposit')}</dt>
                  <dd>{t(`depositRule.${hospital.depositRule}`)}</dd>
                </>
              ) : null}
              <dt>{t('hospital.overseasInsurers')}</dt>
              <dd>{yesNo(hospital.billsOverseasInsurers)}</dd>
              {hospital.paymentMethods?.length ? (
                <>
                  <dt>{t('hospital.paymentMethods')}</dt>
                  <dd>{hospital.paymentMethods.map((m) => t(`payment.${m}`)).join(', ')}</dd>
                </>
              ) : null}
            </dl>
            {rate ? <p className="card__meta">{tc('currency.note', { date: rate.asOf ? dateFormat.format(new Date(rate.asOf)) : '' })}</p> : null}
          </section>
        </div>

        <aside>
          <p>
            <a className="button" href={`/${locale}/hospitals/${hospital.slug}/inquire`}>
              {getTranslator(locale, 'inquiries')('link.ask')}
            </a>
          </p>
          <section className="panel" aria-labelledby="office">
            <h2 id="office">{t('hospital.internationalOffice')}</h2>
            <dl className="facts">
              {office?.email ? (
                <>
                  <dt>{t('hospital.email')}</dt>
                  <dd>
                    <a href={`mailto:${office.email}`}>{office.email}</a>
                  </dd>
                </>
              ) : null}
              {office?.phone ? (
                <>
                  <dt>{t('hospital.phone')}</dt>
                  <dd>
                    <a href={`tel:${office.phone.replace(/[^+\d]/g, '')}`} dir="ltr">
                      {office.phone}
                    </a>
                  </dd>
                </>
              ) : null}
              {office?.hours ? (
                <>
                  <dt>{t('hospital.hours')}</dt>
                  <dd>{office.hours}</dd>
                </>
              ) : null}
            </dl>
          </section>

          <section className="panel" aria-labelledby="languages">
            <h2 id="languages">{t('hospital.languages')}</h2>
            {hospital.languages?.length ? <p>{hospital.languages.map((l) => t(`spokenLanguage.${l}`)).join(', ')}</p> : null}
            {hospital.interpretation?.length ? (
              <>
                <h3>{t('hospital.interpretation')}</h3>
                <ul>
                  {hospital.interpretation.map((i) => (
                    <li key={i.id ?? i.mode}>
                      {t(`interpretation.${i.mode}`)}
                      {i.hours ? ` · ${i.hours}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>

          {hospital.accreditations?.length ? (
            <section className="panel" aria-labelledby="accreditations">
              <h2 id="accreditations">{t('hospital.accreditations')}</h2>
              <ul>
                {hospital.accreditations.map((a) => (
                  <li key={a.id ?? a.type}>
                    {a.type === 'other' && a.label ? a.label : t(`accreditation.${a.type}`)}
                    {a.validUntil ? ` (${t('hospital.validUntil', { date: dateFormat.format(new Date(a.validUntil)) })})` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section className="panel" aria-labelledby="support">
            <h2 id="support">{t('hospital.support')}</h2>
            {hospital.support?.length ? (
              <ul>
                {hospital.support.map((s) => (
                  <li key={s}>{t(`support.${s}`)}</li>
                ))}
              </ul>
            ) : null}
            <dl className="facts">
              {hospital.routes?.length ? (
                <>
                  <dt>{t('hospital.routes')}</dt>
                  <dd>{hospital.routes.map((r) => t(`route.${r}`)).join(', ')}</dd>
                </>
              ) : null}
              {hospital.guarantors?.length ? (
                <>
                  <dt>{t('hospital.guarantors')}</dt>
                  <dd>{hospital.guarantors.map((g) => g.name).join(', ')}</dd>
                </>
              ) : null}
              <dt>{t('hospital.emergencies')}</dt>
              <dd>{yesNo(hospital.acceptsEmergencies)}</dd>
            </dl>
          </section>

          <section className="panel" aria-labelledby="access">
            <h2 id="access">{t('hospital.access')}</h2>
            <dl className="facts">
              {hospital.address ? (
                <>
                  <dt>{t('hospital.address')}</dt>
                  <dd>{hospital.address}</dd>
                </>
              ) : null}
              {hospital.nearestAirport?.name ? (
                <>
                  <dt>{t('hospital.nearestAirport')}</dt>
                  <dd>
                    {t('hospital.airport', {
                      name: hospital.nearestAirport.name,
                      code: hospital.nearestAirport.code ?? '',
                      minutes: hospital.nearestAirport.travelMinutes ?? '?',
                    })}
                  </dd>
                </>
              ) : null}
              {hospital.nearestStation?.name ? (
                <>
                  <dt>{t('hospital.nearestStation')}</dt>
                  <dd>{t('hospital.station', { name: hospital.nearestStation.name, minutes: hospital.nearestStation.travelMinutes ?? '?' })}</dd>
                </>
              ) : null}
              {typeof lat === 'number' && typeof lng === 'number' ? (
                <>
                  <dt>{t('hospital.coordinates')}</dt>
                  <dd>
                    <span dir="ltr">
                      {lat.toFixed(5)}, {lng.toFixed(5)}
                    </span>{' '}
                    <a href={`geo:${lat},${lng}`}>{t('hospital.mapLink')}</a>
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
        </aside>
      </div>
    </div>
  )
}
