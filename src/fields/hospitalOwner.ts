import type { RelationshipField } from 'payload'

import { belongsToHospital, hospitalIdsOf, isHospitalMember, isPlatformAdmin, isPlatformStaff } from '@/access/roles'

/**
 * The `hospital` relationship every tenant-owned record carries. Access predicates filter
 * reads by it; this field makes sure a hospital member can only ever assign their own.
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
    filterOptions: ({ user }) => {
      if (isPlatformAdmin(user) || isPlatformStaff(user)) return true
      return { id: { in: hospitalIdsOf(user) } }
    },
    validate: (value, { req }) => {
      const id = Array.isArray(value) ? undefined : value
      if (id === null || id === undefined || id === '') {
        return required ? req.t('validation:required') : true
      }
      if (isHospitalMember(req.user) && !isPlatformAdmin(req.user)) {
        const ownId = typeof id === 'object' && id !== null && 'value' in id ? id.value : id
        if (!belongsToHospital(req.user, ownId as string)) return 'You can only assign records to your own hospital.'
      }
      return true
    },
  }
}
