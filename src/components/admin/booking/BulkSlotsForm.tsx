'use client'

import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

const weekdayLabels = ['Mon 月', 'Tue 火', 'Wed 水', 'Thu 木', 'Fri 金', 'Sat 土', 'Sun 日']

/** Above the slots list: create a slot on every chosen weekday between two dates. */
export function BulkSlotsForm({ packages }: { packages: { id: string; title: string }[] }) {
  const router = useRouter()
  const ids = useId()
  const [open, setOpen] = useState(false)
  const [weekdays, setWeekdays] = useState<number[]>([1, 2, 3, 4, 5])
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch('/api/slots/bulk', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          package: form.get('package'),
          from: form.get('from'),
          to: form.get('to'),
          capacity: Number(form.get('capacity')),
          weekdays,
        }),
      })
      const body = (await res.json().catch(() => ({}))) as { created?: number; skipped?: string[]; errors?: { message?: string }[] }
      if (!res.ok) setMessage({ kind: 'error', text: body.errors?.[0]?.message ?? `Error ${res.status}` })
      else {
        setMessage({ kind: 'ok', text: `Created ${body.created ?? 0} slots (${body.skipped?.length ?? 0} days already had one). / ${body.created ?? 0}件作成しました。` })
        router.refresh()
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <section style={{ marginBlockEnd: 'calc(var(--base) * 1.5)' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        Create slots in bulk / 受入枠を一括作成
      </button>
      {open ? (
        <form onSubmit={submit} aria-busy={busy} style={{ display: 'grid', gap: 8, maxInlineSize: 520, marginBlockStart: 12 }}>
          <label htmlFor={`${ids}-package`}>Package / パッケージ</label>
          <select id={`${ids}-package`} name="package" required>
            {packages.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-from`}>From / 開始日</label>
          <input id={`${ids}-from`} name="from" type="date" required />
          <label htmlFor={`${ids}-to`}>To / 終了日</label>
          <input id={`${ids}-to`} name="to" type="date" required />
          <fieldset>
            <legend>Weekdays / 曜日</legend>
            {weekdayLabels.map((label, index) => (
              <label key={label} style={{ marginInlineEnd: 12 }}>
                <input
                  type="checkbox"
                  checked={weekdays.includes(index + 1)}
                  onChange={(e) => setWeekdays(e.target.checked ? [...weekdays, index + 1] : weekdays.filter((d) => d !== index + 1))}
                />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${ids}-capacity`}>Capacity per day / 1日の定員</label>
          <input id={`${ids}-capacity`} name="capacity" type="number" min={1} defaultValue={1} required />
          <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy}>
            {busy ? '…' : 'Create / 作成'}
          </button>
          <p role="status" aria-live="polite" style={{ color: message?.kind === 'error' ? 'var(--theme-error-500)' : undefined }}>
            {message?.text}
          </p>
        </form>
      ) : null}
    </section>
  )
}
