import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import '@/components/inquiries/inquiries.css'
import '@/components/partners/partners.css'
import { WithdrawButton } from '@/components/training/WithdrawButton'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { currentPatient } from '@/patients/session'
import { ownApplications } from '@/training/queries'
import { canWithdraw } from '@/training/rules'

type Props = { params: Promise<{ lang: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getTranslator(localeParam((await params).lang), 'training')('applications.title'), robots: { index: false } }
}

/** The signed-in account's own applications and their status; open ones can be withdrawn. */
export default async function MyApplicationsPage({ params }: Props) {
  const locale = localeParam((await params).lang)
  const patient = await currentPatient(await headers())
  if (!patient) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(`/${locale}/training/applications`)}`)
  const t = getTranslator(locale, 'training')
  const applications = await ownApplications(patient, locale)
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  return (
    <div className="container coop-page coop-narrow">
      <h1>{t('applications.title')}</h1>
      {applications.length === 0 ? (
        <p>
          {t('applications.empty')} <a href={`/${locale}/training`}>{t('applications.browse')}</a>
        </p>
      ) : (
        <ul className="inquiry-thread">
          {applications.map((a) => (
            <li key={a.id} className="panel">
              {a.program ? <a href={`/${locale}/training/${a.program.slug}`}>{a.program.title}</a> : null}{' '}
              <span className="coop-status">{t(`status.${a.status}`)}</span>{' '}
              <span className="card__meta">{t('applications.submitted', { date: day.format(new Date(a.createdAt)) })}</span>{' '}
              {canWithdraw(a.status) ? (
                <WithdrawButton applicationId={a.id} locale={locale} strings={{ label: t('applications.withdraw'), confirm: t('applications.withdrawConfirm'), network: t('errors.network') }} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
