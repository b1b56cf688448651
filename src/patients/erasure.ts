import type { CollectionBeforeDeleteHook, PayloadRequest, Where } from 'payload'

import { recordAudit } from '@/audit/log'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { queueEmail } from '@/notifications/outbox'

/**
 * The right to erasure. Everything personal about an account holder goes: inquiries with their
 * messages, medical documents (Payload's delete removes the files from disk), consents, training
 * applications with their CVs, and emails addressed to them. Bookings and payments are the
 * hospital's financial records, so they stay, anonymised: the link to the patient (and to the
 * erased inquiry) is emptied. A partner organisation's requests are the organisation's, so they
 * stay without the person who sent them, and the person leaves the organisation's members.
 *
 * Every call here bypasses access on purpose: erasure is a system duty that must reach every
 * record of this patient whoever triggered it (the patient or a platform admin), and each query
 * is scoped to this one patient. All calls pass `req`, so the erasure and the deletion of the
 * account commit or fail together.
 */

/** Lets other collections' hooks (booking state machine, immutable records) stand aside. */
export const ERASURE_CONTEXT = 'patientErasure'

export interface ErasureSummary {
  inquiries: number
  messages: number
  documents: number
  consents: number
  bookingsAnonymised: number
  paymentsAnonymised: number
  trainingApplications: number
  applicationFiles: number
  partnerRequestsAnonymised: number
  partnerMemberships: number
  emails: number
}

interface ErasedPatient {
  id: string
  email: string
  name?: string | null
  preferredLanguage?: string | null
}

const system = { overrideAccess: true, depth: 0 } as const

async function idsOf(req: PayloadRequest, collection: 'inquiries' | 'bookings' | 'payments' | 'partner-requests', where: Where): Promise<string[]> {
  const found = await req.payload.find({ collection, where, select: {}, pagination: false, req, ...system })
  return found.docs.map((doc) => String(doc.id))
}

async function deleteWhere(
  req: PayloadRequest,
  collection: 'inquiry-messages' | 'medical-documents' | 'inquiries' | 'consents' | 'outbox' | 'training-applications' | 'application-files',
  where: Where,
): Promise<number> {
  const result = await req.payload.delete({ collection, where, req, context: { [ERASURE_CONTEXT]: true }, ...system })
  if (result.errors.length > 0) {
    const first = result.errors[0]
    throw new Error(`Erasure could not delete ${collection} ${first?.id}: ${first?.message}`)
  }
  return result.docs.length
}

/** Erases everything about the patient except the account itself (its deletion follows). */
export async function erasePatientData(req: PayloadRequest, patient: ErasedPatient): Promise<ErasureSummary> {
  const id = String(patient.id)
  const context = { ...req.context, [ERASURE_CONTEXT]: true }
  const inquiries = await idsOf(req, 'inquiries', { patient: { equals: id } })

  // Bookings point at the inquiry; unlink first so no booking references an erased record.
  // The updates come before any deletion: Payload removes a document's file from disk at once,
  // and a rollback cannot bring it back, so everything that may still fail goes first.
  const bookings = await idsOf(req, 'bookings', { patient: { equals: id } })
  for (const bookingId of bookings) {
    await req.payload.update({
      collection: 'bookings',
      id: bookingId,
      data: { patient: null, inquiry: null } as Record<string, unknown>,
      context,
      req,
      ...system,
    })
  }
  const payments = await idsOf(req, 'payments', { patient: { equals: id } })
  for (const paymentId of payments) {
    await req.payload.update({
      collection: 'payments',
      id: paymentId,
      data: { patient: null } as Record<string, unknown>,
      context,
      req,
      ...system,
    })
  }

  const partnerRequests = await idsOf(req, 'partner-requests', { requestedBy: { equals: id } })
  for (const requestId of partnerRequests) {
    await req.payload.update({
      collection: 'partner-requests',
      id: requestId,
      data: { requestedBy: null } as Record<string, unknown>,
      context,
      req,
      ...system,
    })
  }
  const memberOf = await req.payload.find({
    collection: 'partners',
    where: { members: { in: [id] } },
    select: { members: true },
    pagination: false,
    req,
    ...system,
  })
  for (const partner of memberOf.docs) {
    const members = (partner.members ?? []).map((member) => (typeof member === 'object' && member ? String(member.id) : String(member)))
    await req.payload.update({
      collection: 'partners',
      id: partner.id,
      data: { members: members.filter((member) => member !== id) },
      context,
      req,
      ...system,
    })
  }

  const messages = inquiries.length
    ? await deleteWhere(req, 'inquiry-messages', { inquiry: { in: inquiries } })
    : 0
  const documents = await deleteWhere(req, 'medical-documents', { patient: { equals: id } })
  const erasedInquiries = await deleteWhere(req, 'inquiries', { patient: { equals: id } })
  const consents = await deleteWhere(req, 'consents', { patient: { equals: id } })
  // Applications first: each points at its CV, which goes after it.
  const trainingApplications = await deleteWhere(req, 'training-applications', { applicant: { equals: id } })
  const applicationFiles = await deleteWhere(req, 'application-files', { applicant: { equals: id } })
  const emails = await deleteWhere(req, 'outbox', { to: { equals: patient.email } })

  const summary: ErasureSummary = {
    inquiries: erasedInquiries,
    messages,
    documents,
    consents,
    bookingsAnonymised: bookings.length,
    paymentsAnonymised: payments.length,
    trainingApplications,
    applicationFiles,
    partnerRequestsAnonymised: partnerRequests.length,
    partnerMemberships: memberOf.docs.length,
    emails,
  }
  // The trail keeps that an erasure happened and how much, never what was erased.
  await recordAudit(req, {
    action: 'erase',
    collection: 'patients',
    docId: id,
    detail: Object.entries(summary).map(([k, v]) => `${k}:${v}`).join(' '),
  })
  // The goodbye is written after the old emails are gone, so it is the only row left with this
  // address: it has to exist until the delivery job sends it.
  await queueEmail(req, {
    to: patient.email,
    locale: isLocale(patient.preferredLanguage) ? patient.preferredLanguage : defaultLocale,
    template: 'account-deleted',
    data: { name: patient.name || patient.email },
    idempotencyKey: `account-deleted:${id}`,
  })
  return summary
}

/** Registered on `patients`: whoever deletes an account (the patient or an admin) erases it fully. */
export const erasePatientDataBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const patient = await req.payload.findByID({
    collection: 'patients',
    id,
    req,
    disableErrors: true,
    ...system,
  })
  if (!patient) return
  await erasePatientData(req, { id: String(patient.id), email: patient.email, name: patient.name, preferredLanguage: patient.preferredLanguage })
}
