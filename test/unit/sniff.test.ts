import { describe, expect, it } from 'vitest'

import { checkMedicalFile, MAX_MEDICAL_FILE_BYTES, sniffFileType } from '@/uploads/sniff'

import { oversizedPdf, sampleBytes } from '../fixtures/uploads'

describe('sniffFileType decides a file type by its bytes', () => {
  it.each([
    ['referral.pdf', 'application/pdf'],
    ['xray.jpg', 'image/jpeg'],
    ['chart.png', 'image/png'],
    ['scan.dcm', 'application/dicom'],
  ] as const)('recognises the real %s as %s', (name, mime) => {
    expect(sniffFileType(sampleBytes(name))).toBe(mime)
  })

  it.each([
    'html-as-scan.pdf',
    'text-as-x.png',
    'zip-as-photo.jpg',
    'exe-as-photo.jpg',
    'png-header-only.png',
    'pdf-header-then-html.pdf',
    'empty.pdf',
  ] as const)('refuses %s whatever its name says', (name) => {
    expect(sniffFileType(sampleBytes(name))).toBeUndefined()
  })

  it('refuses a JPEG start marker followed by nothing', () => {
    expect(sniffFileType(Buffer.from([0xff, 0xd8, 0xff]))).toBeUndefined()
  })

  it('refuses DICM at the wrong offset', () => {
    expect(sniffFileType(Buffer.concat([Buffer.alloc(64), Buffer.from('DICM'), Buffer.alloc(80)]))).toBeUndefined()
  })
})

describe('checkMedicalFile names the problem', () => {
  it('calls an empty file empty', () => {
    expect(checkMedicalFile(Buffer.alloc(0))).toEqual({ ok: false, problem: 'empty' })
  })

  it('calls a valid PDF of 20 MB + 1 byte too large', () => {
    const big = oversizedPdf().data
    expect(big.length).toBe(MAX_MEDICAL_FILE_BYTES + 1)
    expect(sniffFileType(big)).toBe('application/pdf')
    expect(checkMedicalFile(big)).toEqual({ ok: false, problem: 'tooLarge' })
  })

  it('accepts a valid PDF of exactly the limit', () => {
    expect(checkMedicalFile(sampleBytes('referral.pdf'), sampleBytes('referral.pdf').length)).toEqual({ ok: true, mimeType: 'application/pdf' })
  })

  it('calls an HTML file unsupported', () => {
    expect(checkMedicalFile(sampleBytes('html-as-scan.pdf'))).toEqual({ ok: false, problem: 'unsupportedType' })
  })
})
