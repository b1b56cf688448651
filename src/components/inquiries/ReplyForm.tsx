'use client'

import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

interface Props {
  inquiryId: string
  locale: string
  strings: { label: string; submit: string; busy: string; network: string }
}

/** The patient's reply in their thread; the page re-renders with the new message. */
export function ReplyForm({ inquiryId, locale, strings }: Props) {
  const router = useRouter()
  const [body, setBody] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError('')
    try {
      const response = await fetch(`/api/account/inquiries/${inquiryId}/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ body, locale }),
      })
      const result = (await response.json().catch(() => ({}))) as { error?: string; fieldErrors?: Record<string, string> }
      if (response.ok) {
        setBody('')
        router.refresh()
      } else {
        setError(result.fieldErrors?.body ?? result.error ?? strings.network)
      }
    } catch {
      setError(strings.network)
    }
    setBusy(false)
  }

  return (
    <form className="inquiry-form" onSubmit={submit} aria-busy={busy} noValidate>
      <div className="inquiry-field">
        <label htmlFor="reply">{strings.label}</label>
        <textarea
          id="reply"
          name="body"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          maxLength={10_000}
          required
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'reply-error' : undefined}
        />
        <p className="inquiry-error" id="reply-error" role="alert" aria-live="assertive">
          {error}
        </p>
      </div>
      <p>
        <button type="submit" className="button" disabled={busy}>
          {busy ? strings.busy : strings.submit}
        </button>
      </p>
    </form>
  )
}
