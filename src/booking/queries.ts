import { cache } from 'react'
import { createLocalReq, getPayload, type PayloadRequest } from 'payload'
import config from '@payload-config'

import type { AppLocale } from '@/i18n/locales'
import type { SignedInPatient } from '@/patients/session'

import type { Booking, CarePackage, Hospital } from '../../payload-types'

import { openSlotsOfPackage, type PublicSlot } from './slots'

/** Open dates of a public package for the picker (as an anonymous visitor: public slots only). */
export const openSlotsFor = cache(async (packageId: string): Promise<PublicSlot[]> => {
  const payload = await getPayload({ config })
  return openSlotsOfPackage(await createLocalReq({}, payload), packageId)
})

export type BookingView = Booking & { package: CarePackage | string; hospital: Hospital | string }

async function asPatient(patient: SignedInPatient, locale: AppLocale): Promise<PayloadRequest> {
  const payload = await getPayload({ config })
  return createLocalReq({ user: patient as unknown as NonNullable<PayloadRequest['user']>, locale }, payload)
}

/** One of the patient's own bookings (undefined for anybody else's: the page answers 404). */
export const bookingOfPatient = cache(async (patient: SignedInPatient, locale: AppLocale, id: string): Promise<BookingView | undefined> => {
  const req = await asPatient(patient, locale)
  const found = await req.payload.find({
    collection: 'bookings',
    where: { id: { equals: id } },
    depth: 1,
    locale,
    limit: 1,
    pagination: false,
    req,
    overrideAccess: false,
    user: req.user ?? undefined,
    populate: { 'care-packages': { title: true, slug: true }, hospitals: { name: true, slug: true } },
  })
  return found.docs[0] as BookingView | undefined
})

export const bookingsOfPatient = cache(async (patient: SignedInPatient, locale: AppLocale): Promise<BookingView[]> => {
  const req = await asPatient(patient, locale)
  const found = await req.payload.find({
    collection: 'bookings',
    depth: 1,
    locale,
    sort: '-slotDate',
    limit: 100,
    req,
    overrideAccess: false,
    user: req.user ?? undefined,
    select: { reference: true, status: true, slotDate: true, package: true, hospital: true, agreed: true },
    populate: { 'care-packages': { title: true, slug: true }, hospitals: { name: true, slug: true } },
  })
  return found.docs as BookingView[]
})
