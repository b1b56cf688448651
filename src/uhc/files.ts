import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { env } from '@/env'
import { slugify } from '@/fields/slug'
import { getTranslator } from '@/i18n/server'
import { messageLocale } from '@/inquiries/locale'
import { sniffFileType } from '@/uploads/sniff'

/**
 * Downloadable files of the UHC hub: PDF documents and CSV data. The bytes decide the type,
 * never the name or the declared MIME type: a PDF must be a complete PDF (src/uploads/sniff.ts),
 * a CSV must be UTF-8 text without control bytes whose lines split into the same number of
 * comma- (or semicolon-) separated columns.
 */

export const resourceFileTypes = ['application/pdf', 'text/csv'] as const
export type ResourceFileType = (typeof resourceFileTypes)[number]

export const resourceFileExtensions: Record<ResourceFileType, string> = { 'application/pdf': 'pdf', 'text/csv': 'csv' }

export const MAX_RESOURCE_FILE_BYTES = 25 * 1024 * 1024

/** Where resource files are stored: beside the media folder (`data/resource-files`). */
export function resourceFilesDir(): string {
  return path.resolve(path.dirname(path.resolve(env.mediaDir)), 'resource-files')
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const BOM = '\uFEFF'

/** Splits one CSV line into fields, honouring double-quoted fields with doubled quotes. */
function fieldCount(line: string, delimiter: string): number {
  let count = 1
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === '"') {
      if (quoted && line[i + 1] === '"') i++
      else quoted = !quoted
    } else if (c === delimiter && !quoted) count++
  }
  return count
}

/** Whether the bytes are a CSV table (header row plus rows of the same width). */
export function isCsv(data: Buffer): boolean {
  let text: string
  try {
    text = utf8.decode(data)
  } catch {
    return false
  }
  if (text.startsWith(BOM)) text = text.slice(1)
  // Control bytes other than tab, CR and LF mean a binary file.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) return false
  // Quoted fields may hold line breaks; the check works on logical records.
  const records: string[] = []
  let current = ''
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    if ((char === '\n' || char === '\r') && !quoted) {
      if (current.length) records.push(current)
      current = ''
      continue
    }
    current += char
  }
  if (current.length) records.push(current)
  if (quoted || records.length === 0) return false
  const header = records[0] ?? ''
  const delimiter = [',', ';', '\t'].find((d) => fieldCount(header, d) > 1)
  if (!delimiter) return false
  const width = fieldCount(header, delimiter)
  return records.every((r) => fieldCount(r, delimiter) === width)
}

export type ResourceFileProblem = 'empty' | 'tooLarge' | 'unsupportedType'
export type ResourceFileCheck = { ok: true; mimeType: ResourceFileType } | { ok: false; problem: ResourceFileProblem }

export function checkResourceFile(data: Buffer, maxBytes = MAX_RESOURCE_FILE_BYTES): ResourceFileCheck {
  if (data.length === 0) return { ok: false, problem: 'empty' }
  if (data.length > maxBytes) return { ok: false, problem: 'tooLarge' }
  if (sniffFileType(data) === 'application/pdf') return { ok: true, mimeType: 'application/pdf' }
  if (isCsv(data)) return { ok: true, mimeType: 'text/csv' }
  return { ok: false, problem: 'unsupportedType' }
}

/** A readable, collision-free stored name: `<slug of the original name>-<random>.<proven extension>`. */
export function storedFileName(originalName: string, mimeType: ResourceFileType): string {
  const base = slugify(originalName.replace(/\.[^.]*$/, '')).slice(0, 60) || 'resource'
  return `${base}-${randomBytes(4).toString('hex')}.${resourceFileExtensions[mimeType]}`
}

export function resourceFileProblemMessage(req: PayloadRequest, problem: ResourceFileProblem, name: string): string {
  const t = getTranslator(messageLocale(req), 'uhc')
  if (problem === 'empty') return t('errors.fileEmpty', { name })
  if (problem === 'tooLarge') return t('errors.fileTooLarge', { name, max: Math.round(MAX_RESOURCE_FILE_BYTES / 1024 / 1024) })
  return t('errors.fileType', { name })
}

async function uploadedBytes(file: NonNullable<PayloadRequest['file']>): Promise<Buffer> {
  if (file.data && file.data.length > 0) return file.data
  if (file.tempFilePath) return readFile(file.tempFilePath)
  return Buffer.alloc(0)
}

/** Before Payload stores anything (every API): refuses what is not a PDF or CSV by its bytes. */
export const acceptOnlyResourceFileTypes: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const originalName = file.name
  const check = checkResourceFile(await uploadedBytes(file))
  if (!check.ok) {
    throw new ValidationError({ errors: [{ path: 'file', message: resourceFileProblemMessage(req, check.problem, originalName) }] })
  }
  file.mimetype = check.mimeType
  file.name = storedFileName(originalName, check.mimeType)
  req.context.resourceFile = { mimeType: check.mimeType, originalName }
  return args
}

/** Keeps the proven type and the sender's own file name as data. */
export const recordResourceFileOrigin: CollectionBeforeChangeHook = ({ data, req }) => {
  const sniffed = req.context.resourceFile as { mimeType: string; originalName: string } | undefined
  if (sniffed) {
    data.mimeType = sniffed.mimeType
    if (!data.originalName) data.originalName = sniffed.originalName
  }
  return data
}
