import { formFiles, formText as text, readForm } from '@/http/form'
import { requestLocale, siteOk } from '@/http/site'
import { inquiryFailure, patientRequest, signInFirst } from '@/inquiries/http'
import { createInquiry } from '@/inquiries/service'
import { currentPatient } from '@/patients/session'

/** The inquiry form (multipart): fields, consent and attachments. */
export async function POST(request: Request) {
  const form = await readForm(request)
  const locale = requestLocale(request, text(form, 'locale'))
  const patient = await currentPatient(request.headers)
  if (!patient) return signInFirst(locale)

  const files = await formFiles(form, 'attachments')
  try {
    const inquiry = await createInquiry(
      await patientRequest(patient, locale),
      {
        hospitalId: text(form, 'hospitalId') ?? '',
        packageId: text(form, 'packageId') || null,
        question: text(form, 'question'),
        conditionSummary: text(form, 'conditionSummary'),
        preferredFrom: text(form, 'preferredFrom'),
        preferredTo: text(form, 'preferredTo'),
        companions: text(form, 'companions'),
        replyLanguage: text(form, 'replyLanguage'),
        consent: text(form, 'consent'),
      },
      files,
    )
    return siteOk({ id: inquiry.id, url: `/${locale}/account/inquiries/${inquiry.id}` }, 201)
  } catch (error) {
    return inquiryFailure(locale, error)
  }
}
