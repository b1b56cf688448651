import { failureResponse, localeAndBody, okWithCookie } from '@/patients/http'
import { resetPassword } from '@/patients/service'

export async function POST(request: Request) {
  const { locale, body } = await localeAndBody(request)
  const outcome = await resetPassword(body)
  if (!outcome.ok) return failureResponse(locale, outcome)
  return okWithCookie({ ok: true }, outcome.cookie)
}
