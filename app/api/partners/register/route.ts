import { requestLocale, siteOk } from '@/http/site'
import { patientRequest } from '@/inquiries/http'
import { partnerFailure, partnerSignInFirst } from '@/partners/http'
import { registerPartner } from '@/partners/service'
import { currentPatient } from '@/patients/session'

const field = (body: Record<string, unknown>, name: string): unknown => body[name]

/** The organisation registration form (JSON or form data). */
export async function POST(request: Request) {
  const body = await readBody(request)
  const locale = requestLocale(request, body.locale)
  const patient = await currentPatient(request.headers)
  if (!patient) return partnerSignInFirst(locale)
  try {
    const partner = await registerPartner(await patientRequest(patient, locale), {
      name: field(body, 'name'),
      kind: field(body, 'kind'),
      country: field(body, 'country'),
      website: field(body, 'website'),
      contactEmail: field(body, 'contactEmail'),
      description: field(body, 'description'),
    })
    return siteOk({ id: partner.id, verificationStatus: partner.verificationStatus, url: `/${locale}/partners` }, 201)
  } catch (error) {
    return partnerFailure(locale, error)
  }
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  try {
    if (request.headers.get('content-type')?.includes('application/json')) return ((await request.json()) ?? {}) as Record<string, unknown>
    return Object.fromEntries((await request.formData()).entries())
  } catch {
    return {}
  }
}
