import type { Access, BaseFilter, FieldAccess, Where } from 'payload'

import {
  belongsToHospital,
  hospitalIdsOf,
  isEditor,
  isHospitalMember,
  isPlatformAdmin,
  isPlatformStaff,
  patientIdOf,
  relationId,
} from './roles'

export * from './roles'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)

/** Platform admins and editors: taxonomy, exchange rates and other shared content. */
export const platformStaffOnly: Access = ({ req }) => isPlatformStaff(req.user)

const inOwnHospitals = (user: unknown, field: string): Where => ({
  [field]: { in: hospitalIdsOf(user) },
})

/**
 * Records owned by a hospital (they carry a `hospital` field): platform admins see all,
 * hospital staff only their own hospitals' records. Editors review but do not write them.
 */
export const ownHospitalRecords: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  if (isHospitalMember(req.user)) return inOwnHospitals(req.user, 'hospital')
  return false
}

/** The hospitals collection itself: the tenant is its own owner. */
export const ownHospitalProfiles: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  if (isHospitalMember(req.user)) return inOwnHospitals(req.user, 'id')
  return false
}

/** Public read: verified hospitals; staff additionally their own, platform staff everything. */
export const readHospitals: Access = ({ req }) => {
  if (isPlatformStaff(req.user)) return true
  const verified: Where = { verificationStatus: { equals: 'verified' } }
  if (isHospitalMember(req.user)) return { or: [verified, inOwnHospitals(req.user, 'id')] }
  return verified
}

/** Public read: published packages of verified hospitals; staff additionally their own. */
export const readCarePackages: Access = ({ req }) => {
  if (isPlatformStaff(req.user)) return true
  const publicPackages: Where = {
    and: [{ status: { equals: 'published' } }, { 'hospital.verificationStatus': { equals: 'verified' } }],
  }
  if (isHospitalMember(req.user)) return { or: [publicPackages, inOwnHospitals(req.user, 'hospital')] }
  return publicPackages
}

/**
 * Shared media (no hospital) is platform staff's; hospital media is its hospital's. Editors
 * manage shared media only: a hospital's images are a hospital-owned record they do not write.
 */
export const writeMedia: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const scopes: Where[] = []
  if (isEditor(req.user)) scopes.push({ hospital: { exists: false } })
  if (isHospitalMember(req.user)) scopes.push(inOwnHospitals(req.user, 'hospital'))
  const [only, ...more] = scopes
  if (!only) return false
  return more.length > 0 ? { or: scopes } : only
}

/**
 * Staff users: yourself and, for hospital staff, colleagues of your own hospitals (an inquiry
 * is assigned to a colleague by name); platform admins everyone.
 */
export const readStaffUsers: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  if (!req.user || req.user.collection !== 'users') return false
  const self: Where = { id: { equals: req.user.id } }
  if (!isHospitalMember(req.user)) return self
  return { or: [self, { hospitals: { in: hospitalIdsOf(req.user) } }] }
}

/** Staff users: yourself; platform admins everyone. */
export const selfOrPlatformAdmin: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  if (req.user && req.user.collection === 'users') return { id: { equals: req.user.id } }
  return false
}

export const platformAdminField: FieldAccess = ({ req }) => isPlatformAdmin(req.user)

/**
 * The admin panel's lists for hospital staff: only their own hospitals' records. Reading other
 * hospitals' public records stays allowed (the public site needs it); this narrows what the
 * admin lists show. `field` names the owner: `hospital` on tenant-owned records, `id` on the
 * hospitals collection itself.
 */
export const ownHospitalsInAdminLists =
  (field: 'hospital' | 'id'): BaseFilter =>
  ({ req }) =>
    isHospitalMember(req.user) && !isPlatformStaff(req.user) ? inOwnHospitals(req.user, field) : null

/** Patient accounts: the patient themself; platform admins everyone. */
export const patientSelfOrPlatformAdmin: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const own = patientIdOf(req.user)
  return own ? { id: { equals: own } } : false
}

/**
 * Reading a patient: the patient themself, platform admins, and hospital staff for patients who
 * have written to (or booked with) one of their hospitals. Nobody else learns a patient exists.
 */
export const readPatients: Access = async ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const own = patientIdOf(req.user)
  if (own) return { id: { equals: own } }
  if (!isHospitalMember(req.user)) return false
  const hospitals = hospitalIdsOf(req.user)
  if (hospitals.length === 0) return false
  const ids = new Set<string>()
  for (const collection of ['inquiries', 'bookings'] as const) {
    // Bypasses access on purpose: this asks which patients the staff member's hospitals deal
    // with (scoped by the `hospital` filter), only their IDs, to decide what the staff may read.
    const found = await req.payload.find({
      collection,
      where: { hospital: { in: hospitals } },
      select: { patient: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of found.docs) {
      const id = relationId((doc as { patient?: unknown }).patient)
      if (id) ids.add(id)
    }
  }
  return ids.size > 0 ? { id: { in: [...ids] } } : false
}

/**
 * A field only the record's own hospital (and platform admins) may read, on a record the
 * public may otherwise see: a slot's internal note.
 */
export const ownHospitalField: FieldAccess = ({ req, doc }) =>
  isPlatformAdmin(req.user) || belongsToHospital(req.user, relationId((doc as { hospital?: unknown } | undefined)?.hospital))

/**
 * Patient accounts are opened by the visitors themselves (signed out) or by a platform admin;
 * staff and signed-in patients do not open accounts for other people.
 */
export const signUpOrPlatformAdmin: Access = ({ req }) => !req.user || isPlatformAdmin(req.user)
