import { siteOk } from '@/http/site'
import { failureResponse, localeAndBody } from '@/patients/http'
import { forgotPassword } from '@/patients/service'

export async function POST(request: Request) {
  const { locale, body } = await localeAndBody(request)
  const outcome = await forgotPassword(body)
  if (!outcome.ok) return failureResponse(locale, outcome)
  return siteOk({ ok: true }, 202)
}
