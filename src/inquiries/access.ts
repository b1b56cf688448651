import type { Access, FieldAccess, Where } from 'payload'

import { belongsToHospital, hospitalIdsOf, isHospitalMember, isPatient, isPlatformAdmin, patientIdOf, relationId } from '@/access/roles'

/**
 * Who may see a patient's inquiry and its medical content. The rule is the consent the patient
 * gave: their data goes to the one hospital they wrote to. Nobody else (another hospital, an
 * editor) reads it. Platform admins see inquiry metadata (status, hospital, times) to run the
 * marketplace, never the medical text or files (APPI data minimisation: they do not need it).
 */

const ownPatient = (user: unknown): Where | undefined => {
  const id = patientIdOf(user)
  return id ? { patient: { equals: id } } : undefined
}

const addressedHospital = (user: unknown): Where | undefined =>
  isHospitalMember(user) ? { hospital: { in: hospitalIdsOf(user) } } : undefined

/** The patient's own records and those addressed to the staff member's hospitals. */
export const patientOrAddressedHospital: Access = ({ req }) =>
  ownPatient(req.user) ?? addressedHospital(req.user) ?? false

/** Inquiries: like the above, and platform admins for metadata (medical fields are hidden below). */
export const readInquiries: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  return patientOrAddressedHospital({ req })
}

/** Medical text of a readable inquiry: the patient, or staff of its own hospital. */
export const readMedicalField: FieldAccess = ({ req, doc }) =>
  isPatient(req.user) || belongsToHospital(req.user, relationId((doc as { hospital?: unknown } | undefined)?.hospital))

/** Only patients start inquiries, consents and documents (hooks make them their own). */
export const signedInPatient: Access = ({ req }) => isPatient(req.user)

/** Staff of the hospital an inquiry is addressed to work on it. */
export const addressedHospitalStaff: Access = ({ req }) => addressedHospital(req.user) ?? false

/** Messages are written by the patient of the thread or the addressed hospital's staff (hooks check which). */
export const patientOrHospitalMember: Access = ({ req }) => isPatient(req.user) || isHospitalMember(req.user)

/** A patient may withdraw a document until the hospital has answered the inquiry. */
export const deleteOwnUnansweredDocument: Access = ({ req }) => {
  const own = ownPatient(req.user)
  if (!own) return false
  return {
    and: [own, { or: [{ inquiry: { exists: false } }, { 'inquiry.status': { in: ['new', 'in-progress'] } }] }],
  }
}

/** Consents: their patient, the hospital they name, and platform admins (proof of consent, no medical data). */
export const readConsents: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  return patientOrAddressedHospital({ req })
}
