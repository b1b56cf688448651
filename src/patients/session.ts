import { getPayload } from 'payload'
import config from '@payload-config'

import { isPatient } from '@/access/roles'

import type { Patient } from '../../payload-types'

export type SignedInPatient = Patient & { collection: 'patients' }

/**
 * The patient signed in on this request (Payload's session cookie), or null for anybody else.
 * A staff session in the same browser is not a patient session.
 */
export async function currentPatient(headers: Headers): Promise<SignedInPatient | null> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers })
  return isPatient(user) ? (user as SignedInPatient) : null
}
