import { describe, expect, it } from 'vitest'

import { prepareRtlForPdf } from '@/confirmation/bidi'
import { fontFamilyFor } from '@/confirmation/fonts'
import { buildConfirmationPdf, confirmationFilename, confirmationLanguages } from '@/confirmation/pdf'
import type { ConfirmationView } from '@/confirmation/view'

function view(locale: ConfirmationView['locale'], name: string): ConfirmationView {
  const content = { patientName: name, hospitalName: '東京総合病院', hospitalAddress: '千代田区', office: { email: 'intl@hospital.example', phone: '+81 3 0000 0000' }, packageTitle: '人間ドック' }
  return {
    reference: 'KH-7F3K9Q',
    locale,
    date: '2026-05-14',
    items: [{ label: 'Check-up', amountJPY: 250000 }],
    totalJPY: 250000,
    depositJPY: 50000,
    depositPaidAt: '2026-04-01T00:00:00Z',
    cancellation: { freeUntilDays: 14, feePercent: 30 },
    hospitalGuarantees: false,
    guarantors: ['Japan Medical Coordination Co.'],
    content: { ja: content, [locale]: { ...content, hospitalName: 'Tokyo General Hospital' } },
  }
}

describe('confirmation PDF', () => {
  for (const [locale, name] of [['en', 'Ana Silva'], ['ar', 'أحمد'], ['ja', '山田花子']] as const) {
    it(`is a PDF in ${locale} (and Japanese) carrying the reference`, async () => {
      const pdf = await buildConfirmationPdf(view(locale, name), { compress: false })
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      const raw = pdf.toString('latin1')
      expect(raw).toContain('Kakehashi KH-7F3K9Q') // document title
      expect(raw).toMatch(/NotoSansJP/) // the Japanese section's face is embedded
      if (locale === 'ar') expect(raw).toMatch(/NotoSansArabic/)
      if (locale === 'en') expect(raw).toMatch(/NotoSans-Regular|NotoSans/)
      // Two sections (patient's language + Japanese) unless the patient reads Japanese.
      const pages = (raw.match(/\/Type \/Page\b/g) ?? []).length
      if (locale === 'ja') expect(pages).toBe(1)
      else expect(pages).toBeGreaterThanOrEqual(2)
    }, 30_000)
  }

  it('prints the patient language and Japanese', () => {
    expect(confirmationLanguages('ar')).toEqual(['ar', 'ja'])
    expect(confirmationLanguages('ja')).toEqual(['ja'])
    expect(confirmationFilename('KH-7F3K9Q')).toBe('kakehashi-KH-7F3K9Q.pdf')
  })

  it('picks a face per script', () => {
    expect(fontFamilyFor('Nguyễn Văn A', 'vi')).toBe('sans')
    expect(fontFamilyFor('Иван', 'ru')).toBe('sans')
    expect(fontFamilyFor('予約確認書', 'ja')).toBe('jp')
    expect(fontFamilyFor('预约确认书', 'zh-CN')).toBe('sc')
    expect(fontFamilyFor('預約確認書', 'zh-TW')).toBe('tc')
    expect(fontFamilyFor('예약', 'ko')).toBe('kr')
    expect(fontFamilyFor('การจอง', 'th')).toBe('thai')
    expect(fontFamilyFor('رقم الحجز', 'ar')).toBe('arabic')
  })

  it('keeps Latin stretches inside Arabic readable after fontkit reverses the run', () => {
    // fontkit reverses the whole Arabic run; pre-reversing the Latin stretch cancels that.
    const prepared = prepareRtlForPdf('رقم الحجز KH-7F')
    expect(prepared).toBe('رقم الحجز F7-HK')
    expect(prepareRtlForPdf('Booking KH-7F')).toBe('Booking KH-7F')
  })
})
