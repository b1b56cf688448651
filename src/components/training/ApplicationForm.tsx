'use client'

import { useState } from 'react'

import { FieldError } from '@/components/forms/FieldError'
import { useSiteForm } from '@/components/forms/useSiteForm'

interface Option {
  value: string
  label: string
}

export interface ApplicationFormStrings {
  fullName: string
  email: string
  country: string
  chooseCountry: string
  profession: string
  chooseProfession: string
  currentPosition: string
  yearsOfExperience: string
  motivation: string
  motivationHint: string
  cv: string
  cvHint: string
  submit: string
  busy: string
  sent: string
  summary: string
  network: string
  consentTitle: string
  consentParagraphs: string[]
  consentCheckbox: string
}

/** The application form: everything at once, multipart with the CV; a refusal keeps what was typed. */
export function ApplicationForm({
  locale,
  programId,
  countries,
  professions,
  defaults,
  strings,
}: {
  locale: string
  programId: string
  countries: Option[]
  professions: Option[]
  defaults: { fullName: string; email: string }
  strings: ApplicationFormStrings
}) {
  const [sent, setSent] = useState(false)
  const form = useSiteForm('/api/training/applications', strings, () => {
    setSent(true)
    window.location.reload()
  })
  const { errors, describedBy } = form
  if (sent) return <p role="status">{strings.sent}</p>
  return (
    <form className="inquiry-form" onSubmit={form.submit} noValidate encType="multipart/form-data" aria-busy={form.busy}>
      <div ref={form.summaryRef} tabIndex={-1} role="alert" aria-live="assertive" className={form.summary ? 'inquiry-summary' : undefined}>
        {form.summary}
      </div>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="programId" value={programId} />
      <div className="inquiry-field">
        <label htmlFor="fullName">{strings.fullName}</label>
        <input id="fullName" name="fullName" required maxLength={200} autoComplete="name" defaultValue={defaults.fullName} aria-invalid={Boolean(errors.fullName)} aria-describedby={describedBy('fullName')} />
        <FieldError name="fullName" errors={errors} />
      </div>
      <div className="inquiry-field">
        <label htmlFor="email">{strings.email}</label>
        <input id="email" name="email" type="email" required autoComplete="email" defaultValue={defaults.email} aria-invalid={Boolean(errors.email)} aria-describedby={describedBy('email')} />
        <FieldError name="email" errors={errors} />
      </div>
      <div className="inquiry-field">
        <label htmlFor="country">{strings.country}</label>
        <select id="country" name="country" required defaultValue="" aria-invalid={Boolean(errors.country)} aria-describedby={describedBy('country')}>
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
        <label htmlFor="profession">{strings.profession}</label>
        <select id="profession" name="profession" required defaultValue="" aria-invalid={Boolean(errors.profession)} aria-describedby={describedBy('profession')}>
          <option value="" disabled>
            {strings.chooseProfession}
          </option>
          {professions.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        <FieldError name="profession" errors={errors} />
      </div>
      <div className="inquiry-field">
        <label htmlFor="currentPosition">{strings.currentPosition}</label>
        <input id="currentPosition" name="currentPosition" required maxLength={200} aria-invalid={Boolean(errors.currentPosition)} aria-describedby={describedBy('currentPosition')} />
        <FieldError name="currentPosition" errors={errors} />
      </div>
      <div className="inquiry-field">
        <label htmlFor="yearsOfExperience">{strings.yearsOfExperience}</label>
        <input id="yearsOfExperience" name="yearsOfExperience" type="number" min={0} max={60} step={1} inputMode="numeric" required aria-invalid={Boolean(errors.yearsOfExperience)} aria-describedby={describedBy('yearsOfExperience')} />
        <FieldError name="yearsOfExperience" errors={errors} />
      </div>
      <div className="inquiry-field">
        <label htmlFor="motivation">{strings.motivation}</label>
        <p className="inquiry-hint" id="motivation-hint">
          {strings.motivationHint}
        </p>
        <textarea id="motivation" name="motivation" required maxLength={5000} aria-invalid={Boolean(errors.motivation)} aria-describedby={describedBy('motivation', true)} />
        <FieldError name="motivation" errors={errors} />
      </div>
      <div className="inquiry-field">
        <label htmlFor="cv">{strings.cv}</label>
        <p className="inquiry-hint" id="cv-hint">
          {strings.cvHint}
        </p>
        <input id="cv" name="cv" type="file" required accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-invalid={Boolean(errors.cv)} aria-describedby={describedBy('cv', true)} />
        <FieldError name="cv" errors={errors} />
      </div>
      <section className="inquiry-consent" aria-labelledby="consent-title">
        <h3 id="consent-title">{strings.consentTitle}</h3>
        {strings.consentParagraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <label className="inquiry-consent__check">
          <input type="checkbox" name="consent" value="on" required aria-invalid={Boolean(errors.consent)} aria-describedby={errors.consent ? 'consent-error' : undefined} />
          <span>{strings.consentCheckbox}</span>
        </label>
        <FieldError name="consent" errors={errors} />
      </section>
      <p>
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? strings.busy : strings.submit}
        </button>
      </p>
    </form>
  )
}
