import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import '@/components/inquiries/inquiries.css'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { patientInquiries } from '@/inquiries/queries'
import { currentPatient } from '@/patients/session'

type Props = { params: Promise<{ lang: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getTranslator(localeParam((await params).lang), 'inquiries')('list.title'), robots: { index: false } }
}

export default async function MyInquiriesPage({ params }: Props) {
  const locale = localeParam((await params).lang)
  const patient = await currentPatient(await headers())
  if (!patient) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(`/${locale}/account/inquiries`)}`)
  const t = getTranslator(locale, 'inquiries')
  const inquiries = await patientInquiries(patient, locale)
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  return (
    <div className="container inquiry-page">
      <h1>{t('list.title')}</h1>
      {inquiries.length === 0 ? (
        <p>
          {t('list.empty')} <a href={`/${locale}/hospitals`}>{t('link.ask')}</a>
        </p>
      ) : (
        <ul className="inquiry-thread">
          {inquiries.map((inquiry) => (
            <li key={inquiry.id} className="panel">
              <a href={`/${locale}/account/inquiries/${inquiry.id}`}>{inquiry.hospitalName || inquiry.reference}</a>{' '}
              <span className="inquiry-status">{t(`status.${inquiry.status}`)}</span>{' '}
              <span className="card__meta">{t('list.updated', { date: day.format(new Date(inquiry.updatedAt)) })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
