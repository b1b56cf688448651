import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { hospitalIdsOf, isHospitalMember, isPatient, isPlatformStaff, patientIdOf } from '@/access/roles'

/**
 * Partners and their requests. The public sees verified partners; a member (a Kakehashi account
 * listed in `members`) also sees their own organisation while it is pending and their
 * organisation's requests, never another's. Platform staff verify partners and route requests.
 */

const memberOf = (user: unknown): Where | undefined => {
  const id = patientIdOf(user)
  return id ? { members: { in: [id] } } : undefined
}

/** Partners: verified ones publicly; members their own whatever its state; platform staff all. */
export const readPartners: Access = ({ req }) => {
  if (isPlatformStaff(req.user)) return true
  const verified: Where = { verificationStatus: { equals: 'verified' } }
  const own = memberOf(req.user)
  return own ? { or: [verified, own] } : verified
}

export const platformStaff: Access = ({ req }) => isPlatformStaff(req.user)

/** Only signed-in accounts register an organisation (the hooks make them its first member). */
export const signedInAccount: Access = ({ req }) => isPatient(req.user)

/** Fields about a partner's people and contact: its members and platform staff only. */
export const memberOrStaffField: FieldAccess = ({ req, doc }) => {
  if (isPlatformStaff(req.user)) return true
  const id = patientIdOf(req.user)
  if (!id) return false
  const members = ((doc as { members?: unknown[] } | undefined)?.members ?? []).map((m) =>
    typeof m === 'object' && m !== null ? String((m as { id: unknown }).id) : String(m),
  )
  return members.includes(id)
}

export const platformStaffField: FieldAccess = ({ req }) => isPlatformStaff(req.user)

/** The IDs of the partners the account is a member of (any verification state). */
export async function partnerIdsOf(req: PayloadRequest, user: unknown = req.user): Promise<string[]> {
  const id = patientIdOf(user)
  if (!id) return []
  // Bypasses access on purpose: it asks only which organisations list this account as a member,
  // to decide what the account may read.
  const found = await req.payload.find({
    collection: 'partners',
    where: { members: { in: [id] } },
    select: { slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs.map((doc) => String(doc.id))
}

/**
 * Requests: a member reads their own organisation's; staff of a hospital a request was routed
 * to read that one; platform staff all.
 */
export const readPartnerRequests: Access = async ({ req }): Promise<boolean | Where> => {
  if (isPlatformStaff(req.user)) return true
  if (isPatient(req.user)) {
    const partners = await partnerIdsOf(req)
    return partners.length > 0 ? { partner: { in: partners } } : false
  }
  if (isHospitalMember(req.user)) return { routedTo: { in: hospitalIdsOf(req.user) } }
  return false
}
