'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { formatWaiting } from '@/inquiries/waiting'

/** The inbox's "waiting" column: how long the patient has waited for the hospital ("3h 20m"). */
export function WaitingCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const since = typeof cellData === 'string' ? cellData : null
  if (!since) return <span>—</span>
  return (
    <time dateTime={since} title={new Date(since).toLocaleString(i18n.language)}>
      {formatWaiting(since, i18n.language)}
    </time>
  )
}
