'use client'

import { useId, useState } from 'react'

import './payments.css'

export interface PaymentOptionsStrings {
  title: string
  intro: string
  stripe: string
  stripeHint: string
  offline: string
  offlineHint: string
  busy: string
  /** Shown when the request itself fails (offline, server down). */
  networkError: string
}

type Method = 'stripe' | 'offline'

interface Props {
  bookingId: string
  locale: string
  methods: Method[]
  strings: PaymentOptionsStrings
}

interface Instructions {
  title: string
  lines: string[]
}

/**
 * The pay area of a booking awaiting its deposit: card through Stripe (redirects to Checkout)
 * or at the hospital / by bank transfer (shows how). Every string arrives translated.
 */
export function PaymentOptions({ bookingId, locale, methods, strings }: Props) {
  const [busy, setBusy] = useState<Method | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [instructions, setInstructions] = useState<Instructions | null>(null)
  const headingId = useId()
  const errorId = useId()

  async function choose(method: Method) {
    setBusy(method)
    setError(null)
    try {
      const response = await fetch(`/api/account/bookings/${encodeURIComponent(bookingId)}/pay`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-kakehashi-locale': locale },
        body: JSON.stringify({ method, locale }),
      })
      const body = (await response.json().catch(() => ({}))) as { redirectUrl?: string; instructions?: Instructions; error?: string }
      if (!response.ok) {
        setError(body.error ?? strings.networkError)
        setBusy(null)
        return
      }
      if (body.redirectUrl) {
        // Stays busy while the browser leaves for the payment page.
        window.location.assign(body.redirectUrl)
        return
      }
      setInstructions(body.instructions ?? null)
      setBusy(null)
    } catch {
      setError(strings.networkError)
      setBusy(null)
    }
  }

  const hints: Record<Method, string> = { stripe: strings.stripeHint, offline: strings.offlineHint }
  const labels: Record<Method, string> = { stripe: strings.stripe, offline: strings.offline }

  return (
    <section className="payment-options" aria-labelledby={headingId} aria-busy={busy !== null}>
      <h2 id={headingId}>{strings.title}</h2>
      <p>{strings.intro}</p>
      <ul className="payment-options__list">
        {methods.map((method) => (
          <li key={method}>
            <button
              type="button"
              className="payment-options__choice"
              onClick={() => void choose(method)}
              disabled={busy !== null}
              aria-describedby={`${headingId}-${method}${error ? ` ${errorId}` : ''}`}
            >
              {busy === method ? strings.busy : labels[method]}
            </button>
            <p id={`${headingId}-${method}`} className="payment-options__hint">
              {hints[method]}
            </p>
          </li>
        ))}
      </ul>
      <p id={errorId} className="payment-options__error" role="alert" aria-live="assertive">
        {error}
      </p>
      {instructions ? (
        <div className="payment-options__instructions" role="status">
          <h3>{instructions.title}</h3>
          {instructions.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
    </section>
  )
}
