import type { RelationshipField } from 'payload'

import {
  belongsToHospital,
  hospitalIdsOf,
  isHospitalMember,
  isPlatformAdmin,
  isPlatformStaff,
  relationId,
} from '@/access/roles'

/**
 * The `hospital` relationship every tenant-owned record carries. Access predicates filter
 * reads by it; this field makes sure nobody but a platform admin assigns a hospital they
 * do not belong to (a create passes an access check that returns a query, so this is the guard).
 */
export function hospitalOwnerField(options: { required?: boolean } = {}): RelationshipField {
  const required = options.required ?? true
  return {
    name: 'hospital',
    type: 'relationship',
    relationTo: 'hospitals',
    required,
    index: true,
    admin: { position: 'sidebar' },
    defaultValue: ({ user }) => (isHospitalMember(user) ? hospitalIdsOf(user)[0] : undefined),
    filterOptions: ({ user }) => (isPlatformAdmin(user) ? true : { id: { in: hospitalIdsOf(user) } }),
    validate: (value, { req }) => {
      const id = relationId(Array.isArray(value) ? undefined : value) || undefined
      // Without a signed-in user this is a trusted server-side call (seed, jobs) its caller authorised.
      const user = req.user
      if (id === undefined) {
        if (required) return req.t('validation:required')
        // A record without a hospital is shared platform content: only platform staff create it.
        if (user && !isPlatformStaff(user)) return 'Assign this record to your own hospital.'
        return true
      }
      // Only platform admins assign any hospital; editors none, hospital members only their own.
      if (user && !isPlatformAdmin(user) && !belongsToHospital(user, id)) {
        return 'You can only assign records to your own hospital.'
      }
      return true
    },
  }
}
