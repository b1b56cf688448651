import type { UIFieldServerProps } from 'payload'

import { formatWaiting } from '@/inquiries/waiting'

const copy = {
  en: { title: 'Messages', patient: 'Patient', staff: 'Hospital', empty: 'No messages yet.', waiting: 'The patient has waited {{time}} for an answer.' },
  ja: { title: 'メッセージ', patient: '患者', staff: '病院', empty: 'メッセージはまだありません。', waiting: '患者は{{time}}回答を待っています。' },
}

/**
 * The conversation on the inquiry's edit view, oldest first, read with the signed-in staff
 * member's own access (another hospital's staff never get here; platform admins see nothing).
 */
export async function InquiryThread({ id, req, i18n, data }: UIFieldServerProps) {
  const lang = i18n.language === 'ja' ? 'ja' : 'en'
  const t = copy[lang]
  if (!id) return null
  const messages = await req.payload
    .find({
      collection: 'inquiry-messages',
      where: { inquiry: { equals: id } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
      select: { authorType: true, body: true, createdAt: true },
    })
    .catch(() => ({ docs: [] }))
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })
  const waitingSince = typeof data?.waitingSince === 'string' ? data.waitingSince : null

  return (
    <section style={{ marginBlock: '1.5rem' }} aria-label={t.title}>
      <h3 style={{ marginBlockEnd: '0.5rem' }}>{t.title}</h3>
      {waitingSince ? <p style={{ fontWeight: 600 }}>{t.waiting.replace('{{time}}', formatWaiting(waitingSince, lang))}</p> : null}
      {messages.docs.length === 0 ? <p>{t.empty}</p> : null}
      <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '0.75rem' }}>
        {messages.docs.map((message) => {
          const staff = message.authorType === 'staff'
          return (
            <li
              key={message.id}
              style={{
                padding: '0.75rem 1rem',
                borderRadius: '0.5rem',
                border: '1px solid var(--theme-elevation-150)',
                background: staff ? 'var(--theme-elevation-50)' : 'var(--theme-elevation-0)',
                marginInlineStart: staff ? '2rem' : 0,
                marginInlineEnd: staff ? 0 : '2rem',
              }}
            >
              <div style={{ fontSize: '0.85em', opacity: 0.8, marginBlockEnd: '0.25rem' }}>
                <strong>{staff ? t.staff : t.patient}</strong> · <time dateTime={message.createdAt}>{when.format(new Date(message.createdAt))}</time>
              </div>
              <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message.body}</div>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
