import { beforeAll, describe, expect, it } from 'vitest'

import { POST as cancelRoute } from '../../app/api/account/bookings/[id]/cancel/route'
import { POST as holdRoute } from '../../app/api/account/bookings/route'

import { testPayload } from './harness'
import { createBookableHospital, createBookablePackage, createBookingPatient, createSlot } from './support/booking'
import { PASSWORD } from './support/world'

/** The site's booking endpoints, called as the browser calls them (session cookie, JSON body). */
describe('booking over HTTP', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  let packageId: string
  const cookies: string[] = []

  beforeAll(async () => {
    payload = await testPayload()
    const hospital = await createBookableHospital(payload)
    packageId = String((await createBookablePackage(payload, hospital.id)).id)
    for (let i = 0; i < 50; i++) {
      const patient = await createBookingPatient(payload, `web-${i}`, 'fr')
      const { token } = await payload.login({ collection: 'patients', data: { email: patient.email, password: PASSWORD } })
      cookies.push(`payload-token=${token}`)
    }
  }, 600_000)

  const post = (handler: (r: Request) => Promise<Response>, url: string, cookie: string | undefined, body: unknown) =>
    handler(
      new Request(`http://localhost:3000${url}`, {
        method: 'POST',
        // A browser's same-origin fetch: Payload accepts the session cookie only from the site itself.
        headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      }),
    )

  it('answers 50 concurrent requests for 3 places with three 201s and forty-seven 409s, five rounds', async () => {
    for (let round = 0; round < 5; round++) {
      const slot = await createSlot(payload, packageId, 3)
      const responses = await Promise.all(cookies.map((cookie) => post(holdRoute, '/api/account/bookings', cookie, { slotId: String(slot.id), locale: 'fr' })))
      const statuses = responses.map((r) => r.status).sort()
      expect(statuses).toEqual([...Array(3).fill(201), ...Array(47).fill(409)])
      const refused = await responses.find((r) => r.status === 409)?.json()
      expect(refused.error).toMatch(/complète/)
    }
  }, 600_000)

  it('asks an anonymous visitor to sign in', async () => {
    const slot = await createSlot(payload, packageId, 1)
    const res = await post(holdRoute, '/api/account/bookings', undefined, { slotId: String(slot.id), locale: 'en' })
    expect(res.status).toBe(401)
    expect((await res.json()).error).toBe('Please sign in to book.')
  })

  it("answers 404 to a patient cancelling somebody else's booking, and cancels one's own", async () => {
    const slot = await createSlot(payload, packageId, 2)
    const held = await post(holdRoute, '/api/account/bookings', cookies[0], { slotId: String(slot.id), locale: 'en' })
    const { id } = (await held.json()) as { id: string }
    const cancel = (cookie: string | undefined) =>
      cancelRoute(new Request(`http://localhost:3000/api/account/bookings/${id}/cancel`, { method: 'POST', headers: { cookie: cookie ?? '', 'Sec-Fetch-Site': 'same-origin' }, body: '{}' }), {
        params: Promise.resolve({ id }),
      })
    const stranger = await cancel(cookies[1])
    expect(stranger.status).toBe(404)
    const own = await cancel(cookies[0])
    expect(own.status).toBe(200)
    expect(await own.json()).toMatchObject({ status: 'cancelled', feeJPY: 0, refundJPY: 0 })
  })
})
