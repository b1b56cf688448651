import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { slotDateOf } from '@/booking/slotRule'
import { slugify } from '@/fields/slug'

import type { CarePackage, Hospital, Patient, Slot } from '../../../payload-types'

import type { PatientActor } from './patients'
import { PASSWORD, unique } from './world'

/** A day N days from today (YYYY-MM-DD, UTC calendar). */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
}

export function createBookableHospital(payload: Payload, label = 'Booking Hospital'): Promise<Hospital> {
  const name = unique(label)
  return payload.create({
    collection: 'hospitals',
    locale: 'en',
    depth: 0,
    data: {
      name,
      slug: slugify(name),
      prefecture: 'tokyo',
      city: 'Chiyoda',
      verificationStatus: 'verified',
      internationalOffice: { email: `${slugify(name)}@hospital.test` },
    },
  })
}

export function createBookablePackage(
  payload: Payload,
  hospital: string,
  extra: Partial<CarePackage> = {},
): Promise<CarePackage> {
  const title = unique('Checkup')
  return payload.create({
    collection: 'care-packages',
    locale: 'en',
    depth: 0,
    data: {
      title,
      slug: slugify(title),
      hospital,
      status: 'published',
      priceJPY: 300_000,
      depositJPY: 50_000,
      stayNights: 2,
      cancellation: { freeUntilDays: 14, feePercent: 10 },
      ...extra,
    },
  })
}

export function createSlot(payload: Payload, pkg: string, capacity: number, day = dayFromNow(30)): Promise<Slot> {
  // Trusted set-up without a user; the hospital comes from the package through the hook.
  return payload.create({
    collection: 'slots',
    depth: 0,
    data: { package: pkg, date: slotDateOf(day), capacity } as Omit<Slot, 'id' | 'createdAt' | 'updatedAt'>,
  })
}

/** A request acting as this user (or as the system when none), as route handlers build it. */
export function requestAs(payload: Payload, user?: unknown, locale = 'en'): Promise<PayloadRequest> {
  // Local requests take any auth collection's user; the tests' actors carry their `collection`.
  return createLocalReq({ user: user as NonNullable<PayloadRequest['user']> | undefined, locale }, payload)
}

/**
 * A verified patient, created without the verification email. (The shared `createPatient`
 * sends it through the outbox adapter, which on SQLite waits for its own transaction to end.)
 */
export async function createBookingPatient(payload: Payload, label = 'patient', preferredLanguage: Patient['preferredLanguage'] = 'en'): Promise<PatientActor> {
  const patient = await payload.create({
    collection: 'patients',
    depth: 0,
    disableVerificationEmail: true,
    data: { email: `${unique(label)}@patients.test`, password: PASSWORD, name: label, preferredLanguage, _verified: true },
  })
  return { ...patient, collection: 'patients' }
}
