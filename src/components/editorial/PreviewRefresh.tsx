'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * Rendered by a public page in preview mode (`mode.draft`): when an editor saves in the admin's
 * live preview, the page re-renders on the server with the new draft, in the real layout.
 */
export function PreviewRefresh({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={serverURL} />
}
