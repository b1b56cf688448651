import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'

import { relationId } from '@/access/roles'
import { holdPlace } from '@/booking/service'
import { recordOfflineDeposit } from '@/payments/service'

import type { Booking } from '../../payload-types'
import { sendInquiry } from '../fixtures/inquiries'
import { testPayload } from './harness'
import { createBookableHospital, createBookablePackage, createBookingPatient, createSlot, requestAs } from './support/booking'
import type { PatientActor } from './support/patients'
import { createUser, PASSWORD, type Actor } from './support/world'

const restGet = REST_GET(config)

/** The admin panel's list request, through Payload's own REST handler, signed in as `email`. */
async function adminList(payload: Payload, email: string, path: string): Promise<{ status: number; body: { docs?: { id: string; patient?: unknown }[]; errors?: unknown } }> {
  const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  const url = new URL(`/api/${path}`, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await restGet(new Request(url, { headers: { Authorization: `JWT ${token}` } }), { params: Promise.resolve({ slug }) })
  return { status: response.status, body: (await response.json()) as never }
}

describe('hospital staff reading patients', () => {
  let payload: Payload
  let staffA: Actor
  let staffB: Actor
  let wroteToA: PatientActor
  let bookedAtA: PatientActor
  let wroteOnlyToB: PatientActor
  let booking: Booking

  beforeAll(async () => {
    payload = await testPayload()
    const hospitalA = await createBookableHospital(payload, 'Staff Access A')
    const hospitalB = await createBookableHospital(payload, 'Staff Access B')
    staffA = await createUser(payload, ['hospital-staff'], [hospitalA.id], 'patients-staff-a')
    staffB = await createUser(payload, ['hospital-staff'], [hospitalB.id], 'patients-staff-b')
    wroteToA = await createBookingPatient(payload, 'wrote-to-a')
    bookedAtA = await createBookingPatient(payload, 'booked-at-a')
    wroteOnlyToB = await createBookingPatient(payload, 'wrote-only-to-b')
    await sendInquiry(payload, wroteToA, hospitalA.id)
    await sendInquiry(payload, wroteOnlyToB, hospitalB.id)
    const slot = await createSlot(payload, (await createBookablePackage(payload, hospitalA.id)).id, 3)
    booking = await holdPlace(await requestAs(payload, bookedAtA), { slotId: String(slot.id), patient: bookedAtA.id })
    await recordOfflineDeposit(await requestAs(payload, staffA), { bookingId: String(booking.id) })
  })

  it('lets staff read the patients who wrote to or booked with their hospital, and no one else', async () => {
    const seen = await payload.find({ collection: 'patients', user: staffA, overrideAccess: false, depth: 0, pagination: false })
    const ids = seen.docs.map((patient) => String(patient.id))
    expect(ids).toEqual(expect.arrayContaining([String(wroteToA.id), String(bookedAtA.id)]))
    expect(ids).not.toContain(String(wroteOnlyToB.id))

    const one = await payload.findByID({ collection: 'patients', id: wroteToA.id, user: staffA, overrideAccess: false, depth: 0 })
    expect(one.email).toBe(wroteToA.email)
    await expect(payload.findByID({ collection: 'patients', id: wroteOnlyToB.id, user: staffA, overrideAccess: false })).rejects.toThrow()
  })

  it('shows the other hospital’s staff only their own patient', async () => {
    const seen = await payload.find({ collection: 'patients', user: staffB, overrideAccess: false, depth: 0, pagination: false })
    expect(seen.docs.map((patient) => String(patient.id))).toEqual([String(wroteOnlyToB.id)])
  })

  it('shows the patient on the staff’s payments list with the patient populated (depth 1)', async () => {
    const payments = await payload.find({ collection: 'payments', depth: 1, user: staffA, overrideAccess: false })
    const ours = payments.docs.find((payment) => relationId(payment.booking) === String(booking.id))
    expect(ours).toBeDefined()
    expect(ours?.patient).toMatchObject({ id: bookedAtA.id, email: bookedAtA.email })
  })

  it('shows the patient on the staff’s bookings list with the patient populated (depth 1)', async () => {
    const bookings = await payload.find({ collection: 'bookings', depth: 1, user: staffA, overrideAccess: false })
    const ours = bookings.docs.find((doc) => String(doc.id) === String(booking.id))
    expect(ours?.patient).toMatchObject({ id: bookedAtA.id, email: bookedAtA.email })
  })

  it.each([
    ['payments?depth=1&limit=10&sort=-createdAt'],
    ['payments?depth=1&where[status][equals]=succeeded&select[patient]=true&select[amountJPY]=true'],
    ['bookings?depth=1&limit=10&where[or][0][and][0][reference][like]=KH'],
    ['bookings?depth=1&select[reference]=true&select[patient]=true&select[status]=true'],
    ['payments?depth=2&locale=all'],
    ['payments?depth=1&where[patient.email][like]=booked'],
  ])('serves the admin list /api/%s to staff with the patient populated', async (path) => {
    const { status, body } = await adminList(payload, staffA.email, path)
    expect(body.errors).toBeUndefined()
    expect(status).toBe(200)
    const withPatient = body.docs?.find((doc) => typeof doc.patient === 'object' && doc.patient !== null)
    expect(withPatient?.patient).toMatchObject({ id: bookedAtA.id })
  })
})
