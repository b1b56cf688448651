import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { AccountForm } from '@/components/account/AccountForm'
import { DeleteAccount } from '@/components/account/DeleteAccount'
import { formStrings, profileFields } from '@/components/account/fields'
import { SignOutButton } from '@/components/account/SignOutButton'
import '@/components/account/account.css'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { accountOverview } from '@/patients/overview'
import { currentPatient } from '@/patients/session'

type Props = { params: Promise<{ lang: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getTranslator(localeParam((await params).lang), 'account')
  return { title: t('overview.title'), robots: { index: false } }
}

const nameOf = (value: unknown, key = 'name'): string | undefined =>
  value && typeof value === 'object' && typeof (value as Record<string, unknown>)[key] === 'string'
    ? ((value as Record<string, unknown>)[key] as string)
    : undefined

export default async function AccountPage({ params }: Props) {
  const locale = localeParam((await params).lang)
  const patient = await currentPatient(await headers())
  if (!patient) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(`/${locale}/account`)}`)

  const t = getTranslator(locale, 'account')
  const data = await accountOverview(patient, locale)
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  const day = (value: unknown) => (typeof value === 'string' ? date.format(new Date(value)) : '')
  const hospital = (doc: Record<string, unknown>) => nameOf(doc.hospital) ?? t('overview.unknownHospital')
  const status = (group: 'inquiryStatus' | 'bookingStatus', value: unknown) =>
    typeof value === 'string' ? t(`${group}.${value}`, { defaultValue: value }) : ''
  const strings = formStrings(locale)

  return (
    <div className="container account-page account-page--wide">
      <h1>{t('overview.title')}</h1>
      <p>{t('overview.greeting', { name: patient.name })}</p>
      <SignOutButton label={t('overview.signOut')} busyLabel={t('form.busy')} redirectTo={`/${locale}`} />

      <section className="account-section" aria-labelledby="my-inquiries">
        <h2 id="my-inquiries">{t('overview.inquiries')}</h2>
        {data.inquiries.length === 0 ? (
          <p>
            {t('overview.inquiriesEmpty')} <a href={`/${locale}/hospitals`}>{t('overview.findHospitals')}</a>
          </p>
        ) : (
          <ul className="account-list">
            {data.inquiries.map((inquiry) => (
              <li key={inquiry.id}>
                <a href={`/${locale}/account/inquiries/${inquiry.id}`}>{hospital(inquiry)}</a>
                <span>{t('overview.sentOn', { date: day(inquiry.createdAt) })}</span>
                <span className="account-status">{status('inquiryStatus', inquiry.status)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="account-section" aria-labelledby="my-bookings">
        <h2 id="my-bookings">{t('overview.bookings')}</h2>
        {data.bookings.length === 0 ? (
          <p>{t('overview.bookingsEmpty')}</p>
        ) : (
          <ul className="account-list">
            {data.bookings.map((booking) => (
              <li key={booking.id}>
                <a href={`/${locale}/account/bookings/${booking.id}`}>
                  {typeof booking.reference === 'string' ? booking.reference : booking.id} · {hospital(booking)}
                </a>
                <span className="account-status">{status('bookingStatus', booking.status)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="account-section" aria-labelledby="my-documents">
        <h2 id="my-documents">{t('overview.documents')}</h2>
        {data.documents.length === 0 ? (
          <p>{t('overview.documentsEmpty')}</p>
        ) : (
          <ul className="account-list">
            {data.documents.map((doc) => (
              <li key={doc.id}>
                <span>{typeof doc.filename === 'string' ? doc.filename : doc.id}</span>
                <span>{hospital(doc)}</span>
                <span>{day(doc.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="account-section" aria-labelledby="my-consents">
        <h2 id="my-consents">{t('overview.consents')}</h2>
        {data.consents.length === 0 ? (
          <p>{t('overview.consentsEmpty')}</p>
        ) : (
          <ul className="account-list">
            {data.consents.map((consent) => (
              <li key={consent.id}>
                <span>{t('overview.consentPurpose', { hospital: hospital(consent) })}</span>
                <span>{t('overview.consentGiven', { date: day(consent.givenAt ?? consent.createdAt) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="account-section" aria-labelledby="my-cooperation">
        <h2 id="my-cooperation">{t('overview.cooperation')}</h2>
        <ul className="account-list">
          <li>
            <a href={`/${locale}/training/applications`}>{t('overview.trainingApplications')}</a>
          </li>
          <li>
            <a href={`/${locale}/partners`}>{t('overview.partnerOrganisation')}</a>
          </li>
        </ul>
      </section>

      <section className="account-section" aria-labelledby="my-details">
        <h2 id="my-details">{t('overview.profile')}</h2>
        <AccountForm
          {...strings}
          action="/api/account/profile"
          submitLabel={t('overview.profileSave')}
          successMessage={t('overview.profileSaved')}
          fields={profileFields(t, locale, patient)}
        />
      </section>

      <section className="account-section" aria-labelledby="my-data">
        <h2 id="my-data">{t('overview.data')}</h2>
        <p>{t('overview.dataIntro')}</p>
        <a className="button secondary" href="/api/account/export" download>
          {t('overview.download')}
        </a>
      </section>

      <section className="account-section" aria-labelledby="delete-account">
        <h2 id="delete-account">{t('overview.delete')}</h2>
        <p>{t('overview.deleteIntro')}</p>
        <ul>
          <li>{t('overview.deleteErased')}</li>
          <li>{t('overview.deleteKept')}</li>
        </ul>
        <DeleteAccount
          continueLabel={t('overview.deleteConfirm')}
          cancelLabel={t('overview.deleteCancel')}
          form={{
            ...strings,
            action: '/api/account/delete',
            submitLabel: t('overview.deleteSubmit'),
            redirectTo: `/${locale}`,
            fields: [{ name: 'password', label: t('overview.deletePassword'), type: 'password', autoComplete: 'current-password', required: true }],
          }}
        />
      </section>
    </div>
  )
}
