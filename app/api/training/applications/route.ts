import { formFiles, formText as text, readForm } from '@/http/form'
import { requestLocale, siteOk } from '@/http/site'
import { patientRequest } from '@/inquiries/http'
import { currentPatient } from '@/patients/session'
import { trainingFailure, trainingSignInFirst } from '@/training/http'
import { createApplication } from '@/training/service'

/** The application form (multipart): the applicant's details, motivation, CV and consent. */
export async function POST(request: Request) {
  const form = await readForm(request)
  const locale = requestLocale(request, text(form, 'locale'))
  const patient = await currentPatient(request.headers)
  if (!patient) return trainingSignInFirst(locale)

  // One CV: only the first file sent under the name is used.
  const [cv] = await formFiles(form, 'cv')
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
