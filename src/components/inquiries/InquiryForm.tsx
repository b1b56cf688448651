'use client'

import { useState } from 'react'

import { FieldError } from '@/components/forms/FieldError'
import { useSiteForm } from '@/components/forms/useSiteForm'

export interface InquiryFormStrings {
  question: string
  questionHint: string
  conditionSummary: string
  conditionHint: string
  preferredDates: string
  preferredFrom: string
  preferredTo: string
  companions: string
  replyLanguage: string
  attachments: string
  attachmentsHint: string
  /** `{{files}}` and `{{size}}` are filled in as files are chosen. */
  selectedFiles: string
  tooManyFiles: string
  fileTooLarge: string
  optional: string
  submit: string
  busy: string
  summary: string
  network: string
  consentTitle: string
  consentParagraphs: string[]
  consentCheckbox: string
}

interface Props {
  locale: string
  hospitalId: string
  packageId?: string
  languages: { value: string; label: string }[]
  defaultLanguage: string
  maxFiles: number
  maxFileMB: number
  strings: InquiryFormStrings
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''))

/** The inquiry form: sends everything at once; shows each server message at its field. */
export function InquiryForm({ locale, hospitalId, packageId, languages, defaultLanguage, maxFiles, maxFileMB, strings }: Props) {
  const [fileNote, setFileNote] = useState('')
  // The server answers with the new inquiry's page.
  const { errors, summary, busy, summaryRef, submit, describedBy } = useSiteForm('/api/account/inquiries', strings, (body) => {
    if (typeof body.url === 'string') window.location.assign(body.url)
  })

  function describeFiles(list: FileList | null) {
    const files = Array.from(list ?? [])
    if (files.length === 0) return setFileNote('')
    const totalMB = files.reduce((sum, f) => sum + f.size, 0) / 1024 / 1024
    const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(totalMB)
    const notes = [fill(strings.selectedFiles, { files: files.length, size })]
    if (files.length > maxFiles) notes.push(fill(strings.tooManyFiles, { max: maxFiles }))
    for (const f of files) if (f.size > maxFileMB * 1024 * 1024) notes.push(fill(strings.fileTooLarge, { name: f.name, max: maxFileMB }))
    setFileNote(notes.join(' '))
  }

  const errorOf = (name: string) => <FieldError name={name} errors={errors} />

  return (
    <form className="inquiry-form" onSubmit={submit} noValidate encType="multipart/form-data" aria-busy={busy}>
      <div ref={summaryRef} tabIndex={-1} role="alert" aria-live="assertive" className={summary ? 'inquiry-summary' : undefined}>
        {summary}
      </div>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="hospitalId" value={hospitalId} />
      {packageId ? <input type="hidden" name="packageId" value={packageId} /> : null}

      <div className="inquiry-field">
        <label htmlFor="question">{strings.question}</label>
        <p className="inquiry-hint" id="question-hint">{strings.questionHint}</p>
        <textarea id="question" name="question" required maxLength={5000} aria-invalid={Boolean(errors.question)} aria-describedby={describedBy('question', true)} />
        {errorOf('question')}
      </div>

      <div className="inquiry-field">
        <label htmlFor="conditionSummary">
          {strings.conditionSummary} <span className="inquiry-optional">({strings.optional})</span>
        </label>
        <p className="inquiry-hint" id="conditionSummary-hint">{strings.conditionHint}</p>
        <textarea id="conditionSummary" name="conditionSummary" maxLength={5000} aria-invalid={Boolean(errors.conditionSummary)} aria-describedby={describedBy('conditionSummary', true)} />
        {errorOf('conditionSummary')}
      </div>

      <fieldset className="inquiry-field">
        <legend>
          {strings.preferredDates} <span className="inquiry-optional">({strings.optional})</span>
        </legend>
        <div className="inquiry-dates">
          <div className="inquiry-field">
            <label htmlFor="preferredFrom">{strings.preferredFrom}</label>
            <input type="date" id="preferredFrom" name="preferredFrom" aria-invalid={Boolean(errors.preferredFrom)} aria-describedby={describedBy('preferredFrom')} />
            {errorOf('preferredFrom')}
          </div>
          <div className="inquiry-field">
            <label htmlFor="preferredTo">{strings.preferredTo}</label>
            <input type="date" id="preferredTo" name="preferredTo" aria-invalid={Boolean(errors.preferredTo)} aria-describedby={describedBy('preferredTo')} />
            {errorOf('preferredTo')}
          </div>
        </div>
      </fieldset>

      <div className="inquiry-field">
        <label htmlFor="companions">{strings.companions}</label>
        <input type="number" id="companions" name="companions" min={0} max={10} step={1} defaultValue={0} inputMode="numeric" aria-invalid={Boolean(errors.companions)} aria-describedby={describedBy('companions')} />
        {errorOf('companions')}
      </div>

      <div className="inquiry-field">
        <label htmlFor="replyLanguage">{strings.replyLanguage}</label>
        <select id="replyLanguage" name="replyLanguage" defaultValue={defaultLanguage} aria-invalid={Boolean(errors.replyLanguage)} aria-describedby={describedBy('replyLanguage')}>
          {languages.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
        {errorOf('replyLanguage')}
      </div>

      <div className="inquiry-field">
        <label htmlFor="attachments">
          {strings.attachments} <span className="inquiry-optional">({strings.optional})</span>
        </label>
        <p className="inquiry-hint" id="attachments-hint">
          {strings.attachmentsHint}
        </p>
        <input
          type="file"
          id="attachments"
          name="attachments"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,.dcm,application/pdf,image/jpeg,image/png,application/dicom"
          onChange={(e) => describeFiles(e.currentTarget.files)}
          aria-invalid={Boolean(errors.attachments)}
          aria-describedby={[describedBy('attachments', true), fileNote ? 'attachments-note' : ''].filter(Boolean).join(' ')}
        />
        {fileNote ? (
          <p className="inquiry-hint" id="attachments-note" aria-live="polite">
            {fileNote}
          </p>
        ) : null}
        {errorOf('attachments')}
      </div>

      <section className="inquiry-consent" aria-labelledby="consent-title">
        <h2 id="consent-title">{strings.consentTitle}</h2>
        {strings.consentParagraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <label className="inquiry-consent__check">
          <input type="checkbox" name="consent" value="on" required aria-invalid={Boolean(errors.consent)} aria-describedby={errors.consent ? 'consent-error' : undefined} />
          <span>{strings.consentCheckbox}</span>
        </label>
        {errorOf('consent')}
      </section>

      <p>
        <button type="submit" className="button" disabled={busy} aria-disabled={busy}>
          {busy ? strings.busy : strings.submit}
        </button>
      </p>
    </form>
  )
}
