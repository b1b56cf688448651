'use client'

import { useState } from 'react'

import './booking.css'

export interface CancelStrings {
  title: string
  start: string
  /** What cancelling now costs, already worded (fee and refund) by the server. */
  consequence: string
  confirm: string
  keep: string
  busy: string
  network: string
}

/** Cancel with the consequence shown first: a first button reveals the fee and refund, a second confirms. */
export function CancelBooking({ bookingId, locale, strings }: { bookingId: string; locale: string; strings: CancelStrings }) {
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function confirm() {
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(`/api/account/bookings/${bookingId}/cancel`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ locale }),
      })
      if (res.ok) {
        window.location.reload()
        return
      }
      const body = (await res.json().catch(() => ({}))) as { error?: string }
      setError(body.error ?? strings.network)
    } catch {
      setError(strings.network)
    }
    setBusy(false)
  }

  return (
    <section className="panel booking-cancel" aria-labelledby="cancel-title">
      <h2 id="cancel-title">{strings.title}</h2>
      {!open ? (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)} aria-expanded={false}>
          {strings.start}
        </button>
      ) : (
        <div aria-busy={busy}>
          <p>{strings.consequence}</p>
          <div className="slot-picker__actions">
            <button type="button" className="button" onClick={confirm} disabled={busy}>
              {busy ? strings.busy : strings.confirm}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)} disabled={busy}>
              {strings.keep}
            </button>
          </div>
        </div>
      )}
      <p className="form-error" role="alert" aria-live="assertive">
        {error}
      </p>
    </section>
  )
}
