import { requestLocale, siteOk } from '@/http/site'
import { inquiryFailure, patientRequest, signInFirst } from '@/inquiries/http'
import { postPatientMessage } from '@/inquiries/service'
import { readBody } from '@/patients/http'
import { currentPatient } from '@/patients/session'

type Props = { params: Promise<{ id: string }> }

/** The patient writes in their thread. */
export async function POST(request: Request, { params }: Props) {
  const { id } = await params
  const body = await readBody(request)
  const locale = requestLocale(request, body.locale)
  const patient = await currentPatient(request.headers)
  if (!patient) return signInFirst(locale)
  try {
    const message = await postPatientMessage(await patientRequest(patient, locale), id, body.body)
    return siteOk({ id: message.id, createdAt: message.createdAt }, 201)
  } catch (error) {
    return inquiryFailure(locale, error)
  }
}
