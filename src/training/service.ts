import type { PayloadRequest } from 'payload'

import { isPatient, patientIdOf } from '@/access/roles'
import { withinTransaction } from '@/db/transaction'
import { getTranslator } from '@/i18n/server'
import { messageLocale } from '@/inquiries/locale'
import type { IncomingFile } from '@/inquiries/validation'

import type { TrainingApplication } from '../../payload-types'
import { forgetWrittenCvFiles, removeWrittenCvFiles } from './files'
import { hasLiveApplication } from './hooks'
import { applicationsOpen, canWithdraw } from './rules'
import { validateApplication, type ApplicationFormInput } from './validation'
import type { ApplicationStatus } from './vocabulary'

/** An error the applicant caused, with its HTTP status and message (and field messages) in their language. */
export class TrainingError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message)
    this.name = 'TrainingError'
  }
}

const t = (req: PayloadRequest) => getTranslator(messageLocale(req), 'training')

function signedInApplicantId(req: PayloadRequest): string {
  const id = patientIdOf(req.user)
  if (!isPatient(req.user) || !id) throw new TrainingError(401, t(req)('errors.signIn'))
  return id
}

export interface CreateApplicationInput extends ApplicationFormInput {
  /** The programme applied to (the page resolved its slug). */
  programId: string
}

/**
 * The signed-in account applies to a programme with a CV, under explicit consent. Every field and
 * the CV's bytes are checked first (all problems together, nothing stored); a closed programme or a
 * second application is refused; then the CV and the application are written together or not at all.
 */
export async function createApplication(req: PayloadRequest, input: CreateApplicationInput, cv: IncomingFile | undefined): Promise<TrainingApplication> {
  const applicant = signedInApplicantId(req)
  const locale = messageLocale(req)
  const checked = validateApplication(locale, input, cv)
  if (!checked.ok) throw new TrainingError(400, t(req)('errors.summary'), checked.fieldErrors)

  // The programme as the public sees it: drafts and archived programmes take no applications.
  const program = await req.payload
    .findByID({ collection: 'training-programs', id: input.programId, depth: 0, req, user: req.user, overrideAccess: false, select: { applicationDeadline: true } })
    .catch(() => null)
  if (!program) throw new TrainingError(404, t(req)('errors.programUnavailable'))
  if (!applicationsOpen(program.applicationDeadline)) throw new TrainingError(409, t(req)('errors.deadlinePassed'))
  if (await hasLiveApplication(req, String(program.id), applicant)) throw new TrainingError(409, t(req)('errors.duplicate'))

  const asApplicant = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  try {
    return await withinTransaction(
      req,
      async () => {
        const file = await req.payload.create({
          ...asApplicant,
          collection: 'application-files',
          data: { program: program.id },
          file: { data: checked.cv.data, mimetype: checked.cv.mimeType, name: checked.cv.name, size: checked.cv.data.length },
        })
        return req.payload.create({
          ...asApplicant,
          collection: 'training-applications',
          data: {
            program: program.id,
            applicant,
            ...checked.value,
            country: checked.value.country as TrainingApplication['country'],
            cv: file.id,
            consent: { accepted: true, locale },
            status: 'submitted',
          },
        })
      },
      () => removeWrittenCvFiles(req),
    )
  } finally {
    forgetWrittenCvFiles(req)
  }
}

/** The applicant withdraws their own application while no decision has been made. */
export async function withdrawApplication(req: PayloadRequest, applicationId: string): Promise<TrainingApplication> {
  signedInApplicantId(req)
  const own = await req.payload
    .findByID({ collection: 'training-applications', id: applicationId, depth: 0, req, user: req.user, overrideAccess: false })
    .catch(() => null)
  if (!own) throw new TrainingError(404, t(req)('errors.notFound'))
  if (own.status === 'withdrawn') return own
  if (!canWithdraw(own.status as ApplicationStatus)) throw new TrainingError(409, t(req)('errors.cannotWithdraw'))
  // Applicants cannot update applications over the API; this service checked that it is theirs
  // and still open, and the status hook checks the move again as the applicant's.
  req.context.applicantWithdrawal = true
  try {
    return await withinTransaction(req, () =>
      req.payload.update({ collection: 'training-applications', id: own.id, data: { status: 'withdrawn' }, req, overrideAccess: true, depth: 0 }),
    )
  } finally {
    req.context.applicantWithdrawal = false
  }
}
