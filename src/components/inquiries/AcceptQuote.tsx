'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

interface Props {
  inquiryId: string
  locale: string
  strings: { accept: string; busy: string; network: string }
}

/** Accepts the quote, then the page shows the link to pick a date. */
export function AcceptQuote({ inquiryId, locale, strings }: Props) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')

  async function accept() {
    if (busy) return
    setBusy(true)
    setError('')
    try {
      const response = await fetch(`/api/account/inquiries/${inquiryId}/accept-quote`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ locale }),
      })
      const result = (await response.json().catch(() => ({}))) as { error?: string }
      if (response.ok) router.refresh()
      else setError(result.error ?? strings.network)
    } catch {
      setError(strings.network)
    }
    setBusy(false)
  }

  return (
    <div>
      <button type="button" className="button" onClick={accept} disabled={busy} aria-busy={busy}>
        {busy ? strings.busy : strings.accept}
      </button>
      <p className="inquiry-error" role="alert" aria-live="assertive">
        {error}
      </p>
    </div>
  )
}
