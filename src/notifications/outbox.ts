import { ValidationError, type PayloadRequest } from 'payload'

import type { AppLocale } from '@/i18n/locales'

import { renderEmail, type RenderedEmail } from './templates'
import type { TemplateData, TemplateName } from './templates/names'

export interface QueuedEmail<T extends TemplateName> {
  to: string
  locale: AppLocale
  template: T
  data: TemplateData[T]
  /**
   * Unique per email that should exist once (`booking-confirmed:<bookingId>`): queueing the
   * same key again is a no-op, so retried or duplicated events never send twice.
   */
  idempotencyKey: string
  /** What the email is about, for the admin panel's outbox view. */
  about?: { collection: 'bookings' | 'inquiries' | 'patients'; id: string }
}

/** An already rendered email (Payload's own auth emails arrive rendered). */
export interface PreRenderedEmail extends RenderedEmail {
  to: string
  locale: AppLocale
  template: string
  idempotencyKey: string
  data?: Record<string, unknown>
  about?: QueuedEmail<TemplateName>['about']
}

/** The unique index on `idempotencyKey` refused a second row: somebody queued this email already. */
function isDuplicateKey(err: unknown): boolean {
  if (!(err instanceof ValidationError)) return false
  const errors = (err.data as { errors?: { path?: string }[] } | undefined)?.errors ?? []
  return errors.some((e) => /idempotency/i.test(e.path ?? ''))
}

/**
 * Writes a rendered email as a pending outbox row in the caller's transaction. A row with the same
 * key wins: the lookup covers the common case (a retried event), and the unique index decides a
 * race between two concurrent writers (the loser's insert fails and is ignored here).
 *
 * On MongoDB a failed insert inside a transaction aborts that transaction, so the lookup first
 * keeps duplicate events from ever reaching the index there.
 */
export async function queueRenderedEmail(req: PayloadRequest, email: PreRenderedEmail): Promise<void> {
  // The outbox is not writable over the API (nobody may forge or alter an email); this service
  // is the one writer, so it bypasses access, inside the caller's transaction through `req`.
  const existing = await req.payload.find({
    collection: 'outbox',
    where: { idempotencyKey: { equals: email.idempotencyKey } },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
    select: { idempotencyKey: true },
  })
  if (existing.docs.length > 0) return
  try {
    await req.payload.create({
      collection: 'outbox',
      req,
      overrideAccess: true,
      depth: 0,
      data: {
        to: email.to,
        locale: email.locale,
        template: email.template,
        data: email.data ?? null,
        subject: email.subject,
        html: email.html,
        text: email.text,
        idempotencyKey: email.idempotencyKey,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
        aboutCollection: email.about?.collection,
        aboutId: email.about?.id,
      },
    })
  } catch (err) {
    if (isDuplicateKey(err)) return
    throw err
  }
}

/**
 * Writes an email to the outbox inside the caller's transaction (pass the `req` of the
 * state change that causes it), so the email exists exactly when the change does.
 * Delivery happens later, in the `deliverOutbox` job: the provider never slows or fails the change.
 */
export async function queueEmail<T extends TemplateName>(req: PayloadRequest, email: QueuedEmail<T>): Promise<void> {
  const rendered = renderEmail(email.template, email.locale, email.data)
  await queueRenderedEmail(req, {
    ...rendered,
    to: email.to,
    locale: email.locale,
    template: email.template,
    idempotencyKey: email.idempotencyKey,
    data: email.data as unknown as Record<string, unknown>,
    about: email.about,
  })
}
