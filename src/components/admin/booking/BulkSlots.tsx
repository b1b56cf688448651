import type { ServerProps, Where } from 'payload'

import { hospitalIdsOf, isHospitalMember, isPlatformAdmin } from '@/access/roles'

import { BulkSlotsForm } from './BulkSlotsForm'

/** Above the slots list: bulk creation for the packages of the staff member's own hospitals. */
export async function BulkSlots({ payload, user }: ServerProps) {
  if (!isHospitalMember(user) && !isPlatformAdmin(user)) return null
  const own: Where | undefined = isPlatformAdmin(user) ? undefined : { hospital: { in: hospitalIdsOf(user) } }
  const packages = await payload.find({
    collection: 'care-packages',
    where: own,
    select: { title: true },
    sort: 'title',
    depth: 0,
    limit: 200,
    overrideAccess: false,
    user,
  })
  if (packages.docs.length === 0) return null
  return <BulkSlotsForm packages={packages.docs.map((p) => ({ id: String(p.id), title: p.title }))} />
}
