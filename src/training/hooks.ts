import {
  Forbidden,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
} from 'payload'

import { isPatient, patientIdOf, relationId } from '@/access/roles'
import { recordAudit } from '@/audit/log'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { messageLocale } from '@/inquiries/locale'

import type { TrainingApplication, TrainingProgram } from '../../payload-types'
import { hostsApplication } from './access'
import { APPLICATION_CONSENT_VERSION, applicationConsentText } from './consent'
import { applicationsOpen, canMoveApplication } from './rules'
import type { ApplicationStatus } from './vocabulary'

const t = (req: PayloadRequest) => getTranslator(messageLocale(req), 'training')

function refuse(req: PayloadRequest, path: string, key: string, values: Record<string, string> = {}): never {
  throw new ValidationError({ errors: [{ path, message: t(req)(key, values) }] })
}

/** The host's name as the applicant sees it: the hospital's or the university's, in their language. */
export async function hostNameOf(req: PayloadRequest, program: Pick<TrainingProgram, 'host'>, locale: string): Promise<string> {
  if (program.host?.kind === 'hospital') {
    const id = relationId(program.host.hospital)
    if (!id) return ''
    // The hospital's public name only (a verified hospital's profile is public).
    const hospital = await req.payload
      .findByID({ collection: 'hospitals', id, depth: 0, req, overrideAccess: true, locale: isLocale(locale) ? locale : defaultLocale, select: { name: true } })
      .catch(() => null)
    return hospital?.name ?? ''
  }
  return program.host?.name ?? ''
}

/** Whether `applicant` already has a live (not withdrawn) application to `program`. */
export async function hasLiveApplication(req: PayloadRequest, program: string, applicant: string): Promise<boolean> {
  // Counts across every applicant's records regardless of who asks: the rule is one live
  // application per person and programme, whoever the caller is.
  const { totalDocs } = await req.payload.count({
    collection: 'training-applications',
    where: { and: [{ program: { equals: program } }, { applicant: { equals: applicant } }, { status: { not_equals: 'withdrawn' } }] },
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * An application is the signed-in account's own, to a published programme still open, at most
 * one live per programme, with a CV the same account uploaded, under the consent wording of the
 * current version (the server writes the text). Checked here for every API, not only the form.
 */
export const startApplication: CollectionBeforeChangeHook<TrainingApplication> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (!isPatient(req.user) && !req.context.seeding) throw new Forbidden(req.t)
  const applicant = patientIdOf(req.user) ?? relationId(data.applicant)
  if (!applicant) throw new Forbidden(req.t)
  data.applicant = applicant

  const programId = relationId(data.program)
  // The programme as the public sees it: only a published programme takes applications.
  const program = programId
    ? await req.payload
        .find({ collection: 'training-programs', where: { id: { equals: programId } }, depth: 0, limit: 1, req, overrideAccess: false, user: req.user })
        .then((r) => r.docs[0])
        .catch(() => undefined)
    : undefined
  if (!program) refuse(req, 'program', 'errors.programUnavailable')
  if (!applicationsOpen(program.applicationDeadline)) refuse(req, 'program', 'errors.deadlinePassed')
  if (await hasLiveApplication(req, String(program.id), applicant)) refuse(req, 'program', 'errors.duplicate')

  const cvId = relationId(data.cv)
  if (!cvId) refuse(req, 'cv', 'errors.cvRequired')
  // Reads the CV only to check whose it is (inside the transaction that creates both).
  const cv = await req.payload.findByID({ collection: 'application-files', id: cvId, depth: 0, req, overrideAccess: true }).catch(() => null)
  if (!cv || relationId(cv.applicant) !== applicant) throw new Forbidden(req.t)

  if (data.consent?.accepted !== true) refuse(req, 'consent', 'errors.consentRequired')
  const locale = isLocale(data.consent?.locale) ? data.consent.locale : messageLocale(req)
  const now = new Date().toISOString()
  data.consent = {
    accepted: true,
    locale,
    version: APPLICATION_CONSENT_VERSION,
    text: applicationConsentText(locale, await hostNameOf(req, program, locale)),
    givenAt: now,
  }
  data.hostHospital = program.host?.kind === 'hospital' ? (relationId(program.host.hospital) ?? null) : null
  data.status = 'submitted'
  data.history = [{ status: 'submitted', at: now, by: 'applicant' }]
  return data
}

/**
 * A status change is a move the host (or, withdrawing, the applicant) may make; each is kept in
 * the history with who and when.
 */
export const trackApplicationStatus: CollectionBeforeChangeHook<TrainingApplication> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status as ApplicationStatus
  const to = (data.status ?? from) as ApplicationStatus
  if (from === to) return data
  const withdrawing = req.context.applicantWithdrawal === true
  const actor = withdrawing ? 'applicant' : 'host'
  if (!withdrawing && !hostsApplication(req.user, relationId(originalDoc.hostHospital))) throw new Forbidden(req.t)
  if (!canMoveApplication(from, to, actor)) {
    refuse(req, 'status', 'errors.transition', { from: t(req)(`status.${from}`), to: t(req)(`status.${to}`) })
  }
  const email = (req.user as { email?: unknown } | null)?.email
  data.history = [
    ...(originalDoc.history ?? []),
    { status: to, at: new Date().toISOString(), by: withdrawing ? 'applicant' : typeof email === 'string' ? email : 'host' },
  ]
  return data
}

/** Every decision on an application is in the audit log. */
export const auditApplicationStatus: CollectionAfterChangeHook<TrainingApplication> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc || previousDoc.status === doc.status) return doc
  await recordAudit(req, {
    action: 'transition',
    collection: 'training-applications',
    docId: String(doc.id),
    hospital: relationId(doc.hostHospital),
    detail: `status:${previousDoc.status}→${doc.status}`,
  })
  return doc
}
