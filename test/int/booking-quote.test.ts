import { beforeAll, describe, expect, it } from 'vitest'

import { holdPlace } from '@/booking/service'

import type { CarePackage, Hospital } from '../../payload-types'

import { testPayload } from './harness'
import { createBookableHospital, createBookablePackage, createBookingPatient, createSlot, requestAs } from './support/booking'
import type { PatientActor } from './support/patients'
import { attempt } from './support/world'

/** A booking made with the hospital's accepted quote keeps the quote as the agreed price. */
describe('booking with an accepted quote', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  let hospital: Hospital
  let pkg: CarePackage
  let patient: PatientActor

  beforeAll(async () => {
    payload = await testPayload()
    hospital = await createBookableHospital(payload, 'Quote Hospital')
    pkg = await createBookablePackage(payload, hospital.id, { requiresApproval: true })
    patient = await createBookingPatient(payload, 'quoted')
  })

  async function quotedInquiry(options: { accepted: boolean; validUntil: string }) {
    const consent = await payload.create({
      collection: 'consents',
      depth: 0,
      data: { patient: patient.id, hospital: hospital.id, purpose: 'medical-data-to-hospital', textVersion: 'v1', text: 'I agree.', locale: 'en', givenAt: new Date().toISOString() },
    })
    // Trusted set-up: the hospital's answer and the patient's acceptance, written directly.
    return payload.create({
      collection: 'inquiries',
      depth: 0,
      context: { skipNotifications: true },
      data: {
        status: 'answered',
        patient: patient.id,
        hospital: hospital.id,
        package: pkg.id,
        question: 'Can I come in spring?',
        replyLanguage: 'en',
        consent: consent.id,
        response: {
          decision: 'accepted',
          quote: {
            packagePriceJPY: 280_000,
            interpreterFeeJPY: 20_000,
            coordinationFeeJPY: 10_000,
            extras: [{ label: 'MRI', amountJPY: 40_000 }],
            depositJPY: 60_000,
            validUntil: options.validUntil,
          },
        },
        quoteAcceptedAt: options.accepted ? new Date().toISOString() : null,
      },
    })
  }

  it('copies the accepted quote into the booking and goes straight to the deposit', async () => {
    const inquiry = await quotedInquiry({ accepted: true, validUntil: new Date(Date.now() + 10 * 86_400_000).toISOString() })
    const slot = await createSlot(payload, pkg.id, 1)
    const booking = await holdPlace(await requestAs(payload, patient), { slotId: String(slot.id), patient: patient.id, inquiry: String(inquiry.id) })
    expect(booking.status).toBe('pending-payment')
    expect(booking.agreed?.source).toBe('quote')
    expect(booking.agreed?.depositJPY).toBe(60_000)
    expect(booking.agreed?.totalJPY).toBe(350_000)
    expect(booking.agreed?.items?.map((i) => i.amountJPY)).toEqual([280_000, 40_000, 20_000, 10_000])
    const again = await attempt(async () => holdPlace(await requestAs(payload, patient), { slotId: String((await createSlot(payload, pkg.id, 1)).id), patient: patient.id, inquiry: String(inquiry.id) }))
    expect(again).toMatchObject({ ok: false, status: 409 })
  })

  it('refuses a quote the patient has not accepted, and an expired one', async () => {
    const slot = await createSlot(payload, pkg.id, 1)
    const unaccepted = await quotedInquiry({ accepted: false, validUntil: new Date(Date.now() + 10 * 86_400_000).toISOString() })
    expect(await attempt(async () => holdPlace(await requestAs(payload, patient), { slotId: String(slot.id), patient: patient.id, inquiry: String(unaccepted.id) }))).toMatchObject({ ok: false, status: 409 })
    const expired = await quotedInquiry({ accepted: true, validUntil: new Date(Date.now() - 86_400_000).toISOString() })
    const result = await attempt(async () => holdPlace(await requestAs(payload, patient), { slotId: String(slot.id), patient: patient.id, inquiry: String(expired.id) }))
    expect(result).toMatchObject({ ok: false, status: 409 })
    expect(!result.ok && result.message).toMatch(/no longer valid/)
    expect((await payload.count({ collection: 'slot-places', where: { slot: { equals: slot.id } } })).totalDocs).toBe(0)
  })
})
