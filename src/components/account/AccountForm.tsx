'use client'

import { useId, useRef, useState, type FormEvent } from 'react'

/** One form field, with every string already translated by the server component. */
export interface FieldSpec {
  name: string
  label: string
  type?: 'text' | 'email' | 'password' | 'tel' | 'hidden' | 'select'
  autoComplete?: string
  required?: boolean
  hint?: string
  defaultValue?: string
  options?: { value: string; label: string }[]
  /** Shown after the label for optional fields. */
  optionalLabel?: string
}

export interface AccountFormProps {
  action: string
  fields: FieldSpec[]
  submitLabel: string
  busyLabel: string
  /** "Please check the form: {{error}}" already split around the message. */
  summaryPrefix: string
  /** Shown (in a status region) after success, when the form does not navigate. */
  successMessage?: string
  /** Where to go after success (a same-site path). */
  redirectTo?: string
  locale: string
  genericError: string
  danger?: boolean
}

interface ErrorBody {
  error?: string
  fieldErrors?: Record<string, string>
}

/**
 * A progressively enhanced form for the account endpoints: posts JSON, shows the server's
 * per-field messages next to their fields (aria-describedby + aria-invalid), a summary in an
 * alert region, and a busy state while waiting.
 */
export function AccountForm(props: AccountFormProps) {
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [done, setDone] = useState(false)
  const summary = useRef<HTMLDivElement>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    setFieldErrors({})
    const data = Object.fromEntries(new FormData(event.currentTarget).entries())
    try {
      const response = await fetch(props.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kakehashi-locale': props.locale },
        body: JSON.stringify({ ...data, locale: props.locale }),
        credentials: 'same-origin',
      })
      if (response.ok) {
        if (props.redirectTo) {
          window.location.assign(props.redirectTo)
          return
        }
        setDone(true)
        setBusy(false)
        return
      }
      const body = (await response.json().catch(() => ({}))) as ErrorBody
      setError(body.error ?? props.genericError)
      setFieldErrors(body.fieldErrors ?? {})
    } catch {
      setError(props.genericError)
    }
    setBusy(false)
    requestAnimationFrame(() => summary.current?.focus())
  }

  if (done && props.successMessage) {
    return (
      <p className="account-notice" role="status">
        {props.successMessage}
      </p>
    )
  }

  return (
    <form className="account-form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <div ref={summary} tabIndex={-1} role="alert" className={error ? 'account-form__summary' : undefined}>
        {error ? `${props.summaryPrefix}${error}` : null}
      </div>
      {props.fields.map((field) => {
        const fieldId = `${id}-${field.name}`
        const errorId = `${fieldId}-error`
        const hintId = `${fieldId}-hint`
        const message = fieldErrors[field.name]
        if (field.type === 'hidden') return <input key={field.name} type="hidden" name={field.name} defaultValue={field.defaultValue} />
        const describedBy = [field.hint ? hintId : null, message ? errorId : null].filter(Boolean).join(' ') || undefined
        const common = {
          id: fieldId,
          name: field.name,
          required: field.required,
          'aria-invalid': message ? true : undefined,
          'aria-describedby': describedBy,
          autoComplete: field.autoComplete,
          defaultValue: field.defaultValue,
        }
        return (
          <div className="account-form__field" key={field.name}>
            <label htmlFor={fieldId}>
              {field.label}
              {field.optionalLabel ? <span className="account-form__optional"> ({field.optionalLabel})</span> : null}
            </label>
            {field.hint ? (
              <p id={hintId} className="account-form__hint">
                {field.hint}
              </p>
            ) : null}
            {field.type === 'select' ? (
              <select {...common}>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input {...common} type={field.type ?? 'text'} />
            )}
            {message ? (
              <p id={errorId} className="account-form__error">
                {message}
              </p>
            ) : null}
          </div>
        )
      })}
      <button type="submit" className={props.danger ? 'button button--danger' : 'button'} disabled={busy}>
        {busy ? props.busyLabel : props.submitLabel}
      </button>
    </form>
  )
}
