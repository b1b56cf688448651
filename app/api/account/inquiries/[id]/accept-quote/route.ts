import { requestLocale, siteOk } from '@/http/site'
import { inquiryFailure, patientRequest, signInFirst } from '@/inquiries/http'
import { acceptQuote } from '@/inquiries/service'
import { readBody } from '@/patients/http'
import { currentPatient } from '@/patients/session'

type Props = { params: Promise<{ id: string }> }

/** The patient accepts the hospital's quote; the answer says where to pick a date. */
export async function POST(request: Request, { params }: Props) {
  const { id } = await params
  const body = await readBody(request)
  const locale = requestLocale(request, body.locale)
  const patient = await currentPatient(request.headers)
  if (!patient) return signInFirst(locale)
  try {
    const { inquiry, bookPath } = await acceptQuote(await patientRequest(patient, locale), id)
    return siteOk({ quoteAcceptedAt: inquiry.quoteAcceptedAt, bookPath })
  } catch (error) {
    return inquiryFailure(locale, error)
  }
}
