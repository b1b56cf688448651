import { randomBytes } from 'node:crypto'

import {
  Forbidden,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
} from 'payload'

import { belongsToHospital, hospitalIdsOf, isHospitalMember, isPatient, patientIdOf, relationId } from '@/access/roles'
import { recordAudit } from '@/audit/log'
import { getTranslator } from '@/i18n/server'

import type { Inquiry, InquiryMessage } from '../../payload-types'
import { messageLocale } from './locale'
import { notifyHospitalOfNewInquiry, notifyOtherSide } from './notify'
import { quoteFingerprint, quoteTotal } from './quote'
import { afterMessage, afterStaffTouch, type InquiryStatus } from './status'

/** Flags one hook passes to another through `req.context`, so a change caused by a hook is not mistaken for a user's edit. */
interface InquiryContext {
  /** The inquiry update comes from a new message (status and waiting time), not from staff editing. */
  fromMessage?: boolean
  /** The staff reply typed into the inquiry's `reply` field, to become a message after the save. */
  staffReply?: Record<string, string>
  /** The hospital's decision changed on this save: the patient hears of it. */
  decisionChanged?: Record<string, string>
  /** The message is the inquiry's own question (nobody is notified twice, the status stays new). */
  firstMessage?: boolean
  /** The inquiry's save that wrote this staff message has already set status and waiting time. */
  statusAlreadySet?: boolean
}

const ctx = (req: PayloadRequest): InquiryContext => req.context as InquiryContext

function refuse(req: PayloadRequest, path: string, key: string): never {
  const t = getTranslator(messageLocale(req), 'inquiries')
  throw new ValidationError({ errors: [{ path, message: t(key) }] })
}

/** Short, readable, unguessable enough to name an inquiry in emails and lists. */
const newReference = (): string => `Q-${randomBytes(4).toString('hex').toUpperCase()}`

// ——— inquiries ———

/**
 * A new inquiry is its patient's own, starts `new` and waiting, and rests on a consent that the
 * same patient gave for the same hospital (the consent, not the form, is what allows the hospital
 * to receive the data).
 */
export const startInquiryFromConsent: CollectionBeforeChangeHook<Inquiry> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (isPatient(req.user)) data.patient = patientIdOf(req.user)
  data.status = 'new'
  data.waitingSince = new Date().toISOString()
  data.reference = newReference()
  const consentId = relationId(data.consent)
  if (!consentId) refuse(req, 'consent', 'errors.consentRequired')
  // Checks a consent the patient just gave in this transaction: read as the system.
  const consent = await req.payload
    .findByID({ collection: 'consents', id: consentId, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (
    !consent ||
    relationId(consent.patient) !== relationId(data.patient) ||
    relationId(consent.hospital) !== relationId(data.hospital)
  ) {
    refuse(req, 'consent', 'errors.consentRequired')
  }
  const packageId = relationId(data.package)
  if (packageId) {
    const pkg = await req.payload.findByID({ collection: 'care-packages', id: packageId, depth: 0, req, overrideAccess: true })
    if (relationId(pkg.hospital) !== relationId(data.hospital)) refuse(req, 'package', 'errors.packageElsewhere')
  }
  return data
}

/**
 * Staff work on an inquiry: assign a colleague of the same hospital, set the status, answer with a
 * quote or a decline, or type a reply. An accepted quote is frozen: the booking relies on it.
 */
export const applyStaffWork: CollectionBeforeChangeHook<Inquiry> = async ({ data, operation, originalDoc, req }) => {
  const reply = typeof (data as { reply?: unknown }).reply === 'string' ? (data as { reply: string }).reply.trim() : ''
  delete (data as { reply?: unknown }).reply
  if (operation !== 'update' || !originalDoc || ctx(req).fromMessage) return data

  const response = data.response ?? originalDoc.response
  if (originalDoc.quoteAcceptedAt) {
    const changed =
      (response?.decision ?? 'none') !== (originalDoc.response?.decision ?? 'none') ||
      quoteFingerprint(response?.quote) !== quoteFingerprint(originalDoc.response?.quote) ||
      ('package' in data && relationId(data.package) !== relationId(originalDoc.package))
    if (changed) refuse(req, 'response', 'errors.quoteFrozen')
  }
  if (response?.quote) {
    data.response = { ...response, quote: { ...response.quote, totalJPY: quoteTotal(response.quote) } }
  }
  if (response?.decision === 'accepted') {
    if (typeof response.quote?.packagePriceJPY !== 'number') refuse(req, 'response.quote.packagePriceJPY', 'errors.required')
    if (!response.quote?.validUntil) refuse(req, 'response.quote.validUntil', 'errors.required')
  }
  if (response?.decision === 'declined' && !response.declineReason?.trim()) {
    refuse(req, 'response.declineReason', 'errors.required')
  }

  const hospitalId = relationId(originalDoc.hospital)
  const assigneeId = relationId(data.assignee)
  if (assigneeId && assigneeId !== relationId(originalDoc.assignee)) {
    // Reads the colleague as the system: the check is whether they work for this hospital.
    const assignee = await req.payload
      .findByID({ collection: 'users', id: assigneeId, depth: 0, req, overrideAccess: true, disableErrors: true })
      .catch(() => null)
    if (!assignee || !hospitalIdsOf({ ...assignee, collection: 'users' }).includes(hospitalId ?? '')) {
      refuse(req, 'assignee', 'errors.assigneeElsewhere')
    }
  }

  let status = (data.status ?? originalDoc.status) as InquiryStatus
  if (isHospitalMember(req.user) && status === originalDoc.status) status = afterStaffTouch(status)
  const decision = response?.decision ?? 'none'
  const decisionChanged = decision !== 'none' && decision !== (originalDoc.response?.decision ?? 'none')
  if (reply || decisionChanged) {
    status = data.status === 'closed' ? 'closed' : 'answered'
    data.waitingSince = null
  }
  data.status = status
  const key = String(originalDoc.id)
  if (reply) ctx(req).staffReply = { ...ctx(req).staffReply, [key]: reply }
  if (decisionChanged) ctx(req).decisionChanged = { ...ctx(req).decisionChanged, [key]: decision }
  return data
}

/** The new inquiry's question opens the thread; the hospital hears of it once. */
export const openThreadAndNotifyHospital: CollectionAfterChangeHook<Inquiry> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const previous = ctx(req).firstMessage
  ctx(req).firstMessage = true
  try {
    // The thread's first message is the patient's question, written as part of the inquiry.
    await req.payload.create({
      collection: 'inquiry-messages',
      req,
      overrideAccess: true,
      depth: 0,
      data: {
        inquiry: doc.id,
        hospital: relationId(doc.hospital),
        patient: relationId(doc.patient),
        authorType: 'patient',
        authorPatient: relationId(doc.patient),
        body: doc.question,
      },
    })
  } finally {
    ctx(req).firstMessage = previous
  }
  await notifyHospitalOfNewInquiry(req, doc)
  return doc
}

/** A reply typed in the admin becomes a staff message; a new decision reaches the patient; status changes are audited. */
export const postStaffReplyAndNotify: CollectionAfterChangeHook<Inquiry> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || ctx(req).fromMessage) return doc
  const key = String(doc.id)
  const reply = ctx(req).staffReply?.[key]
  const decision = ctx(req).decisionChanged?.[key]
  const { staffReply, decisionChanged } = ctx(req)
  if (staffReply) delete staffReply[key]
  if (decisionChanged) delete decisionChanged[key]
  if (reply) {
    const previous = ctx(req).statusAlreadySet
    ctx(req).statusAlreadySet = true
    try {
      await req.payload.create({
        collection: 'inquiry-messages',
        req,
        user: req.user,
        overrideAccess: false,
        depth: 0,
        data: { inquiry: doc.id, body: reply, authorType: 'staff' },
      })
    } finally {
      ctx(req).statusAlreadySet = previous
    }
  } else if (decision) {
    const t = getTranslator(doc.replyLanguage && typeof doc.replyLanguage === 'string' ? (doc.replyLanguage as never) : 'en', 'inquiries')
    await notifyOtherSide(req, doc, {
      key: `inquiry-decision:${doc.id}:${decision}:${doc.updatedAt}`,
      author: 'staff',
      body: decision === 'accepted' ? t('quote.sentNotice') : t('quote.declinedNotice'),
    })
  }
  if (previousDoc && previousDoc.status !== doc.status && req.user) {
    await recordAudit(req, {
      action: 'transition',
      collection: 'inquiries',
      docId: key,
      hospital: relationId(doc.hospital),
      detail: `status:${previousDoc.status}→${doc.status}`,
    })
  }
  return doc
}

// ——— inquiry messages ———

/** A message belongs to its thread's patient and hospital; its author is whoever is signed in. */
export const authorMessageFromSignedInUser: CollectionBeforeChangeHook<InquiryMessage> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const inquiryId = relationId(data.inquiry)
  if (!inquiryId) refuse(req, 'inquiry', 'errors.required')
  // The thread's owner and hospital decide who may write; read as the system to check them.
  const inquiry = await req.payload.findByID({ collection: 'inquiries', id: inquiryId, depth: 0, req, overrideAccess: true })
  data.hospital = relationId(inquiry.hospital)
  data.patient = relationId(inquiry.patient)
  if (isPatient(req.user)) {
    if (patientIdOf(req.user) !== relationId(inquiry.patient)) throw new Forbidden(req.t)
    data.authorType = 'patient'
    data.authorPatient = patientIdOf(req.user)
    data.authorStaff = null
  } else if (req.user) {
    if (!belongsToHospital(req.user, relationId(inquiry.hospital))) throw new Forbidden(req.t)
    data.authorType = 'staff'
    data.authorStaff = relationId(req.user)
    data.authorPatient = null
  }
  if (!data.body?.trim()) refuse(req, 'body', 'errors.required')
  return data
}

/** Whoever wrote, the other side is told and the inquiry's status and waiting time follow. */
export const advanceThreadAndNotify: CollectionAfterChangeHook<InquiryMessage> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || ctx(req).firstMessage) return doc
  const inquiryId = relationId(doc.inquiry) ?? ''
  let inquiry = await req.payload.findByID({ collection: 'inquiries', id: inquiryId, depth: 0, req, overrideAccess: true })
  const author = doc.authorType === 'staff' ? 'staff' : 'patient'
  if (!ctx(req).statusAlreadySet) {
    const next = afterMessage(
      { status: inquiry.status as InquiryStatus, waitingSince: inquiry.waitingSince ?? null },
      author,
    )
    const previous = ctx(req).fromMessage
    ctx(req).fromMessage = true
    try {
      // The status follows the conversation whoever wrote; patients cannot edit inquiries themselves.
      inquiry = await req.payload.update({
        collection: 'inquiries',
        id: inquiryId,
        req,
        overrideAccess: true,
        depth: 0,
        data: { status: next.status, waitingSince: next.waitingSince },
      })
    } finally {
      ctx(req).fromMessage = previous
    }
  }
  await notifyOtherSide(req, inquiry, { key: `inquiry-message:${doc.id}`, author, body: doc.body })
  return doc
}
