import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import { loadBooking, notePaymentOnBooking } from './bookings'
import { queueLateRefundEmail, settlePaidBooking } from './confirm'
import { bookingOfProviderRef, ledgerOf, recordPaymentEvent } from './ledger'
import { paymentProvider, stripeSettings } from './providers'
import { netPaidJPY, refundedJPY } from './records'
import { stripeClient } from './stripe/client'
import { withinTransaction } from '@/db/transaction'

export interface WebhookResult {
  status: number
  body: { received: true; outcome: string } | { error: string }
}

/**
 * Receives one Stripe event. The signature is checked against the raw body and the signing
 * secret (the SDK also rejects timestamps older than its 300-second tolerance, so a captured
 * event cannot be replayed later); anything unverified gets a 400 and changes nothing.
 *
 * A verified event is handled in one transaction, idempotent on its ID: the payment row's unique
 * `eventKey` is written first, and a second delivery finds it and stops (200, so Stripe stops
 * retrying). A failure rolls everything back and answers 500, so Stripe delivers it again.
 *
 * Rules for events out of order or late (Stripe guarantees neither order nor single delivery):
 * - a paid Checkout Session confirms a booking awaiting payment, exactly once (with one email);
 * - a payment for a booking already confirmed (another event of the same payment) is only recorded;
 * - a payment arriving after the hold ended (booking expired or cancelled, its place possibly
 *   taken by somebody else) is refunded in full at once, recorded, and explained to the patient
 *   by email; the booking is not confirmed;
 * - a refund arriving before the payment it refunds is recorded first; the payment, when it
 *   arrives, is recorded but no longer confirms the booking (nothing is left paid);
 * - a refund we made through the API (already in the ledger) is not counted twice.
 */
export async function handleStripeWebhook(payload: Payload, rawBody: string, signature: string | null): Promise<WebhookResult> {
  const settings = stripeSettings()
  if (!settings) return { status: 404, body: { error: 'Stripe payments are not configured.' } }
  if (!signature) return { status: 400, body: { error: 'Missing Stripe-Signature header.' } }
  let event: Stripe.Event
  try {
    event = stripeClient(settings).webhooks.constructEvent(rawBody, signature, settings.webhookSecret)
  } catch (err) {
    // The message only: the error carries the whole (untrusted) payload.
    payload.logger.warn(`Rejected a Stripe webhook: ${err instanceof Error ? err.message.split('\n')[0] : 'invalid signature'}`)
    return { status: 400, body: { error: 'Invalid Stripe signature.' } }
  }
  const req = await createLocalReq({}, payload)
  try {
    const outcome = await withinTransaction(req, () => processStripeEvent(req, event))
    return { status: 200, body: { received: true, outcome } }
  } catch (err) {
    payload.logger.error({ err, eventId: event.id, type: event.type }, 'Stripe webhook failed; Stripe will retry')
    return { status: 500, body: { error: 'The event could not be processed; it will be retried.' } }
  }
}

export async function processStripeEvent(req: PayloadRequest, event: Stripe.Event): Promise<string> {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      return handleCheckoutSession(req, event, event.data.object)
    case 'checkout.session.async_payment_failed':
      return recordFailure(req, event, event.data.object.metadata?.bookingId ?? event.data.object.client_reference_id, paymentIntentId(event.data.object.payment_intent), event.data.object.amount_total ?? 0)
    case 'payment_intent.payment_failed':
      return recordFailure(req, event, event.data.object.metadata?.bookingId, event.data.object.id, event.data.object.amount)
    case 'charge.refunded':
      return handleChargeRefunded(req, event, event.data.object)
    default:
      return 'ignored'
  }
}

function paymentIntentId(value: string | Stripe.PaymentIntent | null | undefined): string | undefined {
  if (!value) return undefined
  return typeof value === 'string' ? value : value.id
}

const occurredAt = (event: Stripe.Event): string => new Date(event.created * 1000).toISOString()

async function handleCheckoutSession(req: PayloadRequest, event: Stripe.Event, session: Stripe.Checkout.Session): Promise<string> {
  const bookingId = session.metadata?.bookingId ?? session.client_reference_id ?? undefined
  const booking = bookingId ? await loadBooking(req, bookingId) : undefined
  if (!booking) return 'unknown-booking'
  const paymentRef = paymentIntentId(session.payment_intent) ?? session.id
  const amount = session.amount_total ?? 0
  const base = {
    bookingId: booking.id,
    hospitalId: booking.hospitalId,
    patientId: booking.patientId,
    provider: 'stripe' as const,
    kind: 'deposit' as const,
    amountJPY: amount,
    eventKey: event.id,
    providerRef: paymentRef,
    eventType: event.type,
    occurredAt: occurredAt(event),
  }
  if (session.payment_status !== 'paid') {
    // An asynchronous method (a bank transfer, konbini): the money follows in async_payment_succeeded.
    const recorded = await recordPaymentEvent(req, { ...base, status: 'pending' })
    return recorded === 'duplicate' ? 'duplicate' : 'awaiting-payment'
  }
  const before = await ledgerOf(req, booking.id)
  if (before.some((e) => e.kind === 'deposit' && e.status === 'succeeded' && e.providerRef === paymentRef)) {
    // Another event already recorded this payment (completed and async_payment_succeeded both say "paid").
    await recordPaymentEvent(req, { ...base, status: 'succeeded', amountJPY: 0, note: 'Already recorded by an earlier event.' })
    return 'duplicate'
  }
  if ((await recordPaymentEvent(req, { ...base, status: 'succeeded' })) === 'duplicate') return 'duplicate'

  const net = netPaidJPY([...before, { kind: 'deposit', status: 'succeeded', amountJPY: amount, providerRef: paymentRef }], paymentRef)
  if (net <= 0) return 'refunded-before-completion'
  if (net < booking.depositJPY) return 'underpaid'

  if (booking.status === 'pending-payment') {
    await notePaymentOnBooking(req, booking.id, { paymentMethod: 'stripe', depositPaidAt: occurredAt(event) })
  }
  const settlement = await settlePaidBooking(req, booking, `Deposit paid by card (Stripe ${paymentRef})`)
  if (settlement !== 'not-payable') return settlement

  // The hold ended before the money arrived: give it all back rather than confirm a place that may be gone.
  const provider = paymentProvider('stripe')
  if (!provider) throw new Error('Stripe is not configured')
  const refund = await provider.refund(paymentRef, net, `kakehashi-late-refund:${paymentRef}`)
  await recordPaymentEvent(req, {
    ...base,
    kind: 'refund',
    status: refund.status,
    amountJPY: net,
    eventKey: `stripe-refund:${refund.refundRef}`,
    eventType: 'refund.created',
    occurredAt: new Date().toISOString(),
    note: `Paid after the booking was ${booking.status}; refunded in full automatically.`,
  })
  await queueLateRefundEmail(req, booking, net, paymentRef)
  return 'refunded-late-payment'
}

async function recordFailure(
  req: PayloadRequest,
  event: Stripe.Event,
  bookingId: string | null | undefined,
  paymentRef: string | undefined,
  amount: number,
): Promise<string> {
  const id = bookingId ?? (paymentRef ? await bookingOfProviderRef(req, paymentRef) : undefined)
  const booking = id ? await loadBooking(req, id) : undefined
  if (!booking) return 'unknown-booking'
  // The booking stays awaiting payment: the patient may try again until the hold ends.
  const recorded = await recordPaymentEvent(req, {
    bookingId: booking.id,
    hospitalId: booking.hospitalId,
    patientId: booking.patientId,
    provider: 'stripe',
    kind: 'deposit',
    status: 'failed',
    amountJPY: amount,
    eventKey: event.id,
    providerRef: paymentRef,
    eventType: event.type,
    occurredAt: occurredAt(event),
  })
  return recorded === 'duplicate' ? 'duplicate' : 'payment-failed'
}

async function bookingOfCharge(req: PayloadRequest, charge: Stripe.Charge, paymentRef: string | undefined): Promise<string | undefined> {
  if (charge.metadata?.bookingId) return charge.metadata.bookingId
  if (!paymentRef) return undefined
  const fromLedger = await bookingOfProviderRef(req, paymentRef)
  if (fromLedger) return fromLedger
  // A refund can arrive before the payment's own event: the PaymentIntent carries the booking.
  const settings = stripeSettings()
  if (!settings) return undefined
  const intent = await stripeClient(settings).paymentIntents.retrieve(paymentRef)
  return intent.metadata?.bookingId
}

async function handleChargeRefunded(req: PayloadRequest, event: Stripe.Event, charge: Stripe.Charge): Promise<string> {
  const paymentRef = paymentIntentId(charge.payment_intent) ?? charge.id
  const bookingId = await bookingOfCharge(req, charge, paymentIntentId(charge.payment_intent))
  const booking = bookingId ? await loadBooking(req, bookingId) : undefined
  if (!booking) return 'unknown-booking'
  const ledger = await ledgerOf(req, booking.id)
  // charge.amount_refunded is the running total; what the ledger lacks is new (a dashboard refund).
  const missing = charge.amount_refunded - refundedJPY(ledger, paymentRef)
  const recorded = await recordPaymentEvent(req, {
    bookingId: booking.id,
    hospitalId: booking.hospitalId,
    patientId: booking.patientId,
    provider: 'stripe',
    kind: 'refund',
    status: 'succeeded',
    amountJPY: Math.max(0, missing),
    eventKey: event.id,
    providerRef: paymentRef,
    eventType: event.type,
    occurredAt: occurredAt(event),
    note: missing > 0 ? undefined : 'Refund already recorded when it was issued.',
  })
  if (recorded === 'duplicate') return 'duplicate'
  return missing > 0 ? 'refund-recorded' : 'refund-already-recorded'
}
