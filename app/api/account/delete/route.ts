import { failureResponse, localeAndBody, notSignedIn, okWithCookie } from '@/patients/http'
import { deleteAccount } from '@/patients/service'
import { currentPatient } from '@/patients/session'

/** Erases the signed-in patient's account and data after the password is entered again. */
export async function POST(request: Request) {
  const { locale, body } = await localeAndBody(request)
  const patient = await currentPatient(request.headers)
  if (!patient) return notSignedIn(locale)
  const outcome = await deleteAccount(patient, body.password)
  if (!outcome.ok) return failureResponse(locale, outcome)
  return okWithCookie({ ok: true }, outcome.cookie)
}
