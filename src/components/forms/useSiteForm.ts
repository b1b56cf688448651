'use client'

import { useRef, useState, type FormEvent } from 'react'

type Errors = Record<string, string>

/**
 * Posts a form (multipart) to one of the site's JSON endpoints and keeps what was typed: on a
 * refusal the fields stay as they were, each server message is shown at its field and the summary
 * takes focus. On success `onDone` moves the page on (a redirect or a reload), so the form stays
 * busy and cannot be sent twice meanwhile.
 */
export function useSiteForm(endpoint: string, messages: { summary: string; network: string }, onDone: (body: Record<string, unknown>) => void) {
  const [errors, setErrors] = useState<Errors>({})
  const [summary, setSummary] = useState('')
  const [busy, setBusy] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setSummary('')
    try {
      const response = await fetch(endpoint, { method: 'POST', body: new FormData(event.currentTarget) })
      const body = (await response.json().catch(() => ({}))) as { error?: string; fieldErrors?: Errors } & Record<string, unknown>
      if (response.ok) {
        setErrors({})
        onDone(body)
        return
      }
      setErrors(body.fieldErrors ?? {})
      setSummary(body.error ?? messages.summary)
    } catch {
      setSummary(messages.network)
    }
    setBusy(false)
    summaryRef.current?.focus()
  }

  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined

  return { errors, summary, busy, summaryRef, submit, describedBy }
}
