import { describe, expect, it } from 'vitest'

import { checkResourceFile, isCsv, storedFileName } from '@/uhc/files'

import { sampleBytes } from '../fixtures/uploads'

describe('hub file checks', () => {
  it('accepts CSV tables, quoted fields with commas and line breaks, semicolons and a BOM', () => {
    expect(isCsv(Buffer.from('a,b,c\n1,2,3\n'))).toBe(true)
    expect(isCsv(Buffer.from('name,note\n"Kenya, Nairobi","line one\nline two"\r\n'))).toBe(true)
    expect(isCsv(Buffer.from('\uFEFFland;jahr\nKE;2023\n'))).toBe(true)
  })

  it('refuses plain prose, ragged rows, binary data and invalid UTF-8', () => {
    expect(isCsv(Buffer.from('just a sentence without columns\n'))).toBe(false)
    expect(isCsv(Buffer.from('a,b,c\n1,2\n'))).toBe(false)
    expect(isCsv(sampleBytes('zip-as-photo.jpg'))).toBe(false)
    expect(isCsv(Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xfe, 0x2c, 0x31]))).toBe(false)
  })

  it('types a file by its bytes, whatever its name', () => {
    expect(checkResourceFile(sampleBytes('referral.pdf'))).toEqual({ ok: true, mimeType: 'application/pdf' })
    expect(checkResourceFile(sampleBytes('html-as-scan.pdf'))).toEqual({ ok: false, problem: 'unsupportedType' })
    expect(checkResourceFile(sampleBytes('pdf-header-then-html.pdf'))).toEqual({ ok: false, problem: 'unsupportedType' })
    expect(checkResourceFile(Buffer.alloc(0))).toEqual({ ok: false, problem: 'empty' })
    expect(checkResourceFile(Buffer.from('a,b\n1,2\n'), 4)).toEqual({ ok: false, problem: 'tooLarge' })
  })

  it('stores under a readable name with the proven extension', () => {
    expect(storedFileName('Country Report (final).PDF.exe', 'application/pdf')).toMatch(/^country-report-final-pdf-[0-9a-f]{8}\.pdf$/)
    expect(storedFileName('データ.csv', 'text/csv')).toMatch(/^resource-[0-9a-f]{8}\.csv$/)
  })
})
