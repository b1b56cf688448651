import { siteOk } from '@/http/site'
import { failureResponse, localeAndBody } from '@/patients/http'
import { resendVerification, verifyEmail } from '@/patients/service'

/** `{ token }` verifies the address; `{ email }` sends the verification link again. */
export async function POST(request: Request) {
  const { locale, body } = await localeAndBody(request)
  const outcome = body.token !== undefined ? await verifyEmail(body.token) : await resendVerification(body)
  if (!outcome.ok) return failureResponse(locale, outcome)
  return siteOk({ ok: true })
}
