import { requestLocale, siteOk } from '@/http/site'
import { patientRequest } from '@/inquiries/http'
import { currentPatient } from '@/patients/session'
import { trainingFailure, trainingSignInFirst } from '@/training/http'
import { withdrawApplication } from '@/training/service'

type Context = { params: Promise<{ id: string }> }

/** The applicant withdraws their own application. */
export async function POST(request: Request, { params }: Context) {
  const locale = requestLocale(request)
  const patient = await currentPatient(request.headers)
  if (!patient) return trainingSignInFirst(locale)
  try {
    const application = await withdrawApplication(await patientRequest(patient, locale), (await params).id)
    return siteOk({ id: application.id, status: application.status })
  } catch (error) {
    return trainingFailure(locale, error)
  }
}
