import { directionOf, type AppLocale } from '@/i18n/locales'

/** What a template produces: the subject and both parts, stored in the outbox as rendered. */
export interface RenderedEmail {
  subject: string
  html: string
  text: string
}

export interface EmailContent {
  locale: AppLocale
  subject: string
  /** Already translated; the greeting line ("Dear …,"), when the recipient has a name. */
  greeting?: string
  paragraphs: string[]
  /** A quoted message (an inquiry reply), shown as a block quote. */
  quote?: string
  /** Label/value rows (reference, date, amounts), already formatted. */
  details?: [label: string, value: string][]
  action?: { label: string; url: string }
  secondaryAction?: { label: string; url: string }
  note?: string
  linkFallback: string
  signature: string
  footer: string
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Every value in the HTML part passes through here: names and messages come from users. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c)
}

/** Only web links become buttons: a `javascript:` URL in data must never reach an inbox. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : '#'
  } catch {
    return '#'
  }
}

function button(action: { label: string; url: string }, primary: boolean): string {
  const colours = primary ? 'background:#b5302a;color:#ffffff;' : 'background:#ffffff;color:#b5302a;border:1px solid #b5302a;'
  return `<p style="margin:24px 0;"><a href="${escapeHtml(safeUrl(action.url))}" style="${colours}display:inline-block;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold;">${escapeHtml(action.label)}</a></p>`
}

function htmlPart(c: EmailContent): string {
  const dir = directionOf(c.locale)
  const align = dir === 'rtl' ? 'right' : 'left'
  const paragraphs = c.paragraphs.map((p) => `<p style="margin:0 0 16px;">${escapeHtml(p)}</p>`).join('\n')
  const quote = c.quote
    ? `<blockquote style="margin:0 0 16px;padding:12px 16px;border-inline-start:4px solid #d9d4cc;background:#f7f5f2;white-space:pre-wrap;">${escapeHtml(c.quote)}</blockquote>`
    : ''
  const details = c.details?.length
    ? `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;">${c.details
        .map(
          ([label, value]) =>
            `<tr><th scope="row" style="text-align:${align};padding:4px 16px 4px 0;color:#5c5750;font-weight:normal;">${escapeHtml(label)}</th><td style="padding:4px 0;font-weight:bold;"><bdi>${escapeHtml(value)}</bdi></td></tr>`,
        )
        .join('')}</table>`
    : ''
  const actions = [c.action && button(c.action, true), c.secondaryAction && button(c.secondaryAction, false)].filter(Boolean).join('\n')
  const fallback = c.action
    ? `<p style="margin:0 0 16px;font-size:13px;color:#5c5750;">${escapeHtml(c.linkFallback)}<br><a href="${escapeHtml(safeUrl(c.action.url))}" dir="ltr" style="color:#b5302a;word-break:break-all;">${escapeHtml(safeUrl(c.action.url))}</a></p>`
    : ''
  return `<!doctype html>
<html lang="${c.locale}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(c.subject)}</title></head>
<body style="margin:0;padding:0;background:#f3f1ed;">
<div dir="${dir}" style="max-width:600px;margin:0 auto;padding:24px;font-family:'Noto Sans','Noto Sans JP','Noto Sans Arabic',Arial,sans-serif;font-size:16px;line-height:1.6;color:#1f1c19;text-align:${align};">
<p style="margin:0 0 24px;font-size:20px;font-weight:bold;color:#b5302a;">Kakehashi</p>
${c.greeting ? `<p style="margin:0 0 16px;">${escapeHtml(c.greeting)}</p>` : ''}
${paragraphs}
${quote}
${details}
${actions}
${c.note ? `<p style="margin:0 0 16px;color:#5c5750;">${escapeHtml(c.note)}</p>` : ''}
${fallback}
<p style="margin:24px 0 0;">${escapeHtml(c.signature)}</p>
<hr style="border:none;border-top:1px solid #d9d4cc;margin:24px 0;">
<p style="margin:0;font-size:12px;color:#5c5750;">${escapeHtml(c.footer)}</p>
</div>
</body>
</html>`
}

function textPart(c: EmailContent): string {
  const lines: string[] = []
  if (c.greeting) lines.push(c.greeting, '')
  for (const p of c.paragraphs) lines.push(p, '')
  if (c.quote) lines.push(...c.quote.split('\n').map((l) => `> ${l}`), '')
  if (c.details?.length) lines.push(...c.details.map(([label, value]) => `${label}: ${value}`), '')
  if (c.action) lines.push(`${c.action.label}: ${safeUrl(c.action.url)}`)
  if (c.secondaryAction) lines.push(`${c.secondaryAction.label}: ${safeUrl(c.secondaryAction.url)}`)
  if (c.action || c.secondaryAction) lines.push('')
  if (c.note) lines.push(c.note, '')
  lines.push(c.signature, '', '--', c.footer)
  return lines.join('\n')
}

/** One look for every email: the HTML part and a plain-text part with the same content. */
export function renderLayout(content: EmailContent): RenderedEmail {
  return { subject: content.subject, html: htmlPart(content), text: textPart(content) }
}
