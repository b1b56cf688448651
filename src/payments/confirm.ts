import type { PayloadRequest } from 'payload'

import { formatSlotDate } from '@/booking/emails'
import { transitionBooking } from '@/booking/service'
import { env } from '@/env'
import { isLocale, type AppLocale } from '@/i18n/locales'
import { queueEmail } from '@/notifications/outbox'

import type { PayableBooking } from './bookings'

export type Settlement = 'confirmed' | 'already-confirmed' | 'not-payable'

const settledStatuses = new Set(['confirmed', 'completed'])

/**
 * What a paid deposit does to its booking:
 * - awaiting payment (`pending-payment`) → confirmed, once, with the confirmation email queued;
 * - already confirmed or completed (a duplicate, or a second event for the same payment) → nothing;
 * - anything else (the hold expired and its place was released, or the booking was cancelled)
 *   → `not-payable`: the caller refunds the money, because the place may belong to somebody else now.
 */
export async function settlePaidBooking(req: PayloadRequest, booking: PayableBooking, note: string): Promise<Settlement> {
  if (settledStatuses.has(booking.status)) return 'already-confirmed'
  if (booking.status !== 'pending-payment') return 'not-payable'
  await transitionBooking(req, { bookingId: booking.id, to: 'confirmed', note })
  await ensureConfirmationEmail(req, booking.id)
  return 'confirmed'
}

export const confirmationEmailKey = (bookingId: string): string => `booking-confirmed:${bookingId}`

type Doc = Record<string, unknown>

function field(doc: unknown, name: string): unknown {
  return doc && typeof doc === 'object' ? (doc as Doc)[name] : undefined
}

function bookingUrl(locale: AppLocale, bookingId: string): string {
  return `${env.serverUrl}/${locale}/account/bookings/${bookingId}`
}

/**
 * Queues the booking's confirmation email unless it exists. The booking service may queue it
 * with the transition already; the shared idempotency key makes this a no-op then, so the
 * patient gets exactly one email whichever path confirmed the booking.
 */
export async function ensureConfirmationEmail(req: PayloadRequest, bookingId: string): Promise<void> {
  const key = confirmationEmailKey(bookingId)
  const existing = await req.payload.count({
    collection: 'outbox',
    where: { idempotencyKey: { equals: key } },
    req,
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return
  const rawLocale = field(await req.payload.findByID({ collection: 'bookings', id: bookingId, depth: 0, req, overrideAccess: true }), 'locale')
  const locale: AppLocale = isLocale(rawLocale) ? rawLocale : 'en'
  // Read with the patient's locale so the hospital and package names are in their language.
  const booking = (await req.payload.findByID({ collection: 'bookings', id: bookingId, depth: 1, locale, req, overrideAccess: true })) as unknown as Doc
  const patient = booking.patient
  const to = field(patient, 'email')
  if (typeof to !== 'string') return // the patient erased their account: nobody to write to
  const agreed = booking.agreed as Doc | undefined
  const slotDate = booking.slotDate ?? field(booking.slot, 'date')
  await queueEmail(req, {
    to,
    locale,
    template: 'booking-confirmed',
    idempotencyKey: key,
    about: { collection: 'bookings', id: bookingId },
    data: {
      patientName: String(field(patient, 'name') ?? ''),
      hospitalName: String(field(booking.hospital, 'name') ?? ''),
      packageTitle: String(agreed?.packageTitle ?? field(booking.package, 'title') ?? ''),
      date: typeof slotDate === 'string' ? formatSlotDate(locale, slotDate) : '',
      reference: String(booking.reference ?? bookingId),
      url: bookingUrl(locale, bookingId),
      confirmationUrl: `${env.serverUrl}/api/account/bookings/${bookingId}/confirmation`,
    },
  })
}

/** Tells the patient their late payment was given back (the hold had ended). */
export async function queueLateRefundEmail(req: PayloadRequest, booking: PayableBooking, refundJPY: number, key: string): Promise<void> {
  const doc = (await req.payload.findByID({ collection: 'bookings', id: booking.id, depth: 1, locale: booking.locale, req, overrideAccess: true })) as unknown as Doc
  const to = field(doc.patient, 'email')
  if (typeof to !== 'string') return
  await queueEmail(req, {
    to,
    locale: booking.locale,
    template: 'booking-refunded',
    idempotencyKey: `booking-refunded:${key}`,
    about: { collection: 'bookings', id: booking.id },
    data: {
      patientName: String(field(doc.patient, 'name') ?? ''),
      hospitalName: String(field(doc.hospital, 'name') ?? ''),
      reference: booking.reference,
      refundJPY,
      url: bookingUrl(booking.locale, booking.id),
    },
  })
}
