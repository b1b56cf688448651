import PDFDocument from 'pdfkit'
import type { Payload } from 'payload'

import { directionOf, type AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { formatStayDate, formatYen } from '@/notifications/templates/format'

import { prepareRtlForPdf } from './bidi'
import { fontFamilyFor, fontFile } from './fonts'
import { loadConfirmationView, type ConfirmationView } from './view'

export class ConfirmationNotFound extends Error {}

/** The languages printed: the patient's, then Japanese for the hospital and the visa office. */
export function confirmationLanguages(locale: AppLocale): AppLocale[] {
  return locale === 'ja' ? ['ja'] : [locale, 'ja']
}

/** `kakehashi-KH-7F3K9Q.pdf` */
export function confirmationFilename(reference: string): string {
  return `kakehashi-${reference.replace(/[^A-Za-z0-9-]/g, '')}.pdf`
}

function writeSection(doc: PDFKit.PDFDocument, view: ConfirmationView, lang: AppLocale): void {
  const t = getTranslator(lang, 'emails')
  const c = view.content[lang] ?? view.content.ja
  const rtl = directionOf(lang) === 'rtl'
  const align = rtl ? 'right' : 'left'
  // Numbers, codes and amounts stay in Latin digits in Arabic too: they are copied into forms.
  const numberLocale: AppLocale = rtl ? 'en' : lang
  const write = (text: string, opts: { bold?: boolean; size?: number; gap?: number } = {}) => {
    if (!text) return
    doc.font(fontFile(fontFamilyFor(text, lang), opts.bold ? 'bold' : 'regular')).fontSize(opts.size ?? 10)
    doc.text(rtl ? prepareRtlForPdf(text) : text, { align })
    if (opts.gap) doc.moveDown(opts.gap)
  }
  const row = (label: string, value: string) => {
    write(label, { bold: true, size: 9 })
    write(value, { gap: 0.4 })
  }
  write(t('confirmation.title'), { bold: true, size: 18, gap: 0.5 })
  row(t('confirmation.reference'), view.reference)
  row(t('confirmation.patient'), c.patientName)
  row(t('confirmation.hospital'), c.hospitalName)
  if (c.hospitalAddress) row(t('confirmation.address'), c.hospitalAddress)
  const office = [c.office.email, c.office.phone, c.office.hours].filter(Boolean).join(' · ')
  if (office) row(t('confirmation.internationalOffice'), office)
  row(t('confirmation.package'), c.packageTitle)
  if (view.date) row(t('confirmation.date'), formatStayDate(numberLocale, view.date))
  if (view.items.length) {
    write(t('confirmation.items'), { bold: true, size: 9 })
    for (const item of view.items) write(`${item.label}: ${formatYen(numberLocale, item.amountJPY)}`)
    doc.moveDown(0.4)
  }
  row(t('confirmation.total'), formatYen(numberLocale, view.totalJPY))
  row(t('confirmation.depositPaid'), view.depositPaidAt ? formatYen(numberLocale, view.depositJPY) : t('confirmation.depositNotPaid'))
  if (view.depositPaidAt) row(t('confirmation.balance'), formatYen(numberLocale, Math.max(0, view.totalJPY - view.depositJPY)))
  if (view.cancellation) {
    row(t('confirmation.cancellation'), t('confirmation.cancellationTerms', { days: view.cancellation.freeUntilDays, percent: view.cancellation.feePercent }))
  }
  doc.moveDown(0.6)
  write(t('confirmation.visaTitle'), { bold: true, size: 13, gap: 0.3 })
  write(t('confirmation.visaIntro'), { gap: 0.2 })
  for (const key of ['visaPassport', 'visaPhoto', 'visaForm', 'visaCertificate', 'visaGuarantee', 'visaFunds']) {
    write(`• ${t(`confirmation.${key}`)}`)
  }
  doc.moveDown(0.4)
  if (view.hospitalGuarantees) write(t('confirmation.guarantorHospital', { hospital: c.hospitalName }))
  if (view.guarantors.length) write(t('confirmation.guarantorRegistered', { hospital: c.hospitalName, names: view.guarantors.join(', ') }))
  if (!view.hospitalGuarantees && !view.guarantors.length) write(t('confirmation.guarantorNone', { hospital: c.hospitalName }))
  doc.moveDown(0.8)
  write(t('confirmation.issued', { date: formatStayDate(numberLocale, new Date().toISOString()) }), { size: 8 })
  write(t('confirmation.footer'), { size: 8 })
}

/** The printable confirmation of a booking view: one section per language, pdfkit with Noto fonts. */
export function buildConfirmationPdf(view: ConfirmationView, options: { compress?: boolean } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      compress: options.compress ?? true,
      lang: view.locale,
      info: { Title: `Kakehashi ${view.reference}`, Author: 'Kakehashi' },
    })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    confirmationLanguages(view.locale).forEach((lang, index) => {
      if (index > 0) doc.addPage()
      writeSection(doc, view, lang)
    })
    doc.end()
  })
}

/** The confirmation PDF of a booking (the caller decides who may have it). */
export async function renderConfirmationPdf(payload: Payload, bookingId: string): Promise<Buffer> {
  const loaded = await loadConfirmationView(payload, bookingId)
  if (!loaded) throw new ConfirmationNotFound(bookingId)
  return buildConfirmationPdf(loaded.view)
}
