import type { TFunction } from 'i18next'

import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

import { formatMoment, formatStayDate, formatYen } from './format'
import { renderLayout, type EmailContent, type RenderedEmail } from './layout'
import type { TemplateData, TemplateName } from './names'

export type { RenderedEmail } from './layout'

type Template<N extends TemplateName> = (locale: AppLocale, data: TemplateData[N]) => RenderedEmail

/** The parts every email shares, translated. */
function base(locale: AppLocale, t: TFunction, name: TemplateName, values: Record<string, unknown>, greetName?: string) {
  return {
    locale,
    subject: t(`templates.${name}.subject`, values),
    greeting: greetName ? t('layout.greeting', { name: greetName }) : undefined,
    linkFallback: t('layout.linkFallback'),
    signature: t('layout.signature'),
    footer: t('layout.footer'),
  } satisfies Partial<EmailContent>
}

function email<N extends TemplateName>(
  name: N,
  build: (t: TFunction, locale: AppLocale, data: TemplateData[N]) => Omit<EmailContent, 'locale' | 'subject' | 'linkFallback' | 'signature' | 'footer'> & { greetName?: string },
): Template<N> {
  return (locale, data) => {
    const t = getTranslator(locale, 'emails')
    const { greetName, ...content } = build(t, locale, data)
    return renderLayout({ ...base(locale, t, name, data as Record<string, unknown>, greetName), ...content })
  }
}

const action = (t: TFunction, name: TemplateName, url: string) => ({ label: t(`templates.${name}.action`), url })
const body = (t: TFunction, name: TemplateName, values: object) => t(`templates.${name}.body`, values as Record<string, unknown>)

export const patientVerifyEmail = email('patient-verify-email', (t, _l, d) => ({
  greetName: d.name,
  paragraphs: [body(t, 'patient-verify-email', d)],
  action: action(t, 'patient-verify-email', d.url),
  note: t('templates.patient-verify-email.note'),
}))

export const patientResetPassword = email('patient-reset-password', (t, _l, d) => ({
  greetName: d.name,
  paragraphs: [body(t, 'patient-reset-password', d)],
  action: action(t, 'patient-reset-password', d.url),
  note: t('templates.patient-reset-password.note'),
}))

export const inquiryReceived = email('inquiry-received', (t, _l, d) => ({
  paragraphs: [body(t, 'inquiry-received', d)],
  quote: d.subject,
  action: action(t, 'inquiry-received', d.adminUrl),
}))

export const inquiryMessageToPatient = email('inquiry-message-to-patient', (t, _l, d) => ({
  greetName: d.patientName,
  paragraphs: [body(t, 'inquiry-message-to-patient', d)],
  action: action(t, 'inquiry-message-to-patient', d.url),
}))

export const inquiryMessageToHospital = email('inquiry-message-to-hospital', (t, _l, d) => ({
  paragraphs: [body(t, 'inquiry-message-to-hospital', d)],
  action: action(t, 'inquiry-message-to-hospital', d.adminUrl),
}))

function bookingDetails(t: TFunction, locale: AppLocale, d: { reference: string; hospitalName?: string; patientName?: string; packageTitle?: string; date?: string }) {
  const rows: [string, string][] = [[t('layout.reference'), d.reference]]
  if (d.hospitalName) rows.push([t('layout.hospital'), d.hospitalName])
  if (d.packageTitle) rows.push([t('layout.package'), d.packageTitle])
  if (d.date) rows.push([t('layout.date'), formatStayDate(locale, d.date)])
  return rows
}

export const bookingRequested = email('booking-requested', (t, locale, d) => ({
  paragraphs: [body(t, 'booking-requested', { ...d, date: formatStayDate(locale, d.date) })],
  details: [...bookingDetails(t, locale, { ...d, hospitalName: undefined }), [t('layout.patient'), d.patientName]],
  action: action(t, 'booking-requested', d.adminUrl),
}))

export const bookingApproved = email('booking-approved', (t, locale, d) => ({
  greetName: d.patientName,
  paragraphs: [body(t, 'booking-approved', d)],
  details: bookingDetails(t, locale, d),
  action: action(t, 'booking-approved', d.url),
}))

export const bookingHold = email('booking-hold', (t, locale, d) => ({
  greetName: d.patientName,
  paragraphs: [body(t, 'booking-hold', d)],
  details: [
    ...bookingDetails(t, locale, d),
    [t('layout.deposit'), formatYen(locale, d.depositJPY)],
    [t('layout.holdUntil'), formatMoment(locale, d.holdUntil)],
  ],
  action: action(t, 'booking-hold', d.url),
}))

export const bookingConfirmed = email('booking-confirmed', (t, locale, d) => ({
  greetName: d.patientName,
  paragraphs: [body(t, 'booking-confirmed', d)],
  details: bookingDetails(t, locale, d),
  action: action(t, 'booking-confirmed', d.url),
  secondaryAction: { label: t('templates.booking-confirmed.secondary'), url: d.confirmationUrl },
}))

export const bookingCancelled = email('booking-cancelled', (t, locale, d) => ({
  greetName: d.patientName,
  paragraphs: [body(t, 'booking-cancelled', d)],
  details: [
    ...bookingDetails(t, locale, d),
    [t('layout.fee'), formatYen(locale, d.feeJPY)],
    [t('layout.refund'), formatYen(locale, d.refundJPY)],
  ],
  action: action(t, 'booking-cancelled', d.url),
}))

export const bookingRefunded = email('booking-refunded', (t, locale, d) => ({
  greetName: d.patientName,
  paragraphs: [body(t, 'booking-refunded', d)],
  details: [...bookingDetails(t, locale, d), [t('layout.refund'), formatYen(locale, d.refundJPY)]],
  action: action(t, 'booking-refunded', d.url),
}))

export const bookingExpired = email('booking-expired', (t, locale, d) => ({
  greetName: d.patientName,
  paragraphs: [body(t, 'booking-expired', d)],
  details: bookingDetails(t, locale, d),
  action: action(t, 'booking-expired', d.url),
}))

export const accountDeleted = email('account-deleted', (t, _l, d) => ({
  greetName: d.name,
  paragraphs: [body(t, 'account-deleted', d)],
}))

/** One pure function per template name: the compiler insists every name has one. */
export const templates: { [N in TemplateName]: Template<N> } = {
  'patient-verify-email': patientVerifyEmail,
  'patient-reset-password': patientResetPassword,
  'inquiry-received': inquiryReceived,
  'inquiry-message-to-patient': inquiryMessageToPatient,
  'inquiry-message-to-hospital': inquiryMessageToHospital,
  'booking-requested': bookingRequested,
  'booking-approved': bookingApproved,
  'booking-hold': bookingHold,
  'booking-confirmed': bookingConfirmed,
  'booking-cancelled': bookingCancelled,
  'booking-refunded': bookingRefunded,
  'booking-expired': bookingExpired,
  'account-deleted': accountDeleted,
}

/** Renders a template in the recipient's language (also usable for Payload's auth email hooks). */
export function renderEmail<N extends TemplateName>(template: N, locale: AppLocale, data: TemplateData[N]): RenderedEmail {
  return (templates[template] as Template<N>)(locale, data)
}
