import { randomUUID } from 'node:crypto'
import { readFile, unlink } from 'node:fs/promises'
import path from 'node:path'

import {
  Forbidden,
  ValidationError,
  type CollectionAfterReadHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { isPatient, patientIdOf, relationId } from '@/access/roles'
import { auditStaffFileAccess } from '@/audit/fileReads'
import { env } from '@/env'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { messageLocale } from '@/inquiries/locale'
import { checkMedicalFile, MAX_MEDICAL_FILE_BYTES, sniffedExtensions, type FileCheck, type SniffedType } from '@/uploads/sniff'

/**
 * CVs: private files checked by their bytes exactly like medical documents (src/uploads/sniff.ts),
 * limited to what a CV is (PDF, or a scan as JPEG/PNG), stored next to the medical documents
 * under an unguessable name.
 */

export const CV_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const satisfies readonly SniffedType[]
export const MAX_CV_BYTES = 10 * 1024 * 1024

/** Where CVs are stored: beside the medical documents directory (same volume, same privacy). */
export function applicationFilesDir(): string {
  return path.join(path.dirname(path.resolve(env.medicalDocumentsDir)), 'application-files')
}

/** Whether the bytes are a CV we accept: the medical-document check, without DICOM. */
export function checkCvFile(data: Buffer): FileCheck {
  const check = checkMedicalFile(data, Math.min(MAX_CV_BYTES, MAX_MEDICAL_FILE_BYTES))
  if (check.ok && !(CV_MIME_TYPES as readonly string[]).includes(check.mimeType)) return { ok: false, problem: 'unsupportedType' }
  return check
}

/** The refusal for a CV, naming the file, in the applicant's language. */
export function cvProblemMessage(locale: AppLocale, check: Extract<FileCheck, { ok: false }>, name: string): string {
  const t = getTranslator(locale, 'training')
  if (check.problem === 'empty') return t('errors.cvEmpty', { name })
  if (check.problem === 'tooLarge') return t('errors.cvTooLarge', { name, max: MAX_CV_BYTES / 1024 / 1024 })
  return t('errors.cvType', { name })
}

async function uploadedBytes(file: NonNullable<PayloadRequest['file']>): Promise<Buffer> {
  if (file.data && file.data.length > 0) return file.data
  if (file.tempFilePath) return readFile(file.tempFilePath)
  return Buffer.alloc(0)
}

/** Names of CV files written on this request, for removal when its transaction rolls back. */
const WRITTEN = 'applicationFiles'

/** Decides a CV's type from its bytes before Payload stores anything (REST, GraphQL and Local API). */
export const acceptOnlyCvFileTypes: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const originalName = file.name
  const check = checkCvFile(await uploadedBytes(file))
  if (!check.ok) {
    throw new ValidationError({ errors: [{ path: 'file', message: cvProblemMessage(messageLocale(req), check, originalName) }] })
  }
  file.mimetype = check.mimeType
  file.name = `${randomUUID()}.${sniffedExtensions[check.mimeType]}`
  req.context.applicationFile = { mimeType: check.mimeType, originalName }
  const written = (req.context[WRITTEN] as string[] | undefined) ?? []
  written.push(file.name)
  req.context[WRITTEN] = written
  return args
}

/** Removes CV files written on this request (a rolled-back transaction leaves them on disk). */
export async function removeWrittenCvFiles(req: PayloadRequest): Promise<void> {
  const names = (req.context[WRITTEN] as string[] | undefined) ?? []
  const dir = applicationFilesDir()
  await Promise.all(names.map((name) => unlink(path.join(dir, path.basename(name))).catch(() => undefined)))
  req.context[WRITTEN] = []
}

export function forgetWrittenCvFiles(req: PayloadRequest): void {
  req.context[WRITTEN] = []
}

/** A CV belongs to the account that uploads it; its host is copied from the application it goes with. */
export const ownCvByUploader: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const sniffed = req.context.applicationFile as { mimeType: string; originalName: string } | undefined
  if (sniffed) {
    data.mimeType = sniffed.mimeType
    data.originalName = sniffed.originalName
  }
  if (!isPatient(req.user) && req.user) throw new Forbidden(req.t)
  if (isPatient(req.user)) data.applicant = patientIdOf(req.user)
  const programId = relationId(data.program)
  if (!programId) {
    data.hostHospital = null
    return data
  }
  // The programme's host only (a public record once published), to scope who reads the CV.
  const program = await req.payload.findByID({ collection: 'training-programs', id: programId, depth: 0, req, overrideAccess: true, select: { host: true } })
  data.hostHospital = program.host?.kind === 'hospital' ? (relationId(program.host.hospital) ?? null) : null
  return data
}

/** Every staff read and download is audited (src/audit/fileReads.ts). */
const staffAccessAudit = auditStaffFileAccess('application-files', 'hostHospital')
export const auditStaffCvRead = staffAccessAudit.afterRead
export const auditStaffCvDownload = staffAccessAudit.download
