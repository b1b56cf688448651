import type { PayloadRequest } from 'payload'

import { relationId } from '@/access/roles'
import { env } from '@/env'
import { isLocale, type AppLocale } from '@/i18n/locales'
import { queueEmail } from '@/notifications/outbox'

import type { Hospital, Inquiry, Patient } from '../../payload-types'

export const adminInquiryUrl = (id: string): string => `${env.serverUrl}/admin/collections/inquiries/${id}`
export const patientInquiryUrl = (locale: AppLocale, id: string): string => `${env.serverUrl}/${locale}/account/inquiries/${id}`

interface Recipient {
  to: string
  locale: AppLocale
}

// The reads below bypass access: the notification goes to people the inquiry is addressed to,
// whoever triggered it (a patient cannot read the hospital's staff list, and needs not).

async function hospitalOf(req: PayloadRequest, inquiry: Inquiry): Promise<Hospital> {
  const id = relationId(inquiry.hospital) ?? ''
  return req.payload.findByID({ collection: 'hospitals', id, depth: 0, req, overrideAccess: true, locale: 'ja' })
}

async function patientOf(req: PayloadRequest, inquiry: Inquiry): Promise<Patient> {
  const id = relationId(inquiry.patient) ?? ''
  return req.payload.findByID({ collection: 'patients', id, depth: 0, req, overrideAccess: true })
}

/** The hospital's international office, or else its hospital admins, each in their language. */
async function hospitalRecipients(req: PayloadRequest, hospital: Hospital): Promise<Recipient[]> {
  const office = hospital.internationalOffice?.email
  if (office) return [{ to: office, locale: 'ja' }]
  const admins = await req.payload.find({
    collection: 'users',
    where: { and: [{ hospitals: { contains: hospital.id } }, { roles: { contains: 'hospital-admin' } }] },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return admins.docs.map((user) => ({
    to: user.email,
    locale: isLocale(user.preferredLanguage) ? user.preferredLanguage : 'ja',
  }))
}

export async function notifyHospitalOfNewInquiry(req: PayloadRequest, inquiry: Inquiry): Promise<void> {
  const hospital = await hospitalOf(req, inquiry)
  const patient = await patientOf(req, inquiry)
  for (const recipient of await hospitalRecipients(req, hospital)) {
    await queueEmail(req, {
      ...recipient,
      template: 'inquiry-received',
      data: {
        hospitalName: hospital.name,
        patientName: patient.name ?? patient.email,
        subject: inquiry.reference ?? String(inquiry.id),
        adminUrl: adminInquiryUrl(String(inquiry.id)),
      },
      idempotencyKey: `inquiry-received:${inquiry.id}:${recipient.to}`,
      about: { collection: 'inquiries', id: String(inquiry.id) },
    })
  }
}

/** The other side of the thread hears of a new message (or the hospital's decision) in their language. */
export async function notifyOtherSide(
  req: PayloadRequest,
  inquiry: Inquiry,
  message: { key: string; author: 'patient' | 'staff'; body: string },
): Promise<void> {
  const hospital = await hospitalOf(req, inquiry)
  const patient = await patientOf(req, inquiry)
  const patientName = patient.name ?? patient.email
  const about = { collection: 'inquiries' as const, id: String(inquiry.id) }
  if (message.author === 'staff') {
    const locale: AppLocale = isLocale(inquiry.replyLanguage) ? inquiry.replyLanguage : 'en'
    const localizedHospital = await req.payload.findByID({
      collection: 'hospitals',
      id: hospital.id,
      depth: 0,
      req,
      overrideAccess: true,
      locale,
      select: { name: true },
    })
    await queueEmail(req, {
      to: patient.email,
      locale,
      template: 'inquiry-message-to-patient',
      data: {
        patientName,
        hospitalName: localizedHospital.name ?? hospital.name,
        url: patientInquiryUrl(locale, String(inquiry.id)),
      },
      idempotencyKey: `${message.key}:${patient.email}`,
      about,
    })
    return
  }
  for (const recipient of await hospitalRecipients(req, hospital)) {
    await queueEmail(req, {
      ...recipient,
      template: 'inquiry-message-to-hospital',
      data: { hospitalName: hospital.name, patientName, adminUrl: adminInquiryUrl(String(inquiry.id)) },
      idempotencyKey: `${message.key}:${recipient.to}`,
      about,
    })
  }
}
