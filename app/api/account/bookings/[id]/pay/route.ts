import { getPayload } from 'payload'
import config from '@payload-config'

import { requestLocale, siteError, siteOk } from '@/http/site'
import { getTranslator } from '@/i18n/server'
import { PaymentError } from '@/payments/errors'
import { payForBooking } from '@/payments/pay'
import { currentPatient } from '@/patients/session'

export const dynamic = 'force-dynamic'

/** POST { method: 'stripe' | 'offline', locale? } → { redirectUrl } or { instructions }. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params
  const body: unknown = await request.json().catch(() => ({}))
  const fields = (body && typeof body === 'object' ? body : {}) as { method?: unknown; locale?: unknown }
  const locale = requestLocale(request, fields.locale)
  const t = getTranslator(locale, 'bookings')
  const patient = await currentPatient(request.headers)
  if (!patient) return siteError(401, t('payment.errors.signIn'))
  try {
    const payload = await getPayload({ config })
    const answer = await payForBooking(payload, patient, { bookingId: id, method: fields.method, locale })
    return siteOk(answer)
  } catch (err) {
    if (err instanceof PaymentError) {
      return err.key === 'methodUnavailable'
        ? siteError(400, t('payment.errors.methodUnavailable'), { method: t('payment.errors.methodUnavailable') })
        : siteError(err.status, t(`payment.errors.${err.key}`))
    }
    throw err
  }
}
