import { beforeAll, describe, expect, it } from 'vitest'

import { holdPlace } from '@/booking/service'

import { testPayload } from './harness'
import { createBookableHospital, createBookablePackage, createBookingPatient, createSlot, requestAs } from './support/booking'
import type { PatientActor } from './support/patients'
import { attempt } from './support/world'

/** No overbooking, ever: the unique (slot, place) claim decides concurrent requests. */
describe('concurrent holds on the last places', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  let packageId: string
  const patients: PatientActor[] = []

  beforeAll(async () => {
    payload = await testPayload()
    const hospital = await createBookableHospital(payload)
    packageId = String((await createBookablePackage(payload, hospital.id)).id)
    for (let i = 0; i < 50; i++) patients.push(await createBookingPatient(payload, `racer-${i}`))
  }, 600_000)

  it('holds exactly 3 places and refuses 47 requests with 409, twenty rounds in a row', async () => {
    for (let round = 0; round < 20; round++) {
      const slot = await createSlot(payload, packageId, 3)
      const results = await Promise.all(
        patients.map(async (patient) => attempt(async () => holdPlace(await requestAs(payload, patient), { slotId: String(slot.id), patient: patient.id }))),
      )
      const held = results.filter((r) => r.ok)
      const refused = results.filter((r) => !r.ok)
      expect({ round, held: held.length }).toEqual({ round, held: 3 })
      expect(refused.map((r) => (r.ok ? 0 : r.status))).toEqual(Array(47).fill(409))
      expect(refused.every((r) => !r.ok && /fully booked/.test(r.message))).toBe(true)

      const places = await payload.find({ collection: 'slot-places', where: { slot: { equals: slot.id } }, depth: 0, pagination: false })
      expect(places.docs.map((p) => p.place).sort()).toEqual([1, 2, 3])
      const bookings = await payload.count({ collection: 'bookings', where: { slot: { equals: slot.id } } })
      expect(bookings.totalDocs).toBe(3)
    }
  }, 600_000)
})
