import { createLocalReq, type Payload } from 'payload'

import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

import { loadBooking } from './bookings'
import { PaymentError } from './errors'
import { isPaymentMethod } from './port'
import { startDepositPayment, type OfflineInstructions } from './service'

export interface PayAnswer {
  redirectUrl?: string
  instructions?: { title: string; lines: string[] }
}

/** The offline instructions in the patient's language. */
export function offlineInstructionsText(locale: AppLocale, instructions: OfflineInstructions): PayAnswer['instructions'] {
  const t = getTranslator(locale, 'bookings')
  const amount = new Intl.NumberFormat(locale, { style: 'currency', currency: 'JPY' }).format(instructions.amountJPY)
  const lines = [
    t('payment.offline.how'),
    t('payment.offline.amount', { amount }),
    t('payment.offline.reference', { reference: instructions.reference }),
  ]
  if (instructions.holdExpiresAt) {
    // Intl refuses dateStyle/timeStyle together with timeZoneName (a RangeError): spell the parts out.
    const deadline = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'Asia/Tokyo',
      timeZoneName: 'short',
    }).format(new Date(instructions.holdExpiresAt))
    lines.push(t('payment.offline.deadline', { deadline }))
  }
  return { title: t('payment.offline.title'), lines }
}

/**
 * A signed-in patient starts paying the deposit of their own booking. Another patient's
 * booking answers "not found", as if it did not exist.
 */
export async function payForBooking(
  payload: Payload,
  patient: { id: string | number; email?: string | null },
  input: { bookingId: string; method: unknown; locale: AppLocale },
): Promise<PayAnswer> {
  if (!isPaymentMethod(input.method)) throw new PaymentError('methodUnavailable')
  const req = await createLocalReq({ user: { ...patient, collection: 'patients' } as never }, payload)
  const booking = await loadBooking(req, input.bookingId)
  if (!booking || booking.patientId !== String(patient.id)) throw new PaymentError('notFound')
  const started = await startDepositPayment(req, { booking, method: input.method, locale: input.locale })
  if (started.redirectUrl) return { redirectUrl: started.redirectUrl }
  return { instructions: started.instructions ? offlineInstructionsText(input.locale, started.instructions) : undefined }
}
