import type { PayloadRequest, Where } from 'payload'

import { recordAudit } from '@/audit/log'

/**
 * The right of access and to portability: everything Kakehashi holds about one patient, as one
 * JSON document. Some of it is not readable by the patient through the API (the outbox is
 * platform admins' only), so these reads bypass access on purpose, each scoped by a filter to
 * this one patient.
 */

type Doc = Record<string, unknown>

export interface PatientExport {
  generatedAt: string
  profile: Doc
  consents: Doc[]
  inquiries: (Doc & { messages: Doc[] })[]
  medicalDocuments: { id: string; filename: unknown; filesize: unknown; mimeType: unknown; uploadedAt: unknown; inquiry: unknown; hospital: unknown }[]
  bookings: Doc[]
  payments: Doc[]
  trainingApplications: Doc[]
  applicationFiles: { id: string; filename: unknown; filesize: unknown; mimeType: unknown; uploadedAt: unknown; program: unknown }[]
  partnerMemberships: Doc[]
  partnerRequests: Doc[]
  emails: Doc[]
}

type ExportedCollection =
  | 'consents'
  | 'inquiries'
  | 'inquiry-messages'
  | 'medical-documents'
  | 'bookings'
  | 'payments'
  | 'outbox'
  | 'training-applications'
  | 'application-files'
  | 'partners'
  | 'partner-requests'

async function all(req: PayloadRequest, collection: ExportedCollection, where: Where): Promise<Doc[]> {
  const found = await req.payload.find({ collection, where, depth: 0, pagination: false, overrideAccess: true, req, sort: 'createdAt' })
  return found.docs as unknown as Doc[]
}

/** Profile fields only: never the password hash, salt, tokens or session records. */
function profileOf(patient: Doc): Doc {
  const keys = ['id', 'email', 'name', 'preferredLanguage', 'country', 'phone', 'timeZone', '_verified', 'createdAt', 'updatedAt']
  return Object.fromEntries(keys.map((key) => [key, patient[key] ?? null]))
}

export async function exportPatientData(req: PayloadRequest, patientId: string): Promise<PatientExport> {
  const patient = (await req.payload.findByID({ collection: 'patients', id: patientId, depth: 0, overrideAccess: true, req })) as unknown as Doc
  const mine: Where = { patient: { equals: patientId } }

  const inquiries = await all(req, 'inquiries', mine)
  const inquiryIds = inquiries.map((inquiry) => String(inquiry.id))
  const messages = inquiryIds.length ? await all(req, 'inquiry-messages', { inquiry: { in: inquiryIds } }) : []
  const documents = await all(req, 'medical-documents', mine)
  const emails = await all(req, 'outbox', { to: { equals: patient.email as string } })
  const cvs = await all(req, 'application-files', { applicant: { equals: patientId } })

  const result: PatientExport = {
    generatedAt: new Date().toISOString(),
    profile: profileOf(patient),
    consents: await all(req, 'consents', mine),
    inquiries: inquiries.map((inquiry) => ({
      ...inquiry,
      messages: messages.filter((message) => String(message.inquiry) === String(inquiry.id)),
    })),
    medicalDocuments: documents.map((doc) => ({
      id: String(doc.id),
      filename: doc.filename ?? null,
      filesize: doc.filesize ?? null,
      mimeType: doc.mimeType ?? null,
      uploadedAt: doc.createdAt ?? null,
      inquiry: doc.inquiry ?? null,
      hospital: doc.hospital ?? null,
    })),
    bookings: await all(req, 'bookings', mine),
    payments: await all(req, 'payments', mine),
    trainingApplications: await all(req, 'training-applications', { applicant: { equals: patientId } }),
    applicationFiles: cvs.map((doc) => ({
      id: String(doc.id),
      filename: doc.filename ?? null,
      filesize: doc.filesize ?? null,
      mimeType: doc.mimeType ?? null,
      uploadedAt: doc.createdAt ?? null,
      program: doc.program ?? null,
    })),
    partnerMemberships: await all(req, 'partners', { members: { in: [patientId] } }),
    partnerRequests: await all(req, 'partner-requests', { requestedBy: { equals: patientId } }),
    emails: emails.map((email) => ({
      to: email.to,
      subject: email.subject,
      template: email.template,
      locale: email.locale,
      status: email.status,
      text: email.text,
      createdAt: email.createdAt,
      sentAt: email.sentAt ?? null,
    })),
  }
  await recordAudit(req, { action: 'export', collection: 'patients', docId: patientId })
  return result
}
