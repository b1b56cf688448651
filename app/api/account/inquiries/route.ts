import { requestLocale, siteOk } from '@/http/site'
import { inquiryFailure, patientRequest, signInFirst } from '@/inquiries/http'
import { createInquiry } from '@/inquiries/service'
import type { IncomingFile } from '@/inquiries/validation'
import { currentPatient } from '@/patients/session'

const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name)
  return typeof value === 'string' ? value : undefined
}

/** The inquiry form (multipart): fields, consent and attachments. */
export async function POST(request: Request) {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    form = new FormData()
  }
  const locale = requestLocale(request, text(form, 'locale'))
  const patient = await currentPatient(request.headers)
  if (!patient) return signInFirst(locale)

  const files: IncomingFile[] = []
  for (const entry of form.getAll('attachments')) {
    // Browsers send an empty, nameless part when no file was chosen.
    if (typeof entry === 'string' || (entry.size === 0 && !entry.name)) continue
    files.push({ name: entry.name, data: Buffer.from(await entry.arrayBuffer()), mimetype: entry.type, size: entry.size })
  }
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
