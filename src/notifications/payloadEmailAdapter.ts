import { createHash } from 'node:crypto'

import { createLocalReq, type EmailAdapter, type SendEmailOptions } from 'payload'

import { env } from '@/env'
import { defaultLocale, isLocale } from '@/i18n/locales'

import { queueRenderedEmail } from './outbox'
import { escapeHtml } from './templates/layout'

/** `Name <address>` from EMAIL_FROM, split the way Payload's adapter contract wants it. */
function parseFrom(from: string): { name: string; address: string } {
  const match = /^\s*([^<]*?)\s*<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1] || 'Kakehashi', address: match[2] ?? from } : { name: 'Kakehashi', address: from }
}

function firstAddress(to: SendEmailOptions['to']): string | undefined {
  const first = Array.isArray(to) ? to[0] : to
  if (!first) return undefined
  if (typeof first === 'string') return /<([^>]+)>/.exec(first)?.[1] ?? first
  return first.address
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString('utf8') : '')

/** A readable plain-text part when the sender gave only HTML. */
export function htmlToText(html: string): string {
  return html
    .replace(/<a\b[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gis, '$2 ($1)')
    .replace(/<(br|\/p|\/div|\/h\d|\/li|\/tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * Payload's own emails (verification, password reset) go through the outbox like every other
 * email: `sendEmail` writes a row and returns, and the `deliverOutbox` job sends it with retries.
 * The key hashes recipient and content, so the same email handed over twice is stored once, while
 * a new token (a new link) makes a new email.
 */
export const outboxEmailAdapter: EmailAdapter<{ queued: true }> = ({ payload }) => {
  const from = parseFrom(env.email.from)
  return {
    name: 'kakehashi-outbox',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const to = firstAddress(message.to)
      if (!to) throw new Error('sendEmail: no recipient')
      const html = asText(message.html)
      const text = asText(message.text) || htmlToText(html)
      const subject = message.subject ?? ''
      const idempotencyKey = `payload-auth:${createHash('sha256').update(`${to}\n${subject}\n${html}\n${text}`).digest('hex')}`
      const localeHeader = (message.headers as Record<string, unknown> | undefined)?.['x-kakehashi-locale']
      // Payload calls adapters without the request, from inside the transaction of the change
      // that sends the email (a patient created, a reset token saved). The row needs a
      // transaction of its own, which SQLite only starts once that one has committed, so it is
      // written after it, not awaited here (awaiting would wait on our own caller).
      const write = async () => {
        const req = await createLocalReq({}, payload)
        await queueRenderedEmail(req, {
          to,
          locale: isLocale(localeHeader) ? localeHeader : defaultLocale,
          template: 'payload-auth',
          subject,
          html: html || `<pre>${escapeHtml(text)}</pre>`,
          text,
          idempotencyKey,
        })
      }
      write().catch((error: unknown) => payload.logger.error({ err: error, msg: `Could not queue the email "${subject}" to the outbox` }))
      return { queued: true }
    },
  }
}
