import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/env'
import { availablePaymentMethods, recordOfflineDeposit, refundDeposit, startDepositPayment } from '@/payments/service'

import { buildPaymentWorld, createBookingFor, type PaymentWorld } from '../support/stripe/bookings'
import { testPayload } from './harness'
import { createPatient } from './support/patients'
import { attempt } from './support/world'

let payload: Payload
let world: PaymentWorld

beforeAll(async () => {
  env.payments.stripe = undefined
  payload = await testPayload()
  world = await buildPaymentWorld(payload)
})

async function status(bookingId: string): Promise<string> {
  const booking = await payload.findByID({ collection: 'bookings', id: bookingId, depth: 0 })
  return String((booking as unknown as { status: string }).status)
}

describe('offline deposits (the embedded default)', () => {
  it('offers only the offline method when Stripe is not configured', () => {
    expect(availablePaymentMethods()).toEqual(['offline'])
  })

  it('gives the patient the amount and reference to pay, and records the chosen method', async () => {
    const booking = await createBookingFor(payload, world)
    const req = await createLocalReq({ user: booking.patient as never }, payload)
    const started = await startDepositPayment(req, { booking: booking.id, method: 'offline', locale: 'en' })
    expect(started.redirectUrl).toBeUndefined()
    expect(started.instructions).toMatchObject({ amountJPY: 50_000, reference: booking.reference })
    const stored = await payload.findByID({ collection: 'bookings', id: booking.id, depth: 0 })
    expect((stored as unknown as { paymentMethod?: string }).paymentMethod).toBe('offline')
    // A transfer takes days: the place stays held for three days instead of the card's minutes.
    const heldFor = Date.parse(String(stored.holdExpiresAt)) - Date.now()
    expect(heldFor).toBeGreaterThan(71 * 3_600_000)
    expect(heldFor).toBeLessThanOrEqual(72 * 3_600_000)
  })

  it('refuses Stripe when it is not configured', async () => {
    const booking = await createBookingFor(payload, world)
    const req = await createLocalReq({ user: booking.patient as never }, payload)
    const result = await attempt(() => startDepositPayment(req, { booking: booking.id, method: 'stripe', locale: 'en' }))
    expect(result).toMatchObject({ ok: false, status: 400 })
  })

  it('confirms the booking when staff of its hospital mark the deposit received, with one email', async () => {
    const booking = await createBookingFor(payload, world)
    const req = await createLocalReq({ user: world.staffA as never }, payload)
    await recordOfflineDeposit(req, { bookingId: booking.id })
    expect(await status(booking.id)).toBe('confirmed')
    const { docs } = await payload.find({ collection: 'payments', where: { booking: { equals: booking.id } }, depth: 0 })
    expect(docs).toMatchObject([{ provider: 'offline', kind: 'deposit', status: 'succeeded', amountJPY: 50_000 }])
    expect(String((docs[0] as unknown as { recordedBy: string }).recordedBy)).toBe(String(world.staffA.id))
    const emails = await payload.count({ collection: 'outbox', where: { idempotencyKey: { equals: `booking-confirmed:${booking.id}` } } })
    expect(emails.totalDocs).toBe(1)

    const again = await attempt(() => recordOfflineDeposit(req, { bookingId: booking.id }))
    expect(again).toMatchObject({ ok: false, status: 409 })
  })

  it('refuses staff of another hospital with 403 and changes nothing', async () => {
    const booking = await createBookingFor(payload, world)
    const req = await createLocalReq({ user: world.staffB as never }, payload)
    const result = await attempt(() => recordOfflineDeposit(req, { bookingId: booking.id }))
    expect(result).toMatchObject({ ok: false, status: 403 })
    expect(await status(booking.id)).toBe('pending-payment')
    expect((await payload.count({ collection: 'payments', where: { booking: { equals: booking.id } } })).totalDocs).toBe(0)
  })

  it('refuses the patient themself with 403', async () => {
    const booking = await createBookingFor(payload, world)
    const req = await createLocalReq({ user: booking.patient as never }, payload)
    expect(await attempt(() => recordOfflineDeposit(req, { bookingId: booking.id }))).toMatchObject({ ok: false, status: 403 })
  })

  it('records an offline refund as pending, for the hospital to pay back', async () => {
    const booking = await createBookingFor(payload, world)
    await recordOfflineDeposit(await createLocalReq({ user: world.staffA as never }, payload), { bookingId: booking.id })
    await refundDeposit(await createLocalReq({}, payload), { booking: { id: booking.id }, amountJPY: 30_000 })
    const { docs } = await payload.find({ collection: 'payments', where: { and: [{ booking: { equals: booking.id } }, { kind: { equals: 'refund' } }] }, depth: 0 })
    expect(docs).toMatchObject([{ provider: 'offline', status: 'pending', amountJPY: 30_000 }])
  })
})

describe('who reads payment records', () => {
  it('lets a patient read their own payments but not another patient’s', async () => {
    const mine = await createBookingFor(payload, world)
    const theirs = await createBookingFor(payload, world)
    const staffReq = await createLocalReq({ user: world.staffA as never }, payload)
    await recordOfflineDeposit(staffReq, { bookingId: mine.id })
    await recordOfflineDeposit(await createLocalReq({ user: world.staffA as never }, payload), { bookingId: theirs.id })
    const seen = await payload.find({ collection: 'payments', user: mine.patient, overrideAccess: false, depth: 0, pagination: false })
    const bookings = new Set(seen.docs.map((d) => String((d as unknown as { booking: string }).booking)))
    expect(bookings.has(mine.id)).toBe(true)
    expect(bookings.has(theirs.id)).toBe(false)
  })

  it('lets staff read their hospital’s payments only, and nobody write them over the API', async () => {
    const booking = await createBookingFor(payload, world)
    await recordOfflineDeposit(await createLocalReq({ user: world.staffA as never }, payload), { bookingId: booking.id })
    const whereBooking = { booking: { equals: booking.id } }
    expect((await payload.find({ collection: 'payments', where: whereBooking, user: world.staffA, overrideAccess: false, depth: 0 })).totalDocs).toBe(1)
    expect((await payload.find({ collection: 'payments', where: whereBooking, user: world.staffB, overrideAccess: false, depth: 0 })).totalDocs).toBe(0)
    expect((await payload.find({ collection: 'payments', where: whereBooking, user: world.platformAdmin, overrideAccess: false, depth: 0 })).totalDocs).toBe(1)
    const stranger = await createPatient(payload, 'stranger')
    expect((await payload.find({ collection: 'payments', where: whereBooking, user: stranger, overrideAccess: false, depth: 0 })).totalDocs).toBe(0)
    const forged = await attempt(() =>
      payload.create({
        collection: 'payments',
        user: world.platformAdmin,
        overrideAccess: false,
        depth: 0,
        data: { booking: booking.id, hospital: world.hospitalA.id, provider: 'offline', kind: 'deposit', status: 'succeeded', amountJPY: 1, eventKey: 'forged', occurredAt: new Date().toISOString() } as never,
      }),
    )
    expect(forged).toMatchObject({ ok: false, status: 403 })
  })
})
