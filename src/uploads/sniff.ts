/**
 * What a file IS, decided from its bytes. A file's name and the MIME type its sender declares
 * are whatever the sender typed; the first bytes are what a viewer will actually parse. Used for
 * medical documents now and for any later upload that must refuse disguised files (CVs).
 */

export type SniffedType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'application/dicom'

export const sniffedExtensions: Record<SniffedType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/dicom': 'dcm',
}

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1')
const PDF_EOF = Buffer.from('%%EOF', 'latin1')
const PDF_XREF = Buffer.from('xref', 'latin1')
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff])
const JPEG_END = Buffer.from([0xff, 0xd9])
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const PNG_IHDR = Buffer.from('IHDR', 'latin1')
const PNG_IEND = Buffer.from('IEND', 'latin1')
const DICOM_MAGIC = Buffer.from('DICM', 'latin1')
const DICOM_OFFSET = 128

/** The last `size` bytes: where a complete file keeps its end marker. */
const tail = (data: Buffer, size: number): Buffer => data.subarray(Math.max(0, data.length - size))

function isPdf(data: Buffer): boolean {
  // A real PDF ends with its cross-reference pointer (`startxref`) and %%EOF; a header glued
  // onto something else has neither.
  const end = tail(data, 1024)
  return data.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC) && end.includes(PDF_EOF) && end.includes(PDF_XREF)
}

function isJpeg(data: Buffer): boolean {
  // After FF D8 FF comes a marker byte (E0 JFIF, E1 Exif, DB, EE …) and eventually FF D9.
  return (
    data.length > 4 &&
    data.subarray(0, 3).equals(JPEG_MAGIC) &&
    (data[3] ?? 0) >= 0xc0 &&
    tail(data, 64).includes(JPEG_END)
  )
}

function isPng(data: Buffer): boolean {
  // The signature alone proves nothing: a PNG's first chunk is IHDR and its last is IEND.
  return (
    data.subarray(0, 8).equals(PNG_MAGIC) &&
    data.subarray(12, 16).equals(PNG_IHDR) &&
    tail(data, 12).subarray(0, 8).includes(PNG_IEND)
  )
}

function isDicom(data: Buffer): boolean {
  // Part 10 files: a 128-byte preamble, 'DICM', then at least one data element.
  return data.length > DICOM_OFFSET + 4 + 8 && data.subarray(DICOM_OFFSET, DICOM_OFFSET + 4).equals(DICOM_MAGIC)
}

/** The type the bytes prove, or undefined when they prove none of the accepted types. */
export function sniffFileType(data: Buffer): SniffedType | undefined {
  if (isPdf(data)) return 'application/pdf'
  if (isJpeg(data)) return 'image/jpeg'
  if (isPng(data)) return 'image/png'
  if (isDicom(data)) return 'application/dicom'
  return undefined
}

export const MAX_MEDICAL_FILE_BYTES = 20 * 1024 * 1024

export type FileProblem = 'empty' | 'tooLarge' | 'unsupportedType'

export type FileCheck = { ok: true; mimeType: SniffedType } | { ok: false; problem: FileProblem }

/** Whether one uploaded file may be stored as a medical document. */
export function checkMedicalFile(data: Buffer, maxBytes = MAX_MEDICAL_FILE_BYTES): FileCheck {
  if (data.length === 0) return { ok: false, problem: 'empty' }
  if (data.length > maxBytes) return { ok: false, problem: 'tooLarge' }
  const mimeType = sniffFileType(data)
  return mimeType ? { ok: true, mimeType } : { ok: false, problem: 'unsupportedType' }
}
