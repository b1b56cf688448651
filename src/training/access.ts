import type { Access, FieldAccess, Where } from 'payload'

import { belongsToHospital, hospitalIdsOf, isHospitalMember, isPatient, isPlatformStaff, patientIdOf, relationId } from '@/access/roles'

/**
 * Who sees a training application and its CV. The applicant sees their own; the host decides:
 * the host hospital's staff for a hospital programme, platform staff for a university one.
 * Platform staff also see every application's status to run the programme catalogue, but a
 * hospital programme's CVs stay with the hospital (data minimisation).
 */

const ownApplicant = (user: unknown): Where | undefined => {
  const id = patientIdOf(user)
  return id ? { applicant: { equals: id } } : undefined
}

const hostedByOwnHospital = (user: unknown): Where | undefined =>
  isHospitalMember(user) ? { hostHospital: { in: hospitalIdsOf(user) } } : undefined

/** Applications: the applicant's own; the host hospital's staff; platform staff all. */
export const readApplications: Access = ({ req }) => {
  if (isPlatformStaff(req.user)) return true
  return ownApplicant(req.user) ?? hostedByOwnHospital(req.user) ?? false
}

/**
 * Hosts change an application's status (the hooks check the move). Applicants never update over
 * the API: withdrawing goes through src/training/service.ts, which checks ownership.
 */
export const manageApplications: Access = ({ req }) => {
  if (isPlatformStaff(req.user)) return true
  return hostedByOwnHospital(req.user) ?? false
}

/** Only signed-in accounts apply (the hooks make the application theirs). */
export const signedInApplicant: Access = ({ req }) => isPatient(req.user)

/** CVs: the applicant's own, the host hospital's staff, platform staff for programmes they host. */
export const readApplicationFiles: Access = ({ req }) => {
  const own = ownApplicant(req.user)
  if (own) return own
  const hospital = hostedByOwnHospital(req.user)
  if (isPlatformStaff(req.user)) return hospital ? { or: [hospital, { hostHospital: { exists: false } }] } : { hostHospital: { exists: false } }
  return hospital ?? false
}

/** A host's notes on an application: never shown to the applicant. */
export const hostField: FieldAccess = ({ req, doc }) =>
  isPlatformStaff(req.user) || belongsToHospital(req.user, relationId((doc as { hostHospital?: unknown } | undefined)?.hostHospital))

/** Whether this user hosts (decides on) an application of the given host hospital (none: a university). */
export function hostsApplication(user: unknown, hostHospital: string | undefined): boolean {
  if (hostHospital) return belongsToHospital(user, hostHospital) || isPlatformStaff(user)
  return isPlatformStaff(user)
}
