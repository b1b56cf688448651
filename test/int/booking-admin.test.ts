import { beforeAll, describe, expect, it } from 'vitest'
import type { PayloadRequest } from 'payload'

import { bookingTransitionEndpoint, bulkCreateSlotsEndpoint } from '@/booking/endpoints'
import { holdPlace } from '@/booking/service'
import { bookingsOfMonth, dashboardFigures } from '@/booking/staffViews'

import type { CarePackage } from '../../payload-types'

import { testPayload } from './harness'
import { createBookableHospital, createBookablePackage, createBookingPatient, createSlot, dayFromNow, requestAs } from './support/booking'
import type { PatientActor } from './support/patients'
import { createUser, type Actor } from './support/world'

/** The hospital's side: action endpoint, bulk endpoint, calendar and dashboard, each limited to its own hospital. */
describe('booking administration', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  let approvalA: CarePackage
  let pkgB: CarePackage
  let staffA: Actor
  let staffB: Actor
  let patient: PatientActor

  beforeAll(async () => {
    payload = await testPayload()
    const A = await createBookableHospital(payload, 'Admin A')
    const B = await createBookableHospital(payload, 'Admin B')
    approvalA = await createBookablePackage(payload, A.id, { requiresApproval: true })
    pkgB = await createBookablePackage(payload, B.id)
    staffA = await createUser(payload, ['hospital-admin'], [A.id], 'admin-a')
    staffB = await createUser(payload, ['hospital-staff'], [B.id], 'staff-b')
    patient = await createBookingPatient(payload, 'admin-patient')
  })

  async function endpointRequest(user: unknown, body: unknown, routeParams: Record<string, string> = {}): Promise<PayloadRequest> {
    const req = await requestAs(payload, user)
    req.json = async () => body
    req.routeParams = routeParams
    return req
  }

  it('approves through the action endpoint for the hospital, and answers 404 to another hospital', async () => {
    const slot = await createSlot(payload, approvalA.id, 2, dayFromNow(7))
    const booking = await holdPlace(await requestAs(payload, patient), { slotId: String(slot.id), patient: patient.id })
    const foreign = await bookingTransitionEndpoint.handler(await endpointRequest(staffB, { action: 'approve' }, { id: String(booking.id) }))
    expect(foreign.status).toBe(404)
    const byPatient = await bookingTransitionEndpoint.handler(await endpointRequest(patient, { action: 'approve' }, { id: String(booking.id) }))
    expect(byPatient.status).toBe(403)
    const wrong = await bookingTransitionEndpoint.handler(await endpointRequest(staffA, { action: 'complete' }, { id: String(booking.id) }))
    expect(wrong.status).toBe(409)
    expect(((await wrong.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/cannot become Completed/)
    const ok = await bookingTransitionEndpoint.handler(await endpointRequest(staffA, { action: 'approve' }, { id: String(booking.id) }))
    expect(ok.status).toBe(200)
    expect(((await ok.json()) as { booking: { status: string } }).booking.status).toBe('pending-payment')
  })

  it('creates slots in bulk over the endpoint, refusing a bad rule with 400', async () => {
    const bad = await bulkCreateSlotsEndpoint.handler(await endpointRequest(staffB, { package: String(pkgB.id), from: '2027-06-10', to: '2027-06-01', weekdays: [1], capacity: 2 }))
    expect(bad.status).toBe(400)
    const ok = await bulkCreateSlotsEndpoint.handler(await endpointRequest(staffB, { package: String(pkgB.id), from: '2027-06-01', to: '2027-06-30', weekdays: [1, 2, 3, 4, 5], capacity: 2 }))
    expect(ok.status).toBe(201)
    expect(await ok.json()).toMatchObject({ created: 22 })
    const anonymous = await bulkCreateSlotsEndpoint.handler(await endpointRequest(undefined, { package: String(pkgB.id), from: '2027-07-01', to: '2027-07-02', weekdays: [1], capacity: 2 }))
    expect(anonymous.status).toBe(403)
  })

  it("shows each hospital only its own bookings in the calendar and the dashboard", async () => {
    const day = dayFromNow(5)
    const slotA = await createSlot(payload, approvalA.id, 2, day)
    const slotB = await createSlot(payload, pkgB.id, 2, day)
    const other = await createBookingPatient(payload, 'calendar-patient')
    const a = await holdPlace(await requestAs(payload, other), { slotId: String(slotA.id), patient: other.id })
    const b = await holdPlace(await requestAs(payload, other), { slotId: String(slotB.id), patient: other.id })
    const [year, month] = day.split('-').map(Number) as [number, number]

    const calendarA = await bookingsOfMonth(payload, staffA, year, month)
    const idsA = [...calendarA.values()].flat().map((x) => String(x.id))
    expect(idsA).toContain(String(a.id))
    expect(idsA).not.toContain(String(b.id))

    const dashA = await dashboardFigures(payload, staffA)
    expect(dashA.pendingApprovals).toBeGreaterThanOrEqual(1)
    const dashB = await dashboardFigures(payload, staffB)
    expect(dashB.pendingApprovals).toBe(0)
    expect(dashB.upcomingArrivals.map((x) => String(x.id))).toEqual([String(b.id)])
  })
})
