import type { Access } from 'payload'

import { hasRole, hospitalIdsOf, isPlatformAdmin } from '@/access/roles'

/** Platform admins read the whole trail; a hospital admin only their hospital's entries. */
export const readAuditLog: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  if (hasRole(req.user, 'hospital-admin')) return { hospital: { in: hospitalIdsOf(req.user) } }
  return false
}
