import type { PayloadRequest } from 'payload'

import { relationId } from '@/access/roles'
import { isLocale, type AppLocale } from '@/i18n/locales'

/**
 * The parts of a booking the payment service reads, normalised from the stored document
 * (relationships may arrive as IDs or populated documents).
 */
export interface PayableBooking {
  id: string
  reference: string
  status: string
  patientId?: string
  hospitalId: string
  packageTitle: string
  depositJPY: number
  locale: AppLocale
  holdExpiresAt?: string
  paymentMethod?: string
}

type Stored = Record<string, unknown>

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined
}

export function toPayableBooking(doc: Stored): PayableBooking {
  const agreed = (doc.agreed ?? {}) as Stored
  const pkg = doc.package as Stored | string | undefined
  const hospitalId = relationId(doc.hospital)
  if (!hospitalId) throw new Error(`Booking ${String(doc.id)} has no hospital`)
  const locale = text(doc.locale)
  return {
    id: String(doc.id),
    reference: text(doc.reference) ?? String(doc.id),
    status: text(doc.status) ?? 'unknown',
    patientId: relationId(doc.patient),
    hospitalId,
    packageTitle: text(agreed.packageTitle) ?? (typeof pkg === 'object' ? text(pkg?.title) : undefined) ?? 'Care package',
    depositJPY: typeof agreed.depositJPY === 'number' ? agreed.depositJPY : 0,
    locale: isLocale(locale) ? locale : 'en',
    holdExpiresAt: text(doc.holdExpiresAt),
    paymentMethod: text(doc.paymentMethod),
  }
}

/**
 * Reads a booking for the payment service. Access is bypassed on purpose: every caller has
 * already decided who may act (the patient's own booking, the hospital's staff, or a verified
 * Stripe event), and a webhook has no user at all.
 */
export async function loadBooking(req: PayloadRequest, bookingId: string): Promise<PayableBooking | undefined> {
  try {
    const doc = await req.payload.findByID({
      collection: 'bookings',
      id: bookingId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    return doc ? toPayableBooking(doc as unknown as Stored) : undefined
  } catch {
    // An ID of the wrong shape for the database (not a UUID / ObjectId) names no booking.
    return undefined
  }
}

/** Records facts about the deposit on the booking (not its status: only the state machine moves that). */
export async function notePaymentOnBooking(
  req: PayloadRequest,
  bookingId: string,
  facts: { paymentMethod?: 'stripe' | 'offline'; depositPaidAt?: string; holdExpiresAt?: string },
): Promise<void> {
  await req.payload.update({
    collection: 'bookings',
    id: bookingId,
    // Patients cannot edit bookings; the service has checked the caller and writes only payment facts.
    overrideAccess: true,
    req,
    depth: 0,
    data: facts as Record<string, unknown>,
  })
}
