'use client'

import { useState } from 'react'

import { FieldError } from '@/components/forms/FieldError'
import { useSiteForm } from '@/components/forms/useSiteForm'

interface Option {
  value: string
  label: string
}

export interface RegistrationStrings {
  name: string
  kind: string
  chooseKind: string
  country: string
  chooseCountry: string
  website: string
  contactEmail: string
  description: string
  optional: string
  submit: string
  busy: string
  summary: string
  network: string
}

/** Registers the signed-in account's organisation; on success the page shows "Your organisation". */
export function PartnerRegistrationForm({ locale, kinds, countries, defaultEmail, strings }: { locale: string; kinds: Option[]; countries: Option[]; defaultEmail: string; strings: RegistrationStrings }) {
  const form = useSiteForm('/api/partners/register', strings, () => window.location.reload())
  const { errors, describedBy } = form
  return (
    <form className="inquiry-form" onSubmit={form.submit} noValidate aria-busy={form.busy}>
      <div ref={form.summaryRef} tabIndex={-1} role="alert" aria-live="assertive" className={form.summary ? 'inquiry-summary' : undefined}>
        {form.summary}
      </div>
      <input type="hidden" name="locale" value={locale} />
      <div className="inquiry-field">
        <label htmlFor="partner-name">{strings.name}</label>
        <input id="partner-name" name="name" required maxLength={200} autoComplete="organization" aria-invalid={Boolean(errors.name)} aria-describedby={describedBy('name')} />
        <FieldError name="name" errors={errors} />
      </div>
      <div className="inquiry-field">
        <label htmlFor="partner-kind">{strings.kind}</label>
        <select id="partner-kind" name="kind" required defaultValue="" aria-invalid={Boolean(errors.kind)} aria-describedby={describedBy('kind')}>
          <option value="" disabled>
            {strings.chooseKind}
          </option>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
        <FieldError name="kind" errors={errors} />
      </div>
      <div className="inquiry-field">
        <label htmlFor="partner-country">{strings.country}</label>
        <select id="partner-country" name="country" required defaultValue="" aria-invalid={Boolean(errors.country)} aria-describedby={describedBy('country')}>
          <option value="" disabled>
            {strings.chooseCountry}
          </option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <FieldError name="country" errors={errors} />
      </div>
      <div className="inquiry-field">
        <label htmlFor="partner-website">
          {strings.website} <span className="inquiry-optional">({strings.optional})</span>
        </label>
        <input id="partner-website" name="website" type="url" inputMode="url" placeholder="https://" autoComplete="url" aria-invalid={Boolean(errors.website)} aria-describedby={describedBy('website')} />
        <FieldError name="website" errors={errors} />
      </div>
      <div className="inquiry-field">
        <label htmlFor="partner-contactEmail">{strings.contactEmail}</label>
        <input id="partner-contactEmail" name="contactEmail" type="email" required defaultValue={defaultEmail} autoComplete="email" aria-invalid={Boolean(errors.contactEmail)} aria-describedby={describedBy('contactEmail')} />
        <FieldError name="contactEmail" errors={errors} />
      </div>
      <div className="inquiry-field">
        <label htmlFor="partner-description">{strings.description}</label>
        <textarea id="partner-description" name="description" required maxLength={2000} aria-invalid={Boolean(errors.description)} aria-describedby={describedBy('description')} />
        <FieldError name="description" errors={errors} />
      </div>
      <p>
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? strings.busy : strings.submit}
        </button>
      </p>
    </form>
  )
}

export interface RequestStrings {
  kind: string
  subject: string
  message: string
  messageHint: string
  submit: string
  busy: string
  sent: string
  summary: string
  network: string
}

/**
 * A member's request. From a solution page the kind is preset (`solution`) and the solution sent
 * along; from the partners page the member chooses collaboration or training.
 */
export function PartnerRequestForm({
  locale,
  kinds,
  fixedKind,
  solutionId,
  defaultSubject = '',
  redirectTo,
  strings,
}: {
  locale: string
  kinds: Option[]
  fixedKind?: string
  solutionId?: string
  defaultSubject?: string
  /** Where to go once sent (the request list); stays on the page when absent. */
  redirectTo?: string
  strings: RequestStrings
}) {
  const [sent, setSent] = useState(false)
  const form = useSiteForm('/api/partners/requests', strings, () => {
    if (redirectTo) window.location.assign(redirectTo)
    else {
      setSent(true)
      window.location.reload()
    }
  })
  const { errors, describedBy } = form
  return (
    <form className="inquiry-form" onSubmit={form.submit} noValidate aria-busy={form.busy}>
      <div ref={form.summaryRef} tabIndex={-1} role="alert" aria-live="assertive" className={form.summary ? 'inquiry-summary' : undefined}>
        {form.summary}
      </div>
      {sent ? <p role="status">{strings.sent}</p> : null}
      <input type="hidden" name="locale" value={locale} />
      {solutionId ? <input type="hidden" name="solutionId" value={solutionId} /> : null}
      {fixedKind ? (
        <input type="hidden" name="kind" value={fixedKind} />
      ) : (
        <div className="inquiry-field">
          <label htmlFor="request-kind">{strings.kind}</label>
          <select id="request-kind" name="kind" required defaultValue={kinds[0]?.value} aria-invalid={Boolean(errors.kind)} aria-describedby={describedBy('kind')}>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
          <FieldError name="kind" errors={errors} />
        </div>
      )}
      {fixedKind ? <FieldError name="kind" errors={errors} /> : null}
      <div className="inquiry-field">
        <label htmlFor="request-subject">{strings.subject}</label>
        <input id="request-subject" name="subject" required maxLength={200} defaultValue={defaultSubject} aria-invalid={Boolean(errors.subject)} aria-describedby={describedBy('subject')} />
        <FieldError name="subject" errors={errors} />
      </div>
      <div className="inquiry-field">
        <label htmlFor="request-message">{strings.message}</label>
        <p className="inquiry-hint" id="message-hint">
          {strings.messageHint}
        </p>
        <textarea id="request-message" name="message" required maxLength={5000} aria-invalid={Boolean(errors.message)} aria-describedby={describedBy('message', true)} />
        <FieldError name="message" errors={errors} />
      </div>
      <p>
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? strings.busy : strings.submit}
        </button>
      </p>
    </form>
  )
}
