import { requestLocale, siteOk } from '@/http/site'
import { patientRequest } from '@/inquiries/http'
import { partnerFailure, partnerSignInFirst } from '@/partners/http'
import { createPartnerRequest } from '@/partners/service'
import { currentPatient } from '@/patients/session'

const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)

/** A member's request for collaboration, training or a solution (JSON or form data). */
export async function POST(request: Request) {
  let body: Record<string, unknown> = {}
  try {
    body = request.headers.get('content-type')?.includes('application/json')
      ? (((await request.json()) ?? {}) as Record<string, unknown>)
      : Object.fromEntries((await request.formData()).entries())
  } catch {
    body = {}
  }
  const locale = requestLocale(request, body.locale)
  const patient = await currentPatient(request.headers)
  if (!patient) return partnerSignInFirst(locale)
  try {
    const created = await createPartnerRequest(await patientRequest(patient, locale), {
      kind: body.kind,
      subject: body.subject,
      message: body.message,
      solutionId: str(body.solutionId),
      trainingProgramId: str(body.trainingProgramId),
    })
    return siteOk({ id: created.id, status: created.status, url: `/${locale}/partners#requests` }, 201)
  } catch (error) {
    return partnerFailure(locale, error)
  }
}
