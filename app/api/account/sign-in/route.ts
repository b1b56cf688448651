import { failureResponse, localeAndBody, okWithCookie } from '@/patients/http'
import { signIn } from '@/patients/service'

/** Signs a verified patient in with Payload's session cookie. */
export async function POST(request: Request) {
  const { locale, body } = await localeAndBody(request)
  const outcome = await signIn(body)
  if (!outcome.ok) return failureResponse(locale, outcome)
  return okWithCookie({ ok: true, preferredLanguage: outcome.patient.preferredLanguage }, outcome.cookie)
}
