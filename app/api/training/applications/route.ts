import { requestLocale, siteOk } from '@/http/site'
import { patientRequest } from '@/inquiries/http'
import type { IncomingFile } from '@/inquiries/validation'
import { currentPatient } from '@/patients/session'
import { trainingFailure, trainingSignInFirst } from '@/training/http'
import { createApplication } from '@/training/service'

const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name)
  return typeof value === 'string' ? value : undefined
}

/** The application form (multipart): the applicant's details, motivation, CV and consent. */
export async function POST(request: Request) {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    form = new FormData()
  }
  const locale = requestLocale(request, text(form, 'locale'))
  const patient = await currentPatient(request.headers)
  if (!patient) return trainingSignInFirst(locale)

  const entry = form.get('cv')
  // Browsers send an empty, nameless part when no file was chosen.
  const cv: IncomingFile | undefined =
    entry && typeof entry !== 'string' && (entry.size > 0 || entry.name)
      ? { name: entry.name, data: Buffer.from(await entry.arrayBuffer()), mimetype: entry.type, size: entry.size }
      : undefined
  try {
    const application = await createApplication(
      await patientRequest(patient, locale),
      {
        programId: text(form, 'programId') ?? '',
        fullName: text(form, 'fullName'),
        email: text(form, 'email'),
        country: text(form, 'country'),
        profession: text(form, 'profession'),
        currentPosition: text(form, 'currentPosition'),
        yearsOfExperience: text(form, 'yearsOfExperience'),
        motivation: text(form, 'motivation'),
        consent: text(form, 'consent'),
      },
      cv,
    )
    return siteOk({ id: application.id, status: application.status, url: `/${locale}/training/applications` }, 201)
  } catch (error) {
    return trainingFailure(locale, error)
  }
}
