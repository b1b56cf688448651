import { failureResponse, localeAndBody } from '@/patients/http'
import { signUp } from '@/patients/service'
import { siteOk } from '@/http/site'

/** Creates an unverified account and emails the verification link. */
export async function POST(request: Request) {
  const { locale, body } = await localeAndBody(request)
  const outcome = await signUp({ ...body, preferredLanguage: body.preferredLanguage ?? locale }, locale)
  if (!outcome.ok) return failureResponse(locale, outcome)
  return siteOk({ ok: true }, 202)
}
