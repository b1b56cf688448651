'use client'

import { useState } from 'react'

/** Withdraws one of the applicant's applications after a confirmation. */
export function WithdrawButton({ applicationId, locale, strings }: { applicationId: string; locale: string; strings: { label: string; confirm: string; network: string } }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  async function withdraw() {
    if (busy || !window.confirm(strings.confirm)) return
    setBusy(true)
    setError('')
    try {
      const response = await fetch(`/api/training/applications/${encodeURIComponent(applicationId)}/withdraw`, {
        method: 'POST',
        headers: { 'x-kakehashi-locale': locale },
      })
      if (response.ok) {
        window.location.reload()
        return
      }
      const body = (await response.json().catch(() => ({}))) as { error?: string }
      setError(body.error ?? strings.network)
    } catch {
      setError(strings.network)
    }
    setBusy(false)
  }
  return (
    <>
      <button type="button" className="button secondary" onClick={withdraw} disabled={busy}>
        {strings.label}
      </button>
      {error ? (
        <span role="alert" className="inquiry-error">
          {error}
        </span>
      ) : null}
    </>
  )
}
