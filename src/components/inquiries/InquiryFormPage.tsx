import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { Breadcrumbs } from '@/components/catalogue/Breadcrumbs'
import { localeNames, locales, type AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { consentWording } from '@/inquiries/consent'
import { MAX_FILES_PER_INQUIRY } from '@/inquiries/validation'
import { currentPatient } from '@/patients/session'
import { MAX_MEDICAL_FILE_BYTES } from '@/uploads/sniff'

import { InquiryForm, type InquiryFormStrings } from './InquiryForm'
import './inquiries.css'

interface Props {
  locale: AppLocale
  /** This page's own path, to come back to after signing in. */
  path: string
  hospital: { id: string; name: string; slug: string }
  pkg?: { id: string; title: string; slug: string }
}

/** The inquiry form page for a hospital or one of its packages; signed-out visitors sign in first. */
export async function InquiryFormPage({ locale, path, hospital, pkg }: Props) {
  const patient = await currentPatient(await headers())
  if (!patient) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(path)}`)

  const t = getTranslator(locale, 'inquiries')
  const consent = consentWording(locale, hospital.name)
  const maxFileMB = MAX_MEDICAL_FILE_BYTES / 1024 / 1024
  const strings: InquiryFormStrings = {
    question: t('form.question'),
    questionHint: t('form.questionHint'),
    conditionSummary: t('form.conditionSummary'),
    conditionHint: t('form.conditionHint'),
    preferredDates: t('form.preferredDates'),
    preferredFrom: t('form.preferredFrom'),
    preferredTo: t('form.preferredTo'),
    companions: t('form.companions'),
    replyLanguage: t('form.replyLanguage'),
    attachments: t('form.attachments'),
    attachmentsHint: t('form.attachmentsHint', { max: MAX_FILES_PER_INQUIRY, size: maxFileMB }),
    // Filled in the browser as files are chosen.
    selectedFiles: t('form.selectedFiles', { files: '{{files}}', size: '{{size}}' }),
    tooManyFiles: t('errors.tooManyFiles', { max: '{{max}}' }),
    fileTooLarge: t('errors.fileTooLarge', { name: '{{name}}', max: '{{max}}' }),
    optional: t('form.optional'),
    submit: t('form.submit'),
    busy: t('form.busy'),
    summary: t('errors.summary'),
    network: t('errors.network'),
    consentTitle: consent.title,
    consentParagraphs: consent.paragraphs,
    consentCheckbox: consent.checkbox,
  }
  const preferred = patient.preferredLanguage && (locales as readonly string[]).includes(patient.preferredLanguage) ? patient.preferredLanguage : locale

  return (
    <div className="container inquiry-page">
      <Breadcrumbs
        locale={locale}
        trail={[
          { href: `/${locale}/hospitals/${hospital.slug}`, label: hospital.name },
          ...(pkg ? [{ href: `/${locale}/packages/${pkg.slug}`, label: pkg.title }] : []),
        ]}
        current={t('link.ask')}
      />
      <h1>{t('form.title', { hospital: hospital.name })}</h1>
      {pkg ? <p className="card__meta">{t('form.aboutPackage', { package: pkg.title })}</p> : null}
      <p>{t('form.intro')}</p>
      <InquiryForm
        locale={locale}
        hospitalId={hospital.id}
        packageId={pkg?.id}
        languages={locales.map((value) => ({ value, label: localeNames[value] }))}
        defaultLanguage={preferred}
        maxFiles={MAX_FILES_PER_INQUIRY}
        maxFileMB={maxFileMB}
        strings={strings}
      />
    </div>
  )
}
