import type { PayloadRequest } from 'payload'

import { relationId } from '@/access/roles'
import { env } from '@/env'
import { isLocale, type AppLocale } from '@/i18n/locales'
import { queueEmail } from '@/notifications/outbox'

import type { Booking } from '../../payload-types'

export type BookingEmail =
  | 'booking-hold'
  | 'booking-requested'
  | 'booking-approved'
  | 'booking-cancelled'
  | 'booking-refunded'
  | 'booking-expired'

export function bookingPageUrl(locale: AppLocale, bookingId: string): string {
  return `${env.serverUrl}/${locale}/account/bookings/${bookingId}`
}

export function formatSlotDate(locale: AppLocale, date: string): string {
  // Slot dates are calendar days stored at noon UTC: read them in UTC so no zone shifts the day.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date))
}

/**
 * Queues the email a booking change causes, in the same request (and transaction) as the change.
 * Patient emails go in the patient's language; the hospital's copy in English (its staff read the
 * admin panel in English or Japanese; the template set is per recipient language).
 */
export async function notifyBooking(req: PayloadRequest, booking: Booking, template: BookingEmail): Promise<void> {
  const id = String(booking.id)
  const locale: AppLocale = isLocale(booking.locale) ? booking.locale : 'en'
  // The emails service reads names the patient and hospital may not expose over the API to the
  // acting user (e.g. the system expiring a hold); it only renders them into the outbox.
  const [patient, hospital] = await Promise.all([
    req.payload.findByID({ collection: 'patients', id: String(relationId(booking.patient)), depth: 0, req, overrideAccess: true, disableErrors: true }),
    req.payload.findByID({ collection: 'hospitals', id: String(relationId(booking.hospital)), depth: 0, locale, req, overrideAccess: true, disableErrors: true }),
  ])
  const base = {
    patientName: patient?.name ?? '',
    hospitalName: hospital?.name ?? '',
    packageTitle: booking.agreed?.packageTitle ?? '',
    date: formatSlotDate(locale, booking.slotDate),
    reference: booking.reference,
    url: bookingPageUrl(locale, id),
  }
  const about = { collection: 'bookings' as const, id }
  const key = `${template}:${id}`

  // Only a request needs the hospital to act; plain holds and payments show on its dashboard.
  // The international office reads Japanese, as for inquiries.
  if (template === 'booking-requested') {
    const office = hospital?.internationalOffice?.email
    if (office) {
      await queueEmail(req, {
        to: office,
        locale: 'ja',
        template: 'booking-requested',
        idempotencyKey: `booking-requested:${id}`,
        about,
        data: { ...base, date: formatSlotDate('ja', booking.slotDate), adminUrl: `${env.serverUrl}/admin/collections/bookings/${id}` },
      })
    }
  }
  const to = patient?.email
  if (!to || template === 'booking-requested') return
  switch (template) {
    case 'booking-hold':
      await queueEmail(req, {
        to, locale, template, idempotencyKey: key, about,
        data: { ...base, depositJPY: booking.agreed?.depositJPY ?? 0, holdUntil: booking.holdExpiresAt ?? '' },
      })
      return
    case 'booking-approved':
    case 'booking-expired':
      await queueEmail(req, { to, locale, template, idempotencyKey: key, about, data: base })
      return
    case 'booking-cancelled':
      await queueEmail(req, {
        to, locale, template, idempotencyKey: key, about,
        data: { ...base, feeJPY: booking.cancellation?.feeJPY ?? 0, refundJPY: booking.cancellation?.refundJPY ?? 0 },
      })
      return
    case 'booking-refunded':
      await queueEmail(req, {
        to, locale, template, idempotencyKey: key, about,
        data: { patientName: base.patientName, hospitalName: base.hospitalName, reference: base.reference, refundJPY: booking.cancellation?.refundJPY ?? 0, url: base.url },
      })
      return
  }
}
