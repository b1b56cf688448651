import type { Payload } from 'payload'

import { createPatient, type PatientActor } from '../../int/support/patients'
import { createHospital, createPackage, createUser, unique, type Actor } from '../../int/support/world'

/**
 * Bookings for the payment tests, created directly with the Local API (a trusted set-up) in the
 * state a test needs: the booking service's own rules are tested in its files, not here.
 */
export interface PaymentWorld {
  hospitalA: { id: string }
  hospitalB: { id: string }
  packageA: { id: string; title: string }
  slotA: { id: string; date: string }
  staffA: Actor
  staffB: Actor
  platformAdmin: Actor
}

export async function buildPaymentWorld(payload: Payload): Promise<PaymentWorld> {
  const hospitalA = await createHospital(payload, 'verified', 'Pay Hospital A')
  const hospitalB = await createHospital(payload, 'verified', 'Pay Hospital B')
  const packageA = await createPackage(payload, hospitalA.id, 'published', 'Checkup')
  const date = new Date(Date.now() + 60 * 24 * 3600_000)
  date.setUTCHours(12, 0, 0, 0)
  const slot = await payload.create({
    collection: 'slots',
    depth: 0,
    data: { package: packageA.id, hospital: hospitalA.id, date: date.toISOString(), capacity: 100 },
  })
  return {
    hospitalA: { id: hospitalA.id },
    hospitalB: { id: hospitalB.id },
    packageA: { id: packageA.id, title: packageA.title },
    slotA: { id: String(slot.id), date: String(slot.date) },
    staffA: await createUser(payload, ['hospital-staff'], [hospitalA.id], 'pay-staff-a'),
    staffB: await createUser(payload, ['hospital-staff'], [hospitalB.id], 'pay-staff-b'),
    platformAdmin: await createUser(payload, ['platform-admin'], [], 'pay-admin'),
  }
}

export async function createBookingFor(
  payload: Payload,
  world: PaymentWorld,
  options: { patient?: PatientActor; status?: string; depositJPY?: number; locale?: string; holdMinutes?: number } = {},
): Promise<{ id: string; reference: string; patient: PatientActor }> {
  const locale = options.locale ?? 'en'
  const patient = options.patient ?? (await createPatient(payload, 'pay-patient', locale as PatientActor['preferredLanguage']))
  const reference = unique('KH').toUpperCase()
  const booking = await payload.create({
    collection: 'bookings',
    depth: 0,
    // The shape of a booking is the booking builder's; the fields here are those DESIGN names.
    data: {
      reference,
      status: options.status ?? 'pending-payment',
      patient: patient.id,
      hospital: world.hospitalA.id,
      package: world.packageA.id,
      slot: world.slotA.id,
      slotDate: world.slotA.date,
      locale,
      holdExpiresAt: new Date(Date.now() + (options.holdMinutes ?? 30) * 60_000).toISOString(),
      agreed: {
        source: 'package',
        packageTitle: world.packageA.title,
        items: [{ label: 'Package', amountJPY: 250_000 }],
        totalJPY: 250_000,
        depositJPY: options.depositJPY ?? 50_000,
        cancellation: { freeUntilDays: 14, feePercent: 20 },
      },
    } as never,
  })
  return { id: String(booking.id), reference, patient }
}
