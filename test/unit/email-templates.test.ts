import { describe, expect, it } from 'vitest'

import { htmlToText } from '@/notifications/payloadEmailAdapter'
import { afterFailure, MAX_ATTEMPTS, retryDelayMs } from '@/notifications/retry'
import { renderEmail, templates } from '@/notifications/templates'
import { locales } from '@/i18n/locales'

const confirmed = {
  patientName: 'Ana <script>',
  hospitalName: 'Tokyo General',
  packageTitle: 'Check-up',
  date: '2026-05-14',
  reference: 'KH-7F3K9Q',
  url: 'https://kakehashi.example/en/account/bookings/1',
  confirmationUrl: 'https://kakehashi.example/api/account/bookings/1/confirmation',
}

describe('email templates', () => {
  it('renders in English with an escaped HTML part and a plain-text part', () => {
    const email = renderEmail('booking-confirmed', 'en', confirmed)
    expect(email.subject).toBe('Booking KH-7F3K9Q is confirmed')
    expect(email.html).toContain('<html lang="en" dir="ltr">')
    expect(email.html).toContain('Ana &lt;script&gt;')
    expect(email.html).not.toContain('<script>')
    expect(email.text).toContain('Dear Ana <script>,')
    expect(email.text).toContain('https://kakehashi.example/api/account/bookings/1/confirmation')
  })

  it('renders in Japanese', () => {
    const email = renderEmail('booking-confirmed', 'ja', confirmed)
    expect(email.subject).toBe('予約 KH-7F3K9Q が確定しました')
    expect(email.html).toContain('lang="ja"')
    expect(email.text).toContain('2026年5月14日')
  })

  it('renders Arabic right to left', () => {
    const email = renderEmail('booking-confirmed', 'ar', confirmed)
    expect(email.html).toContain('<html lang="ar" dir="rtl">')
    expect(email.subject).toContain('تم تأكيد الحجز')
    expect(email.text.length).toBeGreaterThan(50)
  })

  it('formats yen with Intl in the reader language', () => {
    const data = { patientName: 'Ana', hospitalName: 'H', packageTitle: 'P', date: '2026-05-14', reference: 'KH-1', depositJPY: 50000, holdUntil: '2026-05-01T03:00:00Z', url: 'https://k.example' }
    expect(renderEmail('booking-hold', 'en', data).text).toContain('¥50,000')
    expect(renderEmail('booking-hold', 'ja', data).text).toMatch(/[¥￥]50,000/)
  })

  it('never turns a javascript: URL into a link', () => {
    const email = renderEmail('patient-verify-email', 'en', { name: 'A', url: 'javascript:alert(1)' })
    expect(email.html).not.toContain('javascript:')
  })

  it('renders every template in every locale with a subject and a text part', () => {
    const sample: Record<string, unknown> = { ...confirmed, name: 'A', subject: 'Knee', adminUrl: 'https://k.example/admin', excerpt: 'Hello', depositJPY: 1, holdUntil: '2026-05-01T03:00:00Z', feeJPY: 0, refundJPY: 0 }
    for (const locale of locales) {
      for (const name of Object.keys(templates) as (keyof typeof templates)[]) {
        const email = renderEmail(name, locale, sample as never)
        expect(email.subject, `${name} ${locale}`).not.toMatch(/templates\.|\{\{/)
        expect(email.text, `${name} ${locale}`).not.toMatch(/layout\.|\{\{/)
      }
    }
  })
})

describe('retries', () => {
  it('backs off exponentially with jitter, then fails after the last attempt', () => {
    expect(retryDelayMs(1, () => 0.5)).toBe(30_000)
    expect(retryDelayMs(3, () => 0.5)).toBe(120_000)
    expect(retryDelayMs(2, () => 0)).toBe(48_000)
    const now = new Date('2026-01-01T00:00:00Z')
    expect(afterFailure(1, now, () => 0.5)).toEqual({ status: 'pending', nextAttemptAt: new Date(now.getTime() + 30_000) })
    expect(afterFailure(MAX_ATTEMPTS, now).status).toBe('failed')
  })
})

describe('Payload auth emails', () => {
  it('get a readable text part from their HTML', () => {
    expect(htmlToText('<p>Reset:</p><a href="https://k.example/r">here</a>')).toBe('Reset:\nhere (https://k.example/r)')
  })
})
