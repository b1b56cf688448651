import { requestLocale, siteOk } from '@/http/site'
import { bookingErrorResponse, patientRequest, signInFirst } from '@/booking/http'
import { cancelBooking } from '@/booking/service'
import { currentPatient } from '@/patients/session'

export const dynamic = 'force-dynamic'

/** POST { locale? } → { status, feeJPY, refundJPY }: the patient cancels their own booking. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params
  const body: unknown = await request.json().catch(() => ({}))
  const locale = requestLocale(request, (body as { locale?: unknown } | null)?.locale)
  const patient = await currentPatient(request.headers)
  if (!patient) return signInFirst(locale)
  try {
    const booking = await cancelBooking(await patientRequest(patient, locale), { bookingId: id })
    return siteOk({ status: booking.status, feeJPY: booking.cancellation?.feeJPY ?? 0, refundJPY: booking.cancellation?.refundJPY ?? 0 })
  } catch (err) {
    return bookingErrorResponse(err, locale)
  }
}
