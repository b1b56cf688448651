import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { POST as webhookPOST } from '../../app/api/webhooks/stripe/route'
import { env } from '@/env'
import { refundDeposit, startDepositPayment } from '@/payments/service'

import { buildPaymentWorld, createBookingFor, type PaymentWorld } from '../support/stripe/bookings'
import { startStripeStandin, type StripeStandin } from '../support/stripe-standin'
import { testPayload } from './harness'

const WEBHOOK_SECRET = 'whsec_test_kakehashi_payments'

let payload: Payload
let standin: StripeStandin
let world: PaymentWorld

beforeAll(async () => {
  standin = await startStripeStandin({ webhookSecret: WEBHOOK_SECRET })
  // Payment settings are read per call: point the app's Stripe adapter at the stand-in.
  env.payments.stripe = { secretKey: 'sk_test_kakehashi', webhookSecret: WEBHOOK_SECRET, apiUrl: standin.apiUrl }
  payload = await testPayload()
  world = await buildPaymentWorld(payload)
})

afterAll(async () => {
  await standin?.stop()
  env.payments.stripe = undefined
})

function deliver(body: string, signature?: string): Promise<Response> {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (signature !== undefined) headers.set('Stripe-Signature', signature)
  return webhookPOST(new Request('http://localhost/api/webhooks/stripe', { method: 'POST', headers, body }))
}

async function status(bookingId: string): Promise<string> {
  const booking = await payload.findByID({ collection: 'bookings', id: bookingId, depth: 0 })
  return String((booking as unknown as { status: string }).status)
}

async function confirmationEmails(bookingId: string): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'outbox', where: { idempotencyKey: { equals: `booking-confirmed:${bookingId}` } } })
  return totalDocs
}

async function paymentRows(bookingId: string) {
  const { docs } = await payload.find({ collection: 'payments', where: { booking: { equals: bookingId } }, depth: 0, pagination: false, sort: 'createdAt' })
  return docs as unknown as { kind: string; status: string; amountJPY: number; provider: string; eventKey: string }[]
}

/** A booking whose patient has opened a Stripe Checkout Session (through the real SDK). */
async function bookingWithSession(options: Parameters<typeof createBookingFor>[2] = {}) {
  const booking = await createBookingFor(payload, world, options)
  const req = await createLocalReq({ user: booking.patient as never }, payload)
  const started = await startDepositPayment(req, { booking: booking.id, method: 'stripe', locale: (options.locale ?? 'en') as 'en' })
  const sessionId = String(started.redirectUrl?.split('/pay/')[1])
  return { ...booking, sessionId, redirectUrl: started.redirectUrl }
}

describe('Stripe Checkout through the real SDK', () => {
  it('creates a JPY session of 50000 for a ¥50,000 deposit, in the patient’s language, pointing at the stand-in page', async () => {
    const { id, reference, redirectUrl } = await bookingWithSession({ locale: 'ja' })
    const request = standin.requests.filter((r) => r.path === '/v1/checkout/sessions').at(-1)
    expect(request?.form['line_items[0][price_data][currency]']).toBe('jpy')
    expect(request?.form['line_items[0][price_data][unit_amount]']).toBe('50000')
    expect(request?.form['line_items[0][price_data][product_data][name]']).toContain(`(${reference})`)
    expect(request?.form.locale).toBe('ja')
    expect(request?.form['metadata[bookingId]']).toBe(id)
    expect(request?.form.client_reference_id).toBe(id)
    expect(request?.form.success_url).toContain(`/ja/account/bookings/${id}`)
    expect(request?.idempotencyKey).toContain(id)
    expect(redirectUrl).toMatch(new RegExp(`^${standin.url}/pay/cs_test_`))
    const rows = await paymentRows(id)
    expect(rows).toMatchObject([{ kind: 'deposit', status: 'pending', provider: 'stripe', amountJPY: 50_000 }])
  })

  it('asks Checkout for automatic language for Arabic, which Checkout does not speak', async () => {
    await bookingWithSession({ locale: 'ar' })
    expect(standin.requests.filter((r) => r.path === '/v1/checkout/sessions').at(-1)?.form.locale).toBe('auto')
  })

  it('answers 502 with nothing recorded when Stripe is down', async () => {
    const booking = await createBookingFor(payload, world)
    standin.setFailing(true)
    try {
      const req = await createLocalReq({ user: booking.patient as never }, payload)
      await expect(startDepositPayment(req, { booking: booking.id, method: 'stripe', locale: 'en' })).rejects.toMatchObject({ status: 502 })
    } finally {
      standin.setFailing(false)
    }
    expect(await paymentRows(booking.id)).toHaveLength(0)
  })
})

describe('the Stripe webhook', () => {
  it('confirms the booking once on a valid signed checkout.session.completed, with one confirmation email', async () => {
    const { id, sessionId } = await bookingWithSession()
    const body = JSON.stringify(standin.completedEvent(sessionId))
    const response = await deliver(body, standin.sign(body))
    expect(response.status).toBe(200)
    expect(await status(id)).toBe('confirmed')
    expect(await confirmationEmails(id)).toBe(1)
    const succeeded = (await paymentRows(id)).filter((r) => r.status === 'succeeded')
    expect(succeeded).toMatchObject([{ kind: 'deposit', amountJPY: 50_000 }])
  })

  it('gives one confirmation and one email when the same event arrives five times', async () => {
    const { id, sessionId } = await bookingWithSession()
    const body = JSON.stringify(standin.completedEvent(sessionId))
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await deliver(body, standin.sign(body))).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200])
    expect(await status(id)).toBe('confirmed')
    expect(await confirmationEmails(id)).toBe(1)
    const booking = await payload.findByID({ collection: 'bookings', id, depth: 0 })
    const transitions = ((booking as unknown as { transitions?: { to: string }[] }).transitions ?? []).filter((t) => t.to === 'confirmed')
    expect(transitions).toHaveLength(1)
    expect((await paymentRows(id)).filter((r) => r.status === 'succeeded')).toHaveLength(1)
  })

  it('gives one confirmation when five copies arrive at once', async () => {
    const { id, sessionId } = await bookingWithSession()
    const body = JSON.stringify(standin.completedEvent(sessionId))
    const responses = await Promise.all(Array.from({ length: 5 }, () => deliver(body, standin.sign(body))))
    // A copy that lost a race may answer 500 (Stripe retries it); none may confirm twice.
    expect(responses.some((r) => r.status === 200)).toBe(true)
    expect(await status(id)).toBe('confirmed')
    expect(await confirmationEmails(id)).toBe(1)
    expect((await paymentRows(id)).filter((r) => r.kind === 'deposit' && r.status === 'succeeded' && r.amountJPY > 0)).toHaveLength(1)
  })

  it('records a second event of the same payment (async_payment_succeeded after completed) without a second confirmation', async () => {
    const { id, sessionId } = await bookingWithSession()
    const completed = standin.completedEvent(sessionId)
    const asyncSucceeded = { ...completed, id: `${String(completed.id)}_async`, type: 'checkout.session.async_payment_succeeded' }
    for (const event of [asyncSucceeded, completed]) {
      const body = JSON.stringify(event)
      expect((await deliver(body, standin.sign(body))).status).toBe(200)
    }
    expect(await status(id)).toBe('confirmed')
    expect(await confirmationEmails(id)).toBe(1)
  })

  it('does not confirm when the refund event arrives before the completion event', async () => {
    const { id, sessionId } = await bookingWithSession()
    const completed = JSON.stringify(standin.completedEvent(sessionId))
    const refunded = JSON.stringify(standin.refundedEvent(sessionId, 50_000))
    expect((await deliver(refunded, standin.sign(refunded))).status).toBe(200)
    expect((await deliver(completed, standin.sign(completed))).status).toBe(200)
    expect(await status(id)).toBe('pending-payment')
    expect(await confirmationEmails(id)).toBe(0)
    const rows = await paymentRows(id)
    expect(rows.filter((r) => r.kind === 'refund')).toMatchObject([{ amountJPY: 50_000, status: 'succeeded' }])
  })

  it('refunds a payment that arrives after the hold expired, instead of confirming', async () => {
    const { id, sessionId } = await bookingWithSession()
    await payload.update({ collection: 'bookings', id, data: { status: 'expired' } as never })
    const body = JSON.stringify(standin.completedEvent(sessionId))
    const response = await deliver(body, standin.sign(body))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ outcome: 'refunded-late-payment' })
    expect(await status(id)).toBe('expired')
    expect(await confirmationEmails(id)).toBe(0)
    expect(standin.refunds.at(-1)).toMatchObject({ amount: 50_000, payment_intent: standin.sessions.get(sessionId)?.payment_intent })
    expect((await paymentRows(id)).filter((r) => r.kind === 'refund')).toMatchObject([{ amountJPY: 50_000 }])
  })

  describe('refuses unverified events with 400 and changes nothing', () => {
    it('a tampered body', async () => {
      const { id, sessionId } = await bookingWithSession()
      const body = JSON.stringify(standin.completedEvent(sessionId))
      const signature = standin.sign(body)
      const tampered = body.replace('"amount_total":50000', '"amount_total":500000')
      expect(tampered).not.toBe(body)
      expect((await deliver(tampered, signature)).status).toBe(400)
      expect(await status(id)).toBe('pending-payment')
      expect((await paymentRows(id)).filter((r) => r.status === 'succeeded')).toHaveLength(0)
    })

    it('a missing signature', async () => {
      const { id, sessionId } = await bookingWithSession()
      const body = JSON.stringify(standin.completedEvent(sessionId))
      expect((await deliver(body)).status).toBe(400)
      expect(await status(id)).toBe('pending-payment')
    })

    it('a stale timestamp (older than the 300-second tolerance)', async () => {
      const { id, sessionId } = await bookingWithSession()
      const body = JSON.stringify(standin.completedEvent(sessionId))
      const stale = standin.sign(body, Math.floor(Date.now() / 1000) - 600)
      expect((await deliver(body, stale)).status).toBe(400)
      expect(await status(id)).toBe('pending-payment')
      expect(await confirmationEmails(id)).toBe(0)
    })

    it('a signature made with another secret', async () => {
      const { id, sessionId } = await bookingWithSession()
      const body = JSON.stringify(standin.completedEvent(sessionId))
      const other = await startStripeStandin({ webhookSecret: 'whsec_somebody_else' })
      try {
        expect((await deliver(body, other.sign(body))).status).toBe(400)
      } finally {
        await other.stop()
      }
      expect(await status(id)).toBe('pending-payment')
    })
  })
})

describe('refunds', () => {
  it('refunds through the Refunds API on the payment intent and writes a refund payment', async () => {
    const { id, sessionId } = await bookingWithSession()
    const body = JSON.stringify(standin.completedEvent(sessionId))
    await deliver(body, standin.sign(body))
    const req = await createLocalReq({}, payload)
    await refundDeposit(req, { booking: { id }, amountJPY: 40_000 })
    expect(standin.refunds.at(-1)).toMatchObject({ amount: 40_000, payment_intent: standin.sessions.get(sessionId)?.payment_intent })
    expect((await paymentRows(id)).filter((r) => r.kind === 'refund')).toMatchObject([{ provider: 'stripe', amountJPY: 40_000, status: 'succeeded' }])

    // Stripe's own charge.refunded for that refund is not counted a second time.
    const refundedBody = JSON.stringify(standin.refundedEvent(sessionId, 40_000))
    expect((await deliver(refundedBody, standin.sign(refundedBody))).status).toBe(200)
    const refunds = (await paymentRows(id)).filter((r) => r.kind === 'refund')
    expect(refunds.reduce((sum, r) => sum + r.amountJPY, 0)).toBe(40_000)
  })

  it('never refunds more than was paid', async () => {
    const { id, sessionId } = await bookingWithSession()
    const body = JSON.stringify(standin.completedEvent(sessionId))
    await deliver(body, standin.sign(body))
    const req = await createLocalReq({}, payload)
    await refundDeposit(req, { booking: { id }, amountJPY: 999_999 })
    await refundDeposit(req, { booking: { id }, amountJPY: 10_000 })
    const refunds = (await paymentRows(id)).filter((r) => r.kind === 'refund')
    expect(refunds.reduce((sum, r) => sum + r.amountJPY, 0)).toBe(50_000)
  })
})
