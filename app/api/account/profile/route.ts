import { siteOk } from '@/http/site'
import { failureResponse, localeAndBody, notSignedIn } from '@/patients/http'
import { updateProfile } from '@/patients/service'
import { currentPatient } from '@/patients/session'

export async function POST(request: Request) {
  const { locale, body } = await localeAndBody(request)
  const patient = await currentPatient(request.headers)
  if (!patient) return notSignedIn(locale)
  const outcome = await updateProfile(patient, body)
  if (!outcome.ok) return failureResponse(locale, outcome)
  const { name, preferredLanguage, country, phone, timeZone } = outcome.patient
  return siteOk({ ok: true, profile: { name, preferredLanguage, country, phone, timeZone } })
}
