import { headers } from 'next/headers'

import '@/components/inquiries/inquiries.css'
import { countryCodes, countryName } from '@/geo/countries'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { currentPatient } from '@/patients/session'
import { applicationConsentWording } from '@/training/consent'
import { MAX_CV_BYTES } from '@/training/files'
import { ownApplications } from '@/training/queries'
import { canWithdraw } from '@/training/rules'
import { MIN_MOTIVATION } from '@/training/validation'
import { professions } from '@/training/vocabulary'

import { ApplicationForm } from './ApplicationForm'
import { WithdrawButton } from './WithdrawButton'

/**
 * The programme page's application area: closed after the deadline; for a visitor a sign-in link
 * that comes back here; for an applicant their application's status (and withdraw) or the form.
 */
export async function ApplySection({ locale, program, hostName, open, path }: { locale: AppLocale; program: { id: string; title: string }; hostName: string; open: boolean; path: string }) {
  const t = getTranslator(locale, 'training')
  const patient = await currentPatient(await headers())
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  const mine = patient ? (await ownApplications(patient, locale, program.id)).find((a) => a.status !== 'withdrawn') : undefined

  let content
  if (mine) {
    content = (
      <>
        <p role="status">
          {t('apply.already', { date: day.format(new Date(mine.createdAt)), status: t(`status.${mine.status}`) })}
        </p>
        <p>
          {canWithdraw(mine.status) ? (
            <WithdrawButton
              applicationId={mine.id}
              locale={locale}
              strings={{ label: t('applications.withdraw'), confirm: t('applications.withdrawConfirm'), network: t('errors.network') }}
            />
          ) : null}{' '}
          <a href={`/${locale}/training/applications`}>{t('apply.myApplications')}</a>
        </p>
      </>
    )
  } else if (!open) {
    content = (
      <p className="coop-closed" role="status">
        <strong>{t('program.closed')}.</strong> {t('program.closedBody')}
      </p>
    )
  } else if (!patient) {
    content = (
      <>
        <p>{t('apply.signInIntro')}</p>
        <p>
          <a className="button" href={`/${locale}/account/sign-in?next=${encodeURIComponent(`${path}#apply`)}`}>
            {t('apply.signIn')}
          </a>
        </p>
      </>
    )
  } else {
    const consent = applicationConsentWording(locale, hostName)
    const collator = new Intl.Collator(locale)
    content = (
      <ApplicationForm
        locale={locale}
        programId={program.id}
        countries={countryCodes.filter((c) => c !== 'JP').map((value) => ({ value, label: countryName(value, locale) })).sort((a, b) => collator.compare(a.label, b.label))}
        professions={professions.map((value) => ({ value, label: t(`profession.${value}`) }))}
        defaults={{ fullName: patient.name ?? '', email: patient.email }}
        strings={{
          fullName: t('apply.fullName'),
          email: t('apply.email'),
          country: t('apply.country'),
          chooseCountry: t('apply.chooseCountry'),
          profession: t('apply.profession'),
          chooseProfession: t('apply.chooseProfession'),
          currentPosition: t('apply.currentPosition'),
          yearsOfExperience: t('apply.yearsOfExperience'),
          motivation: t('apply.motivation'),
          motivationHint: t('apply.motivationHint', { min: MIN_MOTIVATION }),
          cv: t('apply.cv'),
          cvHint: t('apply.cvHint', { size: MAX_CV_BYTES / 1024 / 1024 }),
          submit: t('apply.submit'),
          busy: t('apply.busy'),
          sent: t('apply.sent'),
          summary: t('errors.summary'),
          network: t('errors.network'),
          consentTitle: consent.title,
          consentParagraphs: consent.paragraphs,
          consentCheckbox: consent.checkbox,
        }}
      />
    )
  }
  return (
    <section className="panel coop-section" id="apply" aria-labelledby="apply-title">
      <h2 id="apply-title">{t('apply.title')}</h2>
      {content}
    </section>
  )
}
