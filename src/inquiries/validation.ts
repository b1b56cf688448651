import { isLocale, type AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { checkMedicalFile, MAX_MEDICAL_FILE_BYTES } from '@/uploads/sniff'

export const MAX_FILES_PER_INQUIRY = 10
export const MAX_TEXT_LENGTH = 5000
export const MAX_COMPANIONS = 10

/** What the inquiry form sends, as strings and files (before any check). */
export interface InquiryFormInput {
  question?: unknown
  conditionSummary?: unknown
  preferredFrom?: unknown
  preferredTo?: unknown
  companions?: unknown
  replyLanguage?: unknown
  consent?: unknown
}

export interface IncomingFile {
  name: string
  data: Buffer
  mimetype: string
  size: number
}

export interface ValidInquiry {
  question: string
  conditionSummary: string
  preferredDates: { from: string | null; to: string | null }
  companions: number
  replyLanguage: AppLocale
}

export type InquiryValidation =
  | { ok: true; value: ValidInquiry; files: (IncomingFile & { mimeType: string })[] }
  | { ok: false; fieldErrors: Record<string, string> }

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const DATE = /^\d{4}-\d{2}-\d{2}$/

function parseDay(value: unknown): string | null | 'invalid' {
  const raw = text(value)
  if (!raw) return null
  if (!DATE.test(raw) || Number.isNaN(new Date(`${raw}T00:00:00Z`).getTime())) return 'invalid'
  return raw
}

const consentGiven = (value: unknown): boolean => value === true || value === 'true' || value === 'on' || value === 'yes'

/**
 * Checks every field and every file of an inquiry at once, so the patient sees all problems
 * together, each at its field, in their language. Nothing is stored unless this passes.
 */
export function validateInquiry(
  locale: AppLocale,
  input: InquiryFormInput,
  files: IncomingFile[],
  today: string = new Date().toISOString().slice(0, 10),
): InquiryValidation {
  const t = getTranslator(locale, 'inquiries')
  const errors: Record<string, string> = {}

  const question = text(input.question)
  if (!question) errors.question = t('errors.required')
  else if (question.length > MAX_TEXT_LENGTH) errors.question = t('errors.tooLong', { max: MAX_TEXT_LENGTH })

  const conditionSummary = text(input.conditionSummary)
  if (conditionSummary.length > MAX_TEXT_LENGTH) errors.conditionSummary = t('errors.tooLong', { max: MAX_TEXT_LENGTH })

  const from = parseDay(input.preferredFrom)
  const to = parseDay(input.preferredTo)
  if (from === 'invalid') errors.preferredFrom = t('errors.date')
  else if (from && from < today) errors.preferredFrom = t('errors.datePast')
  if (to === 'invalid') errors.preferredTo = t('errors.date')
  else if (from && from !== 'invalid' && to && to < from) errors.preferredTo = t('errors.dateOrder')

  const companionsRaw = text(input.companions) || (typeof input.companions === 'number' ? String(input.companions) : '')
  const companions = companionsRaw === '' ? 0 : Number(companionsRaw)
  if (!Number.isInteger(companions) || companions < 0 || companions > MAX_COMPANIONS) {
    errors.companions = t('errors.companions', { max: MAX_COMPANIONS })
  }

  const replyLanguage = text(input.replyLanguage) || locale
  if (!isLocale(replyLanguage)) errors.replyLanguage = t('errors.replyLanguage')

  const checked: (IncomingFile & { mimeType: string })[] = []
  if (files.length > MAX_FILES_PER_INQUIRY) {
    errors.attachments = t('errors.tooManyFiles', { max: MAX_FILES_PER_INQUIRY, count: files.length })
  } else {
    const problems: string[] = []
    for (const file of files) {
      const check = checkMedicalFile(file.data)
      if (check.ok) checked.push({ ...file, mimeType: check.mimeType })
      else if (check.problem === 'empty') problems.push(t('errors.fileEmpty', { name: file.name }))
      else if (check.problem === 'tooLarge') problems.push(t('errors.fileTooLarge', { name: file.name, max: MAX_MEDICAL_FILE_BYTES / 1024 / 1024 }))
      else problems.push(t('errors.fileType', { name: file.name }))
    }
    if (problems.length > 0) errors.attachments = problems.join(' ')
  }

  if (!consentGiven(input.consent)) errors.consent = t('errors.consentRequired')

  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors }
  return {
    ok: true,
    value: {
      question,
      conditionSummary,
      preferredDates: { from: from === 'invalid' ? null : from, to: to === 'invalid' ? null : to },
      companions,
      replyLanguage: replyLanguage as AppLocale,
    },
    files: checked,
  }
}
