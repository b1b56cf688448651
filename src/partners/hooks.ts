import { Forbidden, ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { isPatient, patientIdOf, relationId } from '@/access/roles'
import { recordAudit } from '@/audit/log'
import { getTranslator } from '@/i18n/server'
import { messageLocale } from '@/inquiries/locale'

import type { Partner, PartnerRequest } from '../../payload-types'
import { partnerIdsOf } from './access'

const t = (req: PayloadRequest) => getTranslator(messageLocale(req), 'partners')

function refuse(req: PayloadRequest, path: string, key: string): never {
  throw new ValidationError({ errors: [{ path, message: t(req)(key) }] })
}

/**
 * The account that registers an organisation becomes its first member; the organisation waits
 * for platform staff to verify it. An account belongs to one organisation.
 */
export const registerAsFirstMember: CollectionBeforeChangeHook<Partner> = async ({ data, operation, req }) => {
  if (operation !== 'create' || !isPatient(req.user)) return data
  const account = patientIdOf(req.user)
  if (!account) throw new Forbidden(req.t)
  if ((await partnerIdsOf(req)).length > 0) refuse(req, 'name', 'errors.alreadyMember')
  data.members = [account]
  data.verificationStatus = 'pending'
  return data
}

/**
 * A request comes from a member of the partner it names, as that member, starting `new`. A
 * request from a partner not yet verified is accepted and flagged for staff, who verify the
 * organisation before acting on it. A solution request names a published solution.
 */
export const startPartnerRequest: CollectionBeforeChangeHook<PartnerRequest> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (!isPatient(req.user) && !req.context.seeding) throw new Forbidden(req.t)
  const requestedBy = patientIdOf(req.user) ?? relationId(data.requestedBy)
  const partnerId = relationId(data.partner)
  if (!requestedBy || !partnerId) throw new Forbidden(req.t)
  if (isPatient(req.user) && !(await partnerIdsOf(req)).includes(partnerId)) throw new Forbidden(req.t)
  // The partner's state only, to flag requests from organisations not yet verified.
  const partner = await req.payload.findByID({ collection: 'partners', id: partnerId, depth: 0, req, overrideAccess: true, select: { verificationStatus: true } })
  if (partner.verificationStatus === 'rejected') refuse(req, 'partner', 'errors.partnerRejected')

  if (data.kind === 'solution') {
    const solution = relationId(data.solution)
    const visible = solution
      ? await req.payload.count({ collection: 'solutions', where: { id: { equals: solution } }, req, user: req.user, overrideAccess: false })
      : { totalDocs: 0 }
    if (visible.totalDocs === 0) refuse(req, 'solution', 'errors.solutionUnavailable')
  } else {
    data.solution = null
  }
  if (data.kind !== 'training') data.trainingProgram = null

  const now = new Date().toISOString()
  data.requestedBy = requestedBy
  data.partnerPending = partner.verificationStatus !== 'verified'
  if (!req.context.seeding) {
    data.status = 'new'
    data.history = [{ status: 'new', at: now, by: 'partner' }]
  }
  return data
}

/** Each change of status, routing or assignee is kept in the request's history, with who and when. */
export const trackRequestHistory: CollectionBeforeChangeHook<PartnerRequest> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const statusChanged = data.status !== undefined && data.status !== originalDoc.status
  const routedChanged = data.routedTo !== undefined && relationId(data.routedTo) !== relationId(originalDoc.routedTo)
  if (!statusChanged && !routedChanged) return data
  const email = (req.user as { email?: unknown } | null)?.email
  const status = (data.status ?? originalDoc.status) as PartnerRequest['status']
  // Routing a new request moves it on: somebody now owns it.
  const next = routedChanged && status === 'new' && relationId(data.routedTo) ? 'routed' : status
  data.status = next
  data.history = [
    ...(originalDoc.history ?? []),
    { status: next, at: new Date().toISOString(), by: typeof email === 'string' ? email : 'system', routedTo: relationId(data.routedTo ?? originalDoc.routedTo) ?? null },
  ]
  return data
}

export const auditRequestStatus: CollectionAfterChangeHook<PartnerRequest> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc || previousDoc.status === doc.status) return doc
  await recordAudit(req, {
    action: 'transition',
    collection: 'partner-requests',
    docId: String(doc.id),
    hospital: relationId(doc.routedTo),
    detail: `status:${previousDoc.status}→${doc.status}`,
  })
  return doc
}
