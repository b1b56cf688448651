import type { Access, Where } from 'payload'

import { hospitalIdsOf, isHospitalMember, isPlatformAdmin, patientIdOf } from '@/access/roles'

/**
 * Who reads payment records: platform admins all of them, a hospital's staff their hospital's,
 * a patient their own. Nobody else (editors handle content, not money).
 */
export const readPayments: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const patientId = patientIdOf(req.user)
  if (patientId) {
    const own: Where = { patient: { equals: patientId } }
    return own
  }
  if (isHospitalMember(req.user)) {
    const ownHospital: Where = { hospital: { in: hospitalIdsOf(req.user) } }
    return ownHospital
  }
  return false
}
