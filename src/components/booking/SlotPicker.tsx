'use client'

import { useId, useState } from 'react'

import './booking.css'

export interface PickerMonth {
  label: string
  days: { id: string; label: string; left: string; full: boolean }[]
}

export interface SlotPickerStrings {
  legend: string
  submit: string
  busy: string
  chooseDate: string
  network: string
}

interface Props {
  locale: string
  months: PickerMonth[]
  inquiry?: string
  /** Set for a visitor who is not signed in: submitting goes to sign-in, then back here. */
  signInHref?: string
  strings: SlotPickerStrings
}

/**
 * An accessible radio group of open dates, grouped by month. Submitting holds a place through
 * POST /api/account/bookings and goes on to the booking page.
 */
export function SlotPicker({ locale, months, inquiry, signInHref, strings }: Props) {
  const ids = useId()
  const [selected, setSelected] = useState<string>('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!selected) {
      setError(strings.chooseDate)
      return
    }
    if (signInHref) {
      window.location.assign(signInHref)
      return
    }
    setBusy(true)
    setError(null)
    try {
      const res = await fetch('/api/account/bookings', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ slotId: selected, inquiry, locale }),
      })
      const body = (await res.json().catch(() => ({}))) as { id?: string; error?: string }
      if (res.ok && body.id) {
        window.location.assign(`/${locale}/account/bookings/${body.id}`)
        return
      }
      setError(body.error ?? strings.network)
    } catch {
      setError(strings.network)
    }
    setBusy(false)
  }

  return (
    <form className="slot-picker" onSubmit={submit} aria-busy={busy} noValidate>
      <fieldset aria-describedby={error ? `${ids}-error` : undefined} aria-invalid={error ? true : undefined}>
        <legend className="visually-hidden">{strings.legend}</legend>
        {months.map((month, m) => (
          <div key={month.label} role="group" aria-labelledby={`${ids}-m${m}`}>
            <h2 className="slot-picker__month" id={`${ids}-m${m}`}>
              {month.label}
            </h2>
            <ul className="slot-picker__days">
              {month.days.map((day) => (
                <li className="slot-picker__day" key={day.id}>
                  <label>
                    <input
                      type="radio"
                      name="slot"
                      value={day.id}
                      disabled={day.full}
                      checked={selected === day.id}
                      onChange={() => setSelected(day.id)}
                    />
                    <span>{day.label}</span>
                    <span className="slot-picker__left">{day.left}</span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </fieldset>
      <p id={`${ids}-error`} className="form-error" role="alert" aria-live="assertive">
        {error}
      </p>
      <div className="slot-picker__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? strings.busy : strings.submit}
        </button>
      </div>
    </form>
  )
}
