import config from '@payload-config'
import { headers as requestHeaders } from 'next/headers'
import { getPayload, type TypedUser } from 'payload'

import { isPlatformStaff } from '@/access/roles'

/** How a public page reads editorial content: the published document, or (preview) the latest draft. */
export interface ContentReadMode {
  draft: boolean
  /** The staff member previewing, or null for a visitor. Passed to the Local API with `overrideAccess: false`. */
  user: TypedUser | null
}

/**
 * `?preview=1` on a public page shows the latest draft, but only to signed-in editors and
 * platform admins (checked with their Payload session); everybody else gets the published page.
 */
export async function contentReadMode(searchParams: Record<string, string | string[] | undefined>): Promise<ContentReadMode> {
  if (searchParams.preview === undefined) return { draft: false, user: null }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await requestHeaders() })
  return isPlatformStaff(user) && user ? { draft: true, user } : { draft: false, user: null }
}
