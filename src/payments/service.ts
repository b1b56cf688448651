import type { PayloadRequest } from 'payload'

import { belongsToHospital, relationId } from '@/access/roles'
import { env } from '@/env'
import type { AppLocale } from '@/i18n/locales'

import { loadBooking, notePaymentOnBooking, toPayableBooking, type PayableBooking } from './bookings'
import { settlePaidBooking } from './confirm'
import { PaymentError } from './errors'
import { ledgerOf, recordPaymentEvent } from './ledger'
import { availablePaymentMethods, paymentProvider } from './providers'
import type { PaymentMethod } from './port'
import { netPaidJPY } from './records'
import { withinTransaction } from '@/db/transaction'

export { availablePaymentMethods } from './providers'

/** What the patient needs to pay offline: the amount and the reference to quote. */
export interface OfflineInstructions {
  amountJPY: number
  reference: string
  hospitalId: string
  holdExpiresAt?: string
}

export interface DepositStarted {
  /** Stripe: the Checkout page to send the patient to. */
  redirectUrl?: string
  /** Offline: how to pay at the hospital or by bank transfer. */
  instructions?: OfflineInstructions
}

type BookingInput = PayableBooking | { id: string | number } | string

async function resolveBooking(req: PayloadRequest, booking: BookingInput): Promise<PayableBooking> {
  if (typeof booking === 'object' && 'hospitalId' in booking) return booking
  if (typeof booking === 'object' && 'hospital' in booking) return toPayableBooking(booking as unknown as Record<string, unknown>)
  const id = typeof booking === 'string' ? booking : String(booking.id)
  const found = await loadBooking(req, id)
  if (!found) throw new PaymentError('notFound')
  return found
}

/** Stripe refuses a Checkout Session that ends sooner than 30 minutes or later than 24 hours after creation. */
export function checkoutExpiry(holdExpiresAt: string | undefined, now = Date.now()): number {
  const min = now + 31 * 60_000
  const max = now + 23 * 60 * 60_000
  const hold = holdExpiresAt ? Date.parse(holdExpiresAt) : NaN
  return Math.floor(Math.min(max, Math.max(min, Number.isNaN(hold) ? min : hold)) / 1000)
}

/**
 * Starts paying a booking's deposit. The caller has checked the booking is the signed-in
 * patient's. Stripe: opens a Checkout Session and records it as a pending deposit. Offline:
 * records the chosen method and returns what to pay and which reference to quote.
 */
export async function startDepositPayment(
  req: PayloadRequest,
  input: { booking: BookingInput; method: PaymentMethod; locale: AppLocale },
): Promise<DepositStarted> {
  const booking = await resolveBooking(req, input.booking)
  if (booking.status !== 'pending-payment') throw new PaymentError('notPending')
  if (!(booking.depositJPY > 0)) throw new PaymentError('noDeposit')
  const provider = availablePaymentMethods().includes(input.method) ? paymentProvider(input.method) : undefined
  if (!provider) throw new PaymentError('methodUnavailable')

  if (provider.name === 'offline') {
    const holdExpiresAt = offlineHoldUntil(new Date(), booking.holdExpiresAt)
    await notePaymentOnBooking(req, booking.id, { paymentMethod: 'offline', holdExpiresAt })
    return {
      instructions: { amountJPY: booking.depositJPY, reference: booking.reference, hospitalId: booking.hospitalId, holdExpiresAt },
    }
  }

  let started
  try {
    started = await provider.startCheckout({
      bookingId: booking.id,
      reference: booking.reference,
      packageTitle: booking.packageTitle,
      amountJPY: booking.depositJPY,
      locale: input.locale,
      returnUrl: `${env.serverUrl}/${input.locale}/account/bookings/${booking.id}`,
      // One attempt per booking, amount and language: a double click reuses the same session,
      // a language switch opens a new one (Stripe refuses a reused key with other parameters).
      idempotencyKey: `kakehashi-deposit:${booking.id}:${booking.depositJPY}:${input.locale}`,
      expiresAt: checkoutExpiry(booking.holdExpiresAt),
    })
  } catch (err) {
    req.payload.logger.error({ err, bookingId: booking.id }, 'Stripe Checkout could not be started')
    throw new PaymentError('providerFailed')
  }
  await withinTransaction(req, async () => {
    await recordPaymentEvent(req, {
      bookingId: booking.id,
      hospitalId: booking.hospitalId,
      patientId: booking.patientId,
      provider: 'stripe',
      kind: 'deposit',
      status: 'pending',
      amountJPY: booking.depositJPY,
      eventKey: `checkout-session:${started.providerRef}`,
      providerRef: started.providerRef,
      eventType: 'checkout.session.created',
    })
    await notePaymentOnBooking(req, booking.id, { paymentMethod: 'stripe' })
  })
  return { redirectUrl: started.redirectUrl }
}

/** A bank transfer takes days, not the minutes of a card payment: the place stays held this long. */
export const OFFLINE_HOLD_HOURS = 72

/** The hold of a booking whose patient chose to pay offline: extended, never shortened. */
export function offlineHoldUntil(now: Date, current: string | null | undefined): string {
  const extended = now.getTime() + OFFLINE_HOLD_HOURS * 3_600_000
  const existing = current ? new Date(current).getTime() : 0
  return new Date(Math.max(extended, existing)).toISOString()
}

/**
 * A hospital's staff member marks an offline deposit received: the payment is recorded and the
 * booking confirmed (with its confirmation email), together. Only staff of the booking's hospital.
 */
export async function recordOfflineDeposit(req: PayloadRequest, input: { bookingId: string }): Promise<Record<string, unknown>> {
  const booking = await loadBooking(req, input.bookingId)
  if (!booking) throw new PaymentError('notFound')
  if (!belongsToHospital(req.user, booking.hospitalId)) throw new PaymentError('forbidden')
  if (booking.status === 'confirmed' || booking.status === 'completed') throw new PaymentError('alreadyPaid')
  if (booking.status !== 'pending-payment') throw new PaymentError('notPending')
  const staffId = relationId(req.user)
  return withinTransaction(req, async () => {
    const outcome = await recordPaymentEvent(req, {
      bookingId: booking.id,
      hospitalId: booking.hospitalId,
      patientId: booking.patientId,
      provider: 'offline',
      kind: 'deposit',
      status: 'succeeded',
      amountJPY: booking.depositJPY,
      eventKey: `offline-deposit:${booking.id}`,
      providerRef: booking.reference,
      eventType: 'offline.deposit_received',
      recordedBy: staffId,
    })
    if (outcome === 'duplicate') throw new PaymentError('alreadyPaid')
    await notePaymentOnBooking(req, booking.id, { paymentMethod: 'offline', depositPaidAt: new Date().toISOString() })
    await settlePaidBooking(req, booking, 'Deposit received at the hospital or by bank transfer')
    const updated = await req.payload.findByID({ collection: 'bookings', id: booking.id, depth: 0, req, overrideAccess: true })
    return updated as unknown as Record<string, unknown>
  })
}

/**
 * Gives back `amountJPY` of a booking's deposit (the booking service decides the amount from
 * the cancellation policy). Stripe: a refund through the Refunds API on the deposit's payment.
 * Offline: a refund row the hospital pays back. Nothing paid → nothing to refund.
 * Never more than what was paid and not yet refunded.
 */
export async function refundDeposit(req: PayloadRequest, input: { booking: BookingInput; amountJPY: number }): Promise<void> {
  const booking = await resolveBooking(req, input.booking)
  const ledger = await ledgerOf(req, booking.id)
  const deposits = ledger.filter((e) => e.kind === 'deposit' && e.status === 'succeeded')
  let remaining = Math.max(0, Math.floor(input.amountJPY))
  for (const deposit of deposits) {
    if (remaining === 0) break
    const ref = deposit.providerRef ?? undefined
    const refundable = netPaidJPY(ledger.filter((e) => e.provider === deposit.provider), ref)
    const amount = Math.min(remaining, refundable)
    if (amount <= 0) continue
    const method = deposit.provider === 'stripe' ? 'stripe' : 'offline'
    const provider = paymentProvider(method)
    if (!provider) throw new PaymentError('methodUnavailable', 'Stripe is no longer configured; refund in the Stripe dashboard')
    const idempotencyKey = `kakehashi-refund:${booking.id}:${ref ?? 'offline'}:${refundable}:${amount}`
    const refund = await provider.refund(ref ?? booking.reference, amount, idempotencyKey)
    await recordPaymentEvent(req, {
      bookingId: booking.id,
      hospitalId: booking.hospitalId,
      patientId: booking.patientId,
      provider: method,
      kind: 'refund',
      status: refund.status,
      amountJPY: amount,
      eventKey: method === 'stripe' ? `stripe-refund:${refund.refundRef}` : `offline-refund:${booking.id}:${refundable}`,
      providerRef: ref,
      eventType: method === 'stripe' ? 'refund.created' : 'offline.refund_due',
      note: method === 'offline' ? 'To be paid back by the hospital.' : undefined,
    })
    ledger.push({ kind: 'refund', status: refund.status, amountJPY: amount, providerRef: ref ?? null, provider: method, eventKey: '' })
    remaining -= amount
  }
}
