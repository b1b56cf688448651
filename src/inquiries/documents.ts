import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'

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
import { getTranslator } from '@/i18n/server'
import { checkMedicalFile, MAX_MEDICAL_FILE_BYTES, sniffedExtensions, type FileProblem } from '@/uploads/sniff'

import { messageLocale } from './locale'

/** The localized message for a refused file, naming it. */
export function fileProblemMessage(req: PayloadRequest, problem: FileProblem, name: string): string {
  const t = getTranslator(messageLocale(req), 'inquiries')
  const maxMB = Math.round(MAX_MEDICAL_FILE_BYTES / 1024 / 1024)
  if (problem === 'empty') return t('errors.fileEmpty', { name })
  if (problem === 'tooLarge') return t('errors.fileTooLarge', { name, max: maxMB })
  return t('errors.fileType', { name })
}

async function uploadedBytes(file: NonNullable<PayloadRequest['file']>): Promise<Buffer> {
  if (file.data && file.data.length > 0) return file.data
  if (file.tempFilePath) return readFile(file.tempFilePath)
  return Buffer.alloc(0)
}

/**
 * Decides an upload's type from its bytes before Payload stores anything, for every API
 * (REST, GraphQL, Local). The declared MIME type and the name are replaced: the stored file
 * gets an unguessable name with the extension its bytes prove, and the patient's own file
 * name is kept as data only.
 */
export const acceptOnlyMedicalFileTypes: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const originalName = file.name
  const check = checkMedicalFile(await uploadedBytes(file))
  if (!check.ok) {
    throw new ValidationError({ errors: [{ path: 'file', message: fileProblemMessage(req, check.problem, originalName) }] })
  }
  file.mimetype = check.mimeType
  file.name = `${randomUUID()}.${sniffedExtensions[check.mimeType]}`
  req.context.medicalDocument = { mimeType: check.mimeType, originalName }
  // Every name a file may be written under on this request: a caller whose transaction fails
  // later removes these files, since a rolled-back database does not remove files from disk.
  const written = (req.context.medicalDocumentFiles as string[] | undefined) ?? []
  written.push(file.name)
  req.context.medicalDocumentFiles = written
  return args
}

interface SniffedUpload {
  mimeType: string
  originalName: string
}

/**
 * A document belongs to the patient who uploads it and to the hospital of the inquiry it comes
 * with; neither can be chosen by the sender.
 */
export const ownDocumentByUploader: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const sniffed = req.context.medicalDocument as SniffedUpload | undefined
  if (sniffed) {
    data.mimeType = sniffed.mimeType
    data.originalName = sniffed.originalName
  }
  if (isPatient(req.user)) data.patient = patientIdOf(req.user)
  const inquiryId = relationId(data.inquiry)
  if (!inquiryId) {
    data.hospital = null
    return data
  }
  // Reads the inquiry only to check whose it is and copy its hospital (the uploader may not be
  // able to read it through access yet, inside the transaction that creates both).
  const inquiry = await req.payload.findByID({ collection: 'inquiries', id: inquiryId, depth: 0, req, overrideAccess: true })
  if (relationId(inquiry.patient) !== relationId(data.patient)) throw new Forbidden(req.t)
  data.hospital = relationId(inquiry.hospital)
  return data
}

/** Every staff read and download is audited (src/audit/fileReads.ts). */
const staffAccessAudit = auditStaffFileAccess('medical-documents', 'hospital')
export const auditStaffDocumentRead = staffAccessAudit.afterRead
export const auditStaffFileDownload = staffAccessAudit.download
