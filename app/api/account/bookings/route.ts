import { requestLocale, siteError, siteOk } from '@/http/site'
import { getTranslator } from '@/i18n/server'
import { bookingErrorResponse, patientRequest, signInFirst } from '@/booking/http'
import { holdPlace } from '@/booking/service'
import { currentPatient } from '@/patients/session'

export const dynamic = 'force-dynamic'

/** POST { slotId, inquiry?, locale? } → 201 { id, reference, status } (the place is held). */
export async function POST(request: Request) {
  const body: unknown = await request.json().catch(() => ({}))
  const fields = (body && typeof body === 'object' ? body : {}) as { slotId?: unknown; inquiry?: unknown; locale?: unknown }
  const locale = requestLocale(request, fields.locale)
  const patient = await currentPatient(request.headers)
  if (!patient) return signInFirst(locale)
  if (typeof fields.slotId !== 'string' || !fields.slotId) {
    const message = getTranslator(locale, 'bookings')('errors.chooseDate')
    return siteError(400, message, { slotId: message })
  }
  try {
    const req = await patientRequest(patient, locale)
    const booking = await holdPlace(req, {
      slotId: fields.slotId,
      patient: patient.id,
      inquiry: typeof fields.inquiry === 'string' && fields.inquiry ? fields.inquiry : undefined,
    })
    return siteOk({ id: String(booking.id), reference: booking.reference, status: booking.status }, 201)
  } catch (err) {
    return bookingErrorResponse(err, locale)
  }
}
