import { Resend } from 'resend'

import { env, type Env } from '@/env'

/** One email as handed to the provider. */
export interface OutgoingEmail {
  from: string
  to: string
  subject: string
  html: string
  text: string
  /** The outbox row's key: the provider drops a second send with the same key. */
  idempotencyKey: string
}

export type SendResult = { ok: true; messageId: string } | { ok: false; error: string }

/** The email provider as the delivery job sees it. */
export interface EmailPort {
  readonly name: 'resend' | 'console'
  send(email: OutgoingEmail): Promise<SendResult>
}

/** How long one send may take before it counts as failed (and is retried with the same key). */
export const SEND_TIMEOUT_MS = 10_000

/**
 * Resend through its SDK. The SDK sends `Idempotency-Key` from `idempotencyKey`, so a retry after
 * a timeout whose first attempt did arrive is not delivered twice. The SDK has no timeout of its
 * own, so each call races a timer: a hanging provider fails the attempt instead of the job.
 */
export function resendPort(settings: { apiKey: string; baseUrl?: string; timeoutMs?: number }): EmailPort {
  const client = new Resend(settings.apiKey, settings.baseUrl ? { baseUrl: settings.baseUrl } : undefined)
  const timeoutMs = settings.timeoutMs ?? SEND_TIMEOUT_MS
  return {
    name: 'resend',
    async send(email) {
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<SendResult>((resolve) => {
        timer = setTimeout(() => resolve({ ok: false, error: `Resend did not answer within ${timeoutMs} ms` }), timeoutMs)
      })
      const attempt = client.emails
        .send(
          { from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text },
          { idempotencyKey: email.idempotencyKey },
        )
        .then(({ data, error }): SendResult => {
          if (error || !data) return { ok: false, error: error ? `${error.name}: ${error.message}` : 'Resend returned no message id' }
          return { ok: true, messageId: data.id }
        })
        .catch((err: unknown): SendResult => ({ ok: false, error: err instanceof Error ? err.message : String(err) }))
      try {
        return await Promise.race([attempt, timeout])
      } finally {
        clearTimeout(timer)
      }
    },
  }
}

/**
 * The embedded default: prints the email and counts it as delivered. The outbox row keeps the
 * rendered email, so it stays readable in the admin panel (and the browser tests read it there).
 */
export function consolePort(log: (line: string) => void = (line) => console.info(line)): EmailPort {
  let serial = 0
  return {
    name: 'console',
    async send(email) {
      serial += 1
      log(`[email] to ${email.to} · ${email.subject} (key ${email.idempotencyKey})\n${email.text}\n`)
      return { ok: true, messageId: `console-${Date.now()}-${serial}` }
    },
  }
}

/** Resend when RESEND_API_KEY is set; otherwise the console. */
export function emailPortFor(settings: Env['email']): EmailPort {
  return settings.resendApiKey
    ? resendPort({ apiKey: settings.resendApiKey, baseUrl: settings.resendBaseUrl })
    : consolePort()
}

let chosen: EmailPort | undefined
/** The port chosen once from the environment. */
export function emailPort(): EmailPort {
  chosen ??= emailPortFor(env.email)
  return chosen
}
