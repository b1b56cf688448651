'use client'

import { useAuth, useDocumentInfo, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { adminLangOf, transitionLabel, workflowCopy } from '@/editorial/labels'
import { workflowStatusLabels, type WorkflowStatus } from '@/editorial/statuses'
import { isWorkflowStatus, nextEditorialStatuses } from '@/editorial/transitions'

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return undefined
}

/**
 * The edit view's workflow buttons: one per move open from the current status. Each posts to
 * POST /api/<collection>/:id/workflow, which re-checks every rule as the signed-in user.
 */
export function WorkflowActions() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const lang = adminLangOf(i18n.language)
  const c = workflowCopy[lang]
  const modified = useFormModified()
  const rawStatus = useFormFields(([fields]) => fields.workflowStatus?.value)
  const lastEditedBy = useFormFields(([fields]) => idOf(fields['workflow.lastEditedBy']?.value))
  const submittedBy = useFormFields(([fields]) => idOf(fields['workflow.submittedBy']?.value))
  const publishAt = useFormFields(([fields]) => fields['workflow.publishAt']?.value as string | undefined)
  const reviewNote = useFormFields(([fields]) => fields['workflow.reviewNote']?.value as string | undefined)
  const status: WorkflowStatus = isWorkflowStatus(rawStatus) ? rawStatus : 'draft'
  const [busy, setBusy] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const [scheduling, setScheduling] = useState(false)
  const [when, setWhen] = useState('')
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)
  const noteId = useId()
  const whenId = useId()
  // The buttons work once hydrated; until then they are disabled rather than silently inert.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  if (!id || !collectionSlug) {
    return (
      <section aria-label={c.heading} style={{ marginBlockEnd: 'var(--base)' }}>
        <p>{c.saveFirst}</p>
      </section>
    )
  }

  const me = idOf(user)
  const ownChange = Boolean(me && (me === lastEditedBy || me === submittedBy))
  const moves = nextEditorialStatuses(status)
  const wantsNote = status === 'in-review' || status === 'draft'

  async function run(to: WorkflowStatus, extra: { publishAt?: string } = {}) {
    if (to === 'archived' && !window.confirm(c.confirmArchive)) return
    setBusy(to)
    setMessage(null)
    try {
      const res = await fetch(`/api/${collectionSlug}/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
        body: JSON.stringify({ to, note: note || undefined, ...extra }),
      })
      const body = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      if (!res.ok) {
        setMessage({ kind: 'error', text: body.errors?.[0]?.message ?? `${c.error} (${res.status})` })
        return
      }
      setMessage({ kind: 'ok', text: c.done })
      // The form holds the loaded document; a reload shows the new status, version and buttons.
      window.location.reload()
    } finally {
      setBusy(null)
    }
  }

  return (
    <section aria-label={c.heading} aria-busy={busy !== null} style={{ marginBlockEnd: 'var(--base)' }}>
      <h3 style={{ marginBlockEnd: 8 }}>{c.heading}</h3>
      <p style={{ marginBlockEnd: 8 }}>
        <strong>{c.status}:</strong> <span data-workflow-status={status}>{workflowStatusLabels[status][lang]}</span>
      </p>
      {status === 'scheduled' && publishAt ? (
        <p>
          {c.scheduledFor}: <time dateTime={publishAt}>{new Date(publishAt).toLocaleString(lang)}</time>
        </p>
      ) : null}
      {reviewNote ? (
        <p>
          {c.reviewNote}: {reviewNote}
        </p>
      ) : null}
      {modified ? <p role="note">{c.unsaved}</p> : null}
      {moves.length === 0 ? <p>{c.none}</p> : null}
      {wantsNote && moves.length > 0 ? (
        <div style={{ marginBlockEnd: 8 }}>
          <label htmlFor={noteId} style={{ display: 'block' }}>
            {c.note}
          </label>
          <textarea id={noteId} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} style={{ inlineSize: '100%' }} />
        </div>
      ) : null}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        {moves.map((to) => {
          const label = transitionLabel(status, to, lang)
          const blockedBySelf = to === 'approved' && ownChange
          if (to === 'scheduled') {
            return (
              <button key={to} type="button" className="btn btn--style-secondary btn--size-small" disabled={!ready || busy !== null || modified} onClick={() => setScheduling(true)}>
                {label}
              </button>
            )
          }
          return (
            <button
              key={to}
              type="button"
              className={`btn btn--style-${to === 'archived' || to === 'draft' ? 'secondary' : 'primary'} btn--size-small`}
              disabled={!ready || busy !== null || modified || blockedBySelf}
              title={blockedBySelf ? c.ownChange : undefined}
              onClick={() => run(to)}
            >
              {busy === to ? '…' : label}
            </button>
          )
        })}
      </div>
      {moves.includes('approved') && ownChange ? <p>{c.ownChange}</p> : null}
      {scheduling ? (
        // Not a <form>: this sits inside Payload's document form.
        <div style={{ marginBlockStart: 8 }}>
          <label htmlFor={whenId} style={{ display: 'block' }}>
            {c.publishAt}
          </label>
          <input id={whenId} type="datetime-local" required step={1} value={when} onChange={(e) => setWhen(e.target.value)} />
          <div style={{ display: 'flex', gap: 8, marginBlockStart: 8 }}>
            <button
              type="button"
              className="btn btn--style-primary btn--size-small"
              disabled={busy !== null || !when}
              onClick={() => void run('scheduled', { publishAt: new Date(when).toISOString() })}
            >
              {c.confirmSchedule}
            </button>
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setScheduling(false)}>
              {c.cancel}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" aria-live="polite" style={{ color: message?.kind === 'error' ? 'var(--theme-error-500)' : undefined }}>
        {message?.text}
      </p>
    </section>
  )
}
