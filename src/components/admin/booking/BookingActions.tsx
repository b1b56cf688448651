'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** Which actions each status offers hospital staff (the server re-checks every one). */
const actionsByStatus: Record<string, { action: string; label: string; danger?: boolean }[]> = {
  requested: [
    { action: 'approve', label: 'Approve / 承認' },
    { action: 'decline', label: 'Decline / 辞退', danger: true },
  ],
  'pending-payment': [
    { action: 'deposit-received', label: 'Mark deposit received / 入金確認' },
    { action: 'cancel', label: 'Cancel / キャンセル', danger: true },
  ],
  approved: [{ action: 'cancel', label: 'Cancel / キャンセル', danger: true }],
  confirmed: [
    { action: 'complete', label: 'Mark completed / 完了', },
    { action: 'cancel', label: 'Cancel / キャンセル', danger: true },
  ],
  cancelled: [{ action: 'refund', label: 'Refund deposit / 返金' }],
}

/** Action buttons on the booking's edit view: each posts to /api/bookings/:id/transition. */
export function BookingActions() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const router = useRouter()
  const [busy, setBusy] = useState<string | null>(null)
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)
  const actions = status ? (actionsByStatus[status] ?? []) : []

  async function run(action: string, label: string, danger?: boolean) {
    if (danger && !window.confirm(`${label}?`)) return
    setBusy(action)
    setMessage(null)
    try {
      const res = await fetch(`/api/bookings/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action }),
      })
      const body = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[]; error?: string }
      if (!res.ok) {
        setMessage({ kind: 'error', text: body.errors?.[0]?.message ?? body.error ?? `Error ${res.status}` })
      } else {
        setMessage({ kind: 'ok', text: 'Done / 完了しました' })
        router.refresh()
      }
    } finally {
      setBusy(null)
    }
  }

  if (!id) return null
  return (
    <div style={{ marginBlockEnd: 'var(--base)' }} aria-busy={busy !== null}>
      <p style={{ marginBlockEnd: 8 }}>
        <strong>Status / ステータス:</strong> {status}
      </p>
      {actions.length === 0 ? <p>No actions for this status. / この状態で可能な操作はありません。</p> : null}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        {actions.map(({ action, label, danger }) => (
          <button
            key={action}
            type="button"
            className={`btn btn--style-${danger ? 'secondary' : 'primary'} btn--size-small`}
            disabled={busy !== null}
            onClick={() => run(action, label, danger)}
          >
            {busy === action ? '…' : label}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" style={{ color: message?.kind === 'error' ? 'var(--theme-error-500)' : undefined }}>
        {message?.text}
      </p>
    </div>
  )
}
