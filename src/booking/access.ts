import type { Access, Where } from 'payload'

import { hospitalIdsOf, isHospitalMember, isPlatformAdmin, isPlatformStaff, patientIdOf } from '@/access/roles'

/** Bookings: the patient their own; hospital staff their hospitals'; platform admins all. */
export const readBookings: Access = ({ req }): boolean | Where => {
  if (isPlatformAdmin(req.user)) return true
  const patient = patientIdOf(req.user)
  if (patient) return { patient: { equals: patient } }
  if (isHospitalMember(req.user)) return { hospital: { in: hospitalIdsOf(req.user) } }
  return false
}

/**
 * Slots: staff see their hospitals' slots; everybody sees the slots of public packages
 * (published, of a verified hospital) for the date picker. Platform staff see all.
 */
export const readSlots: Access = ({ req }) => {
  if (isPlatformStaff(req.user)) return true
  const publicSlots: Where = {
    and: [{ 'package.status': { equals: 'published' } }, { 'hospital.verificationStatus': { equals: 'verified' } }],
  }
  if (isHospitalMember(req.user)) return { or: [publicSlots, { hospital: { in: hospitalIdsOf(req.user) } }] }
  return publicSlots
}
