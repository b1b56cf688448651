import { describe, expect, it } from 'vitest'

import { isQuoteExpired, quoteFingerprint, quoteTotal } from '@/inquiries/quote'
import { afterMessage, afterStaffTouch } from '@/inquiries/status'
import { validateInquiry } from '@/inquiries/validation'
import { formatWaiting } from '@/inquiries/waiting'

import { sampleFile } from '../fixtures/uploads'

describe('quote totals', () => {
  it('adds package, extras, interpreter and coordination fees; the deposit is part of it, not added', () => {
    expect(
      quoteTotal({
        packagePriceJPY: 300_000,
        extras: [{ label: 'MRI', amountJPY: 40_000 }, { label: 'Night', amountJPY: 25_000 }],
        interpreterFeeJPY: 20_000,
        coordinationFeeJPY: 15_000,
        depositJPY: 100_000,
      }),
    ).toBe(400_000)
  })

  it('treats missing amounts as zero', () => {
    expect(quoteTotal({ packagePriceJPY: 1000 })).toBe(1000)
  })

  it('a quote is valid through the whole of its last day', () => {
    expect(isQuoteExpired('2026-12-01', new Date('2026-12-01T23:00:00Z'))).toBe(false)
    expect(isQuoteExpired('2026-12-01', new Date('2026-12-02T00:00:01Z'))).toBe(true)
  })

  it('the fingerprint changes when any amount changes', () => {
    const quote = { packagePriceJPY: 1000, extras: [{ label: 'x', amountJPY: 5 }] }
    expect(quoteFingerprint(quote)).toBe(quoteFingerprint({ ...quote }))
    expect(quoteFingerprint(quote)).not.toBe(quoteFingerprint({ ...quote, extras: [{ label: 'x', amountJPY: 6 }] }))
  })
})

describe('conversation status', () => {
  const now = new Date('2026-11-24T10:00:00Z')
  it('staff writing answers and nobody waits', () => {
    expect(afterMessage({ status: 'in-progress', waitingSince: '2026-11-24T08:00:00Z' }, 'staff', now)).toEqual({ status: 'answered', waitingSince: null })
  })
  it('the patient writing after an answer puts it back in progress, waiting from now', () => {
    expect(afterMessage({ status: 'answered', waitingSince: null }, 'patient', now)).toEqual({ status: 'in-progress', waitingSince: now.toISOString() })
  })
  it('a second patient message keeps the original waiting time', () => {
    expect(afterMessage({ status: 'in-progress', waitingSince: '2026-11-24T08:00:00Z' }, 'patient', now).waitingSince).toBe('2026-11-24T08:00:00Z')
  })
  it('a closed inquiry reopens when the patient writes', () => {
    expect(afterMessage({ status: 'closed', waitingSince: null }, 'patient', now).status).toBe('in-progress')
  })
  it('staff touching a new inquiry puts it in progress', () => {
    expect(afterStaffTouch('new')).toBe('in-progress')
    expect(afterStaffTouch('answered')).toBe('answered')
  })
})

describe('waiting time for the inbox', () => {
  const now = new Date('2026-11-24T10:00:00Z')
  it('shows hours and minutes', () => {
    expect(formatWaiting('2026-11-24T06:40:00Z', 'en', now)).toBe('3h 20m')
  })
  it('shows days and hours after a day', () => {
    expect(formatWaiting('2026-11-22T06:00:00Z', 'en', now)).toBe('2d 4h')
  })
  it('shows nothing when nobody waits', () => {
    expect(formatWaiting(null, 'en', now)).toBe('')
  })
})

describe('inquiry validation', () => {
  const valid = { question: 'Can you treat my knee?', replyLanguage: 'vi', consent: 'on', companions: '1' }

  it('accepts a complete form', () => {
    const result = validateInquiry('en', valid, [sampleFile('referral.pdf')], '2026-11-24')
    expect(result.ok).toBe(true)
  })

  it('reports every problem at once, each at its field, in the visitor language', () => {
    const result = validateInquiry(
      'ja',
      { question: '', preferredFrom: '2026-12-10', preferredTo: '2026-12-01', companions: '99' },
      [sampleFile('html-as-scan.pdf', 'scan.pdf')],
      '2026-11-24',
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['attachments', 'companions', 'consent', 'preferredTo', 'question'])
    expect(result.fieldErrors.attachments).toContain('scan.pdf')
    expect(result.fieldErrors.consent).not.toMatch(/consent/i)
  })

  it('refuses eleven files', () => {
    const files = Array.from({ length: 11 }, () => sampleFile('referral.pdf'))
    const result = validateInquiry('en', valid, files, '2026-11-24')
    expect(result.ok ? {} : result.fieldErrors).toHaveProperty('attachments', 'You can attach at most 10 files.')
  })
})
