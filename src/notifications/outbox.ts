import type { PayloadRequest } from 'payload'

import type { AppLocale } from '@/i18n/locales'

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

/**
 * Writes an email to the outbox inside the caller's transaction (pass the `req` of the
 * state change that causes it), so the email exists exactly when the change does.
 * Delivery happens later, in the `deliverOutbox` job.
 */
export async function queueEmail<T extends TemplateName>(req: PayloadRequest, email: QueuedEmail<T>): Promise<void> {
  void req
  void email
  throw new Error('queueEmail: not implemented yet')
}
