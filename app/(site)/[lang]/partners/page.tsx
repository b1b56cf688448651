import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { JsonLd } from '@/components/catalogue/JsonLd'
import '@/components/inquiries/inquiries.css'
import { PartnerRegistrationForm, PartnerRequestForm } from '@/components/partners/PartnerForms'
import '@/components/partners/partners.css'
import { countryCodes, countryName } from '@/geo/countries'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { listVerifiedPartners, ownPartner, ownPartnerRequests } from '@/partners/queries'
import { MIN_MESSAGE } from '@/partners/validation'
import { partnerKinds } from '@/partners/vocabulary'
import { currentPatient } from '@/patients/session'
import { absoluteUrl, alternatesFor } from '@/seo/alternates'
import { partnersListJsonLd } from '@/seo/cooperationJsonLd'

type Props = { params: Promise<{ lang: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'partners')
  return { title: t('partners.title'), description: t('partners.intro'), alternates: alternatesFor(locale, '/partners') }
}

/**
 * Verified partners for everyone; for a signed-in account either the registration form or its
 * organisation, a request form and the organisation's requests with their status.
 */
export default async function PartnersPage({ params }: Props) {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'partners')
  const [partners, patient] = await Promise.all([listVerifiedPartners(locale), currentPatient(await headers())])
  const own = patient ? await ownPartner(patient, locale) : null
  const requests = patient && own ? await ownPartnerRequests(patient, locale) : []
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  const collator = new Intl.Collator(locale)
  const path = `/${locale}/partners`

  let member
  if (!patient) {
    member = (
      <section className="panel coop-section" id="register" aria-labelledby="join-title">
        <h2 id="join-title">{t('partners.join')}</h2>
        <p>{t('partners.joinIntro')}</p>
        <p>
          <a className="button" href={`/${locale}/account/sign-in?next=${encodeURIComponent(`${path}#register`)}`}>
            {t('partners.signIn')}
          </a>{' '}
          <a className="button secondary" href={`/${locale}/account/sign-up`}>
            {t('partners.signUp')}
          </a>
        </p>
      </section>
    )
  } else if (!own) {
    member = (
      <section className="panel coop-section coop-narrow" id="register" aria-labelledby="join-title">
        <h2 id="join-title">{t('partners.join')}</h2>
        <p>{t('partners.joinIntro')}</p>
        <PartnerRegistrationForm
          locale={locale}
          kinds={partnerKinds.map((value) => ({ value, label: t(`kind.${value}`) }))}
          countries={countryCodes
            .filter((c) => c !== 'JP')
            .map((value) => ({ value, label: countryName(value, locale) }))
            .sort((a, b) => collator.compare(a.label, b.label))}
          defaultEmail={patient.email}
          strings={{
            name: t('register.name'),
            kind: t('register.kind'),
            chooseKind: t('register.chooseKind'),
            country: t('register.country'),
            chooseCountry: t('register.chooseCountry'),
            website: t('register.website'),
            contactEmail: t('register.contactEmail'),
            description: t('register.description'),
            optional: t('register.optional'),
            submit: t('register.submit'),
            busy: t('register.busy'),
            summary: t('errors.summary'),
            network: t('errors.network'),
          }}
        />
      </section>
    )
  } else {
    member = (
      <>
        <section className="panel coop-section" id="organisation" aria-labelledby="own-title">
          <h2 id="own-title">{t('own.title')}</h2>
          <p>
            <strong>{own.name}</strong> · {t(`kind.${own.kind}`)} · {countryName(own.country, locale)}
          </p>
          <p>
            <span className="coop-status">{t('own.status', { status: t(`verification.${own.verificationStatus}`) })}</span>
          </p>
          {own.verificationStatus === 'pending' ? <p>{t('own.pendingNote')}</p> : null}
          {own.verificationStatus === 'rejected' ? <p>{t('own.rejectedNote')}</p> : null}
        </section>
        <section className="panel coop-section" id="requests" aria-labelledby="requests-title">
          <h2 id="requests-title">{t('requests.title')}</h2>
          {requests.length === 0 ? (
            <p>{t('requests.empty')}</p>
          ) : (
            <table className="coop-table">
              <thead>
                <tr>
                  <th scope="col">{t('requests.subject')}</th>
                  <th scope="col">{t('requests.kind')}</th>
                  <th scope="col">{t('requests.status')}</th>
                  <th scope="col">{t('requests.date')}</th>
                </tr>
              </thead>
              <tbody>
                {requests.map((r) => (
                  <tr key={r.id}>
                    <td>
                      {r.subject}
                      {r.solution ? (
                        <>
                          <br />
                          <a className="coop-meta" href={`/${locale}/solutions/${r.solution.slug}`}>
                            {t('requests.about', { title: r.solution.title })}
                          </a>
                        </>
                      ) : null}
                    </td>
                    <td>{t(`requestKind.${r.kind}`)}</td>
                    <td>
                      <span className="coop-status">{t(`status.${r.status}`)}</span>
                    </td>
                    <td>
                      <time dateTime={r.createdAt}>{day.format(new Date(r.createdAt))}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {own.verificationStatus !== 'rejected' ? (
          <section className="panel coop-section coop-narrow" id="new-request" aria-labelledby="new-request-title">
            <h2 id="new-request-title">{t('request.title')}</h2>
            <PartnerRequestForm
              locale={locale}
              kinds={(['collaboration', 'training'] as const).map((value) => ({ value, label: t(`requestKind.${value}`) }))}
              strings={{
                kind: t('request.kind'),
                subject: t('request.subject'),
                message: t('request.message'),
                messageHint: t('request.messageHint', { min: MIN_MESSAGE }),
                submit: t('request.submit'),
                busy: t('request.busy'),
                sent: t('request.sent'),
                summary: t('errors.summary'),
                network: t('errors.network'),
              }}
            />
          </section>
        ) : null}
      </>
    )
  }

  return (
    <div className="container coop-page">
      {partners.length ? <JsonLd data={partnersListJsonLd(partners, locale, absoluteUrl(locale, '/partners'))} /> : null}
      <h1>{t('partners.title')}</h1>
      <p>{t('partners.intro')}</p>
      {member}
      <section className="coop-section" aria-labelledby="list-title">
        <h2 id="list-title">{t('partners.listTitle')}</h2>
        {partners.length === 0 ? (
          <p className="empty">{t('partners.empty')}</p>
        ) : (
          <ul className="coop-list coop-list--three">
            {partners.map((p) => (
              <li key={p.id}>
                <article className="coop-card">
                  <h3>{p.name}</h3>
                  <p className="coop-meta">
                    {t(`kind.${p.kind}`)} · {countryName(p.country, locale)}
                  </p>
                  {p.description ? <p>{p.description}</p> : null}
                  {p.website ? (
                    <p>
                      <a href={p.website} rel="noopener noreferrer">
                        {t('partners.website')}
                      </a>
                    </p>
                  ) : null}
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
