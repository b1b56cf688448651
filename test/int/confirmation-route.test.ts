import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GET as confirmationRoute } from '../../app/api/account/bookings/[id]/confirmation/route'
import { POST as signInRoute } from '../../app/api/account/sign-in/route'

import { holdPlace } from '@/booking/service'
import { recordOfflineDeposit } from '@/payments/service'

import type { Booking } from '../../payload-types'
import { testPayload } from './harness'
import { createBookableHospital, createBookablePackage, createBookingPatient, createSlot, requestAs } from './support/booking'
import type { PatientActor } from './support/patients'
import { createUser, PASSWORD, type Actor } from './support/world'

async function patientCookie(email: string): Promise<string> {
  const response = await signInRoute(
    new Request('http://localhost/api/account/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    }),
  )
  expect(response.status).toBe(200)
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

async function staffToken(payload: Payload, staff: Actor): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email: staff.email, password: PASSWORD } })
  if (!token) throw new Error('no token')
  return token
}

/** GET /api/account/bookings/{id}/confirmation as a browser (cookie) or an admin-panel user (JWT). */
function download(bookingId: string, auth: { cookie?: string; token?: string } = {}, locale = 'en'): Promise<Response> {
  const headers = new Headers({ 'x-kakehashi-locale': locale, 'sec-fetch-site': 'same-origin' })
  if (auth.cookie) headers.set('cookie', auth.cookie)
  if (auth.token) headers.set('authorization', `JWT ${auth.token}`)
  return confirmationRoute(new Request(`http://localhost/api/account/bookings/${bookingId}/confirmation`, { headers }), {
    params: Promise.resolve({ id: bookingId }),
  })
}

describe('the booking confirmation PDF', () => {
  let payload: Payload
  let owner: PatientActor
  let stranger: PatientActor
  let staffA: Actor
  let staffB: Actor
  let booking: Booking

  beforeAll(async () => {
    payload = await testPayload()
    const hospitalA = await createBookableHospital(payload, 'Confirm A')
    const hospitalB = await createBookableHospital(payload, 'Confirm B')
    staffA = await createUser(payload, ['hospital-staff'], [hospitalA.id], 'confirm-staff-a')
    staffB = await createUser(payload, ['hospital-staff'], [hospitalB.id], 'confirm-staff-b')
    owner = await createBookingPatient(payload, 'confirm-owner', 'ja')
    stranger = await createBookingPatient(payload, 'confirm-stranger')
    const slot = await createSlot(payload, (await createBookablePackage(payload, hospitalA.id)).id, 2)
    booking = await holdPlace(await requestAs(payload, owner), { slotId: String(slot.id), patient: owner.id })
  })

  it('is not available before the booking is confirmed, saying so in the patient’s language', async () => {
    const response = await download(String(booking.id), { cookie: await patientCookie(owner.email) }, 'ja')
    expect(response.status).toBe(409)
    const body = (await response.json()) as { error: string }
    expect(body.error).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/)
    expect(body.error).not.toMatch(/confirmed/i)
  })

  it('gives the booking’s patient the PDF once the deposit confirmed it', async () => {
    await recordOfflineDeposit(await requestAs(payload, staffA), { bookingId: String(booking.id) })
    const response = await download(String(booking.id), { cookie: await patientCookie(owner.email) })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const disposition = response.headers.get('content-disposition') ?? ''
    expect(disposition).toMatch(/^attachment; filename="[^"]+\.pdf"$/)
    expect(disposition).toContain(booking.reference)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(bytes.length).toBeGreaterThan(1000)
  })

  it('answers another patient as if the booking did not exist', async () => {
    const response = await download(String(booking.id), { cookie: await patientCookie(stranger.email) })
    expect(response.status).toBe(404)
  })

  it('asks an anonymous visitor to sign in', async () => {
    const response = await download(String(booking.id))
    expect(response.status).toBe(401)
    expect(((await response.json()) as { error: string }).error).toMatch(/sign in/i)
  })

  it('lets staff of the booking’s hospital download it, and not staff of another hospital', async () => {
    const ours = await download(String(booking.id), { token: await staffToken(payload, staffA) })
    expect(ours.status).toBe(200)
    expect(Buffer.from(await ours.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-')

    const theirs = await download(String(booking.id), { token: await staffToken(payload, staffB) })
    expect(theirs.status).toBe(404)
  })

  it('answers an unknown booking with 404', async () => {
    const response = await download('00000000-0000-4000-8000-000000000000', { cookie: await patientCookie(owner.email) })
    expect(response.status).toBe(404)
  })
})
