import { beforeAll, describe, expect, it } from 'vitest'

import { RELEASE_EXPIRED_HOLDS_TASK } from '@/booking/jobs'
import { cancelBooking, holdPlace, transitionBooking } from '@/booking/service'
import { createSlotsInBulk } from '@/booking/slots'
import { recordOfflineDeposit } from '@/payments/service'

import type { Booking, CarePackage, Hospital } from '../../payload-types'

import { testPayload } from './harness'
import { createBookableHospital, createBookablePackage, createBookingPatient, createSlot, dayFromNow, requestAs } from './support/booking'
import type { PatientActor } from './support/patients'
import { attempt, createUser, type Actor } from './support/world'

describe('booking lifecycle', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  let hospitalA: Hospital
  let hospitalB: Hospital
  let pkgA: CarePackage
  let approvalPkgA: CarePackage
  let pkgB: CarePackage
  let staffA: Actor
  let staffB: Actor
  let alice: PatientActor
  let bob: PatientActor
  let chen: PatientActor

  beforeAll(async () => {
    payload = await testPayload()
    hospitalA = await createBookableHospital(payload, 'Hospital A')
    hospitalB = await createBookableHospital(payload, 'Hospital B')
    pkgA = await createBookablePackage(payload, hospitalA.id)
    approvalPkgA = await createBookablePackage(payload, hospitalA.id, { requiresApproval: true })
    pkgB = await createBookablePackage(payload, hospitalB.id)
    staffA = await createUser(payload, ['hospital-staff'], [hospitalA.id], 'staff-a')
    staffB = await createUser(payload, ['hospital-staff'], [hospitalB.id], 'staff-b')
    alice = await createBookingPatient(payload, 'alice', 'ja')
    bob = await createBookingPatient(payload, 'bob')
    chen = await createBookingPatient(payload, 'chen', 'zh-CN')
  })

  const hold = async (patient: PatientActor, slotId: string | number) =>
    holdPlace(await requestAs(payload, patient), { slotId: String(slotId), patient: patient.id })
  const reload = (id: string | number) => payload.findByID({ collection: 'bookings', id, depth: 0 }) as Promise<Booking>

  it('holds a place for the deposit with a reference, the agreed price and the hold email', async () => {
    const slot = await createSlot(payload, pkgA.id, 2)
    const before = Date.now()
    const booking = await hold(alice, slot.id)
    expect(booking.status).toBe('pending-payment')
    expect(booking.reference).toMatch(/^KH-[2-9A-HJKMNP-Z]{6}$/)
    expect(booking.locale).toBe('ja')
    expect(booking.agreed).toMatchObject({ source: 'package', totalJPY: 300_000, depositJPY: 50_000, cancellation: { freeUntilDays: 14, feePercent: 10 } })
    const holdMs = new Date(booking.holdExpiresAt ?? 0).getTime() - before
    expect(holdMs).toBeGreaterThan(29 * 60_000)
    expect(holdMs).toBeLessThan(31 * 60_000)
    expect(booking.transitions?.map((t) => [t.from ?? null, t.to, t.actorType, t.actorId])).toEqual([[null, 'pending-payment', 'patient', String(alice.id)]])
    const emails = await payload.find({ collection: 'outbox', where: { aboutId: { equals: String(booking.id) } }, depth: 0 })
    // The patient is told how to pay; the hospital is asked for nothing (no approval needed).
    expect(emails.docs.map((e) => e.template).sort()).toEqual(['booking-hold'])
    expect(emails.docs.find((e) => e.template === 'booking-hold')?.to).toBe(alice.email)
  })

  it('refuses a second booking of the same date by the same patient', async () => {
    const slot = await createSlot(payload, pkgA.id, 3)
    await hold(bob, slot.id)
    const again = await attempt(() => hold(bob, slot.id))
    expect(again).toMatchObject({ ok: false, status: 409 })
  })

  it('waits for approval on a package that requires it, then opens the payment window', async () => {
    const slot = await createSlot(payload, approvalPkgA.id, 1)
    const requested = await hold(alice, slot.id)
    expect(requested.status).toBe('requested')
    expect(requested.holdExpiresAt ?? null).toBeNull()
    // The place is held while the hospital decides, and the hospital is asked, in Japanese.
    expect(await attempt(() => hold(bob, slot.id))).toMatchObject({ ok: false, status: 409 })
    const asked = await payload.find({ collection: 'outbox', where: { aboutId: { equals: String(requested.id) }, template: { equals: 'booking-requested' } }, depth: 0 })
    expect(asked.docs.map((e) => e.locale)).toEqual(['ja'])

    const approved = await transitionBooking(await requestAs(payload, staffA), { bookingId: String(requested.id), to: 'approved' })
    expect(approved.status).toBe('pending-payment')
    expect(new Date(approved.holdExpiresAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 24 * 3_600_000)
    expect(approved.transitions?.map((t) => [t.from, t.to, t.actorType, t.actorId ?? null])).toEqual([
      [null, 'requested', 'patient', String(alice.id)],
      ['requested', 'approved', 'staff', String(staffA.id)],
      ['approved', 'pending-payment', 'system', null],
    ])
  })

  it('refuses a move the state machine does not allow with 409 and an explanation, changing nothing', async () => {
    const slot = await createSlot(payload, pkgA.id, 1)
    const booking = await hold(bob, slot.id)
    const result = await attempt(async () => transitionBooking(await requestAs(payload, staffA), { bookingId: String(booking.id), to: 'completed' }))
    expect(result).toMatchObject({ ok: false, status: 409 })
    expect(!result.ok && result.message).toBe('This booking is Awaiting deposit and cannot become Completed.')
    const after = await reload(booking.id)
    expect(after.status).toBe('pending-payment')
    expect(after.transitions).toHaveLength(1)
  })

  it('explains a refused move in the language of the request', async () => {
    const slot = await createSlot(payload, pkgA.id, 1)
    const booking = await hold(bob, slot.id)
    const result = await attempt(async () => transitionBooking(await requestAs(payload, staffA, 'ja'), { bookingId: String(booking.id), to: 'completed' }))
    expect(result).toMatchObject({ ok: false, status: 409 })
    expect(!result.ok && result.message).not.toMatch(/cannot/)
  })

  it('lets a patient only cancel: approving their own booking is forbidden', async () => {
    const slot = await createSlot(payload, approvalPkgA.id, 1)
    const booking = await hold(chen, slot.id)
    const result = await attempt(async () => transitionBooking(await requestAs(payload, chen), { bookingId: String(booking.id), to: 'approved' }))
    expect(result).toMatchObject({ ok: false, status: 403 })
    expect((await reload(booking.id)).status).toBe('requested')
  })

  it('releases an expired hold through the job, and a new patient can then book the place', async () => {
    const slot = await createSlot(payload, pkgA.id, 1)
    const first = await hold(alice, slot.id)
    expect(await attempt(() => hold(bob, slot.id))).toMatchObject({ ok: false, status: 409 })
    await payload.update({ collection: 'bookings', id: first.id, data: { holdExpiresAt: new Date(Date.now() - 60_000).toISOString() } })

    await payload.jobs.queue({ task: RELEASE_EXPIRED_HOLDS_TASK, input: {} })
    await payload.jobs.run()

    const expired = await reload(first.id)
    expect(expired.status).toBe('expired')
    expect(expired.transitions?.at(-1)).toMatchObject({ from: 'pending-payment', to: 'expired', actorType: 'system' })
    const places = await payload.count({ collection: 'slot-places', where: { slot: { equals: slot.id } } })
    expect(places.totalDocs).toBe(0)
    const second = await hold(bob, slot.id)
    expect(second.status).toBe('pending-payment')
  })

  it('never lets an expired hold block a patient, even before the job has run', async () => {
    const slot = await createSlot(payload, pkgA.id, 1)
    const first = await hold(alice, slot.id)
    await payload.update({ collection: 'bookings', id: first.id, data: { holdExpiresAt: new Date(Date.now() - 1_000).toISOString() } })
    const second = await hold(chen, slot.id)
    expect(second.status).toBe('pending-payment')
    expect((await reload(first.id)).status).toBe('expired')
  })

  it('cancels for free before the policy deadline, freeing the place', async () => {
    const slot = await createSlot(payload, pkgA.id, 1, dayFromNow(40))
    const booking = await hold(alice, slot.id)
    const cancelled = await cancelBooking(await requestAs(payload, alice), { bookingId: String(booking.id) })
    expect(cancelled.status).toBe('cancelled')
    expect(cancelled.cancellation).toMatchObject({ feeJPY: 0, refundJPY: 0 })
    expect(cancelled.transitions?.at(-1)).toMatchObject({ from: 'pending-payment', to: 'cancelled', actorType: 'patient', actorId: String(alice.id) })
    expect((await payload.count({ collection: 'slot-places', where: { slot: { equals: slot.id } } })).totalDocs).toBe(0)
  })

  it('charges the policy fee from the paid deposit after the deadline and refunds the rest', async () => {
    const slot = await createSlot(payload, pkgA.id, 1, dayFromNow(5))
    const booking = await hold(bob, slot.id)
    const paid = await recordOfflineDeposit(await requestAs(payload, staffA), { bookingId: String(booking.id) })
    expect(paid.status).toBe('confirmed')
    const result = await cancelBooking(await requestAs(payload, bob), { bookingId: String(booking.id) })
    // 10 % of ¥300,000 is ¥30,000, taken from the ¥50,000 deposit.
    expect(result.cancellation).toMatchObject({ feeJPY: 30_000, refundJPY: 20_000 })
    expect(result.status).toBe('refunded')
    expect(result.transitions?.map((t) => t.to)).toEqual(['pending-payment', 'confirmed', 'cancelled', 'refunded'])
  })

  it('keeps hospital B staff away from hospital A bookings and slots', async () => {
    const slot = await createSlot(payload, pkgA.id, 2)
    const booking = await hold(chen, slot.id)
    const seen = await payload.find({ collection: 'bookings', where: { id: { equals: booking.id } }, user: staffB, overrideAccess: false })
    expect(seen.docs).toHaveLength(0)
    const act = await attempt(async () => cancelBooking(await requestAs(payload, staffB), { bookingId: String(booking.id) }))
    expect(act).toMatchObject({ ok: false, status: 404 })
    expect((await reload(booking.id)).status).toBe('pending-payment')
    const edit = await attempt(() => payload.update({ collection: 'slots', id: slot.id, data: { capacity: 9 }, user: staffB, overrideAccess: false }))
    expect(edit.ok).toBe(false)
    const foreign = await attempt(() =>
      payload.create({ collection: 'slots', data: { package: pkgA.id, date: `${dayFromNow(20)}T12:00:00.000Z`, capacity: 1 } as never, user: staffB, overrideAccess: false }),
    )
    expect(foreign).toMatchObject({ ok: false, status: 400 })
    const own = await payload.find({ collection: 'slot-places', user: staffB, overrideAccess: false })
    expect(own.docs.every((p) => String(p.hospital) === String(hospitalB.id))).toBe(true)
    void pkgB
  })

  it('shows a patient only their own bookings', async () => {
    const slot = await createSlot(payload, pkgA.id, 2)
    const booking = await hold(alice, slot.id)
    const byOther = await payload.find({ collection: 'bookings', where: { id: { equals: booking.id } }, user: bob, overrideAccess: false })
    expect(byOther.docs).toHaveLength(0)
    const cancel = await attempt(async () => cancelBooking(await requestAs(payload, bob), { bookingId: String(booking.id) }))
    expect(cancel).toMatchObject({ ok: false, status: 404 })
  })

  it('refuses to lower capacity below the places taken, with a clear error', async () => {
    const slot = await createSlot(payload, pkgA.id, 3)
    await hold(alice, slot.id)
    await hold(bob, slot.id)
    const lower = await attempt(() => payload.update({ collection: 'slots', id: slot.id, data: { capacity: 1 }, user: staffA, overrideAccess: false }))
    expect(lower).toMatchObject({ ok: false, status: 400 })
    expect(!lower.ok && lower.message).toMatch(/capacity/i)
    const fine = await payload.update({ collection: 'slots', id: slot.id, data: { capacity: 2 }, user: staffA, overrideAccess: false })
    expect(fine.capacity).toBe(2)
    expect(await attempt(() => hold(chen, slot.id))).toMatchObject({ ok: false, status: 409 })
  })

  it('creates a slot on every chosen weekday in bulk, and not twice', async () => {
    const req = await requestAs(payload, staffA)
    // 2027-03-01 is a Monday: two weeks of Monday–Friday.
    const first = await createSlotsInBulk(req, { package: String(pkgA.id), from: '2027-03-01', to: '2027-03-14', weekdays: [1, 2, 3, 4, 5], capacity: 4 })
    expect(first.created.map((s) => s.date.slice(0, 10))).toEqual([
      '2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05',
      '2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12',
    ])
    expect(first.created.every((s) => String(s.hospital) === String(hospitalA.id) && s.capacity === 4)).toBe(true)
    const again = await createSlotsInBulk(req, { package: String(pkgA.id), from: '2027-03-01', to: '2027-03-14', weekdays: [1, 2, 3, 4, 5], capacity: 4 })
    expect(again.created).toHaveLength(0)
    expect(again.skipped).toHaveLength(10)
    const foreign = await attempt(async () =>
      createSlotsInBulk(await requestAs(payload, staffB), { package: String(pkgA.id), from: '2027-04-01', to: '2027-04-02', weekdays: [1, 2, 3, 4, 5], capacity: 1 }),
    )
    expect(foreign.ok).toBe(false)
  })
})
