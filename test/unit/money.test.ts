import { describe, expect, it } from 'vitest'

import {
  convertFromYen,
  defaultCurrencyFor,
  displayCurrencies,
  formatApproximate,
  formatYen,
  isDisplayCurrency,
} from '@/catalogue/money'
import { locales, type AppLocale } from '@/i18n/locales'

/** The separators a locale itself uses, so the expectations follow the locale, not English. */
function separatorsOf(locale: AppLocale): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5)
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? '',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '',
  }
}

/** The digits of a formatted amount (every locale here writes Latin digits; others would fail loudly). */
const digitsOf = (text: string): string => text.replace(/[^0-9]/g, '')

describe('formatYen', () => {
  it.each(locales)('in %s shows whole yen with the locale’s grouping and no decimals', (locale) => {
    const text = formatYen(1_234_567.6, locale)
    const { group, decimal } = separatorsOf(locale)
    expect(digitsOf(text)).toBe('1234568')
    expect(text).toContain(group)
    expect(text).not.toContain(decimal)
  })

  it.each([
    ['en', '¥1,234,568'],
    ['ja', '￥1,234,568'],
    ['zh-CN', '¥1,234,568'],
    ['id', '¥1.234.568'],
    ['es', '1.234.568\u00a0¥'],
    ['fr', '1\u202f234\u202f568\u00a0¥'],
    ['ru', '1\u00a0234\u00a0568\u00a0¥'],
    ['pt', '¥\u00a01.234.568'],
  ] as const)('in %s reads %j (non-breaking spaces as the locale writes them)', (locale, expected) => {
    expect(formatYen(1_234_567.6, locale)).toBe(expected)
  })

  it('marks the amount as yen in Arabic, written right to left', () => {
    const text = formatYen(250_000, 'ar')
    expect(text).toMatch(/¥/)
    expect(digitsOf(text)).toBe('250000')
  })

  it('shows zero yen as a whole number', () => {
    expect(formatYen(0, 'en')).toBe('¥0')
  })
})

describe('convertFromYen', () => {
  it('divides by the rate given as yen per unit', () => {
    expect(convertFromYen(15_000, 150)).toBe(100)
    expect(convertFromYen(1_000, 0.11)).toBeCloseTo(9090.909, 3)
  })

  it.each([0, -150, Number.NaN])('rejects the rate %s', (rate) => {
    expect(() => convertFromYen(1_000, rate)).toThrow(RangeError)
    expect(() => convertFromYen(1_000, rate)).toThrow(/yenPerUnit must be positive/)
  })
})

describe('formatApproximate', () => {
  it.each([
    [1_234_567, 'USD', 150, 'en', '$8,230'],
    [1_234_567, 'USD', 150, 'ja', '$8,230'],
    [1_234_567, 'EUR', 163, 'fr', '7\u202f570\u00a0€'],
    [1_234_567, 'USD', 150, 'zh-CN', 'US$8,230'],
    [1_234_567, 'KRW', 0.11, 'ko', '₩11,200,000'],
    [100, 'USD', 150, 'en', '$0.667'],
    [3_000_000, 'CNY', 21, 'zh-CN', '¥143,000'],
  ] as const)('%s yen as %s at %s ¥/unit in %s reads %s', (amount, currency, yenPerUnit, locale, expected) => {
    expect(formatApproximate(amount, { currency, yenPerUnit }, locale)).toBe(expected)
  })

  it.each(locales)('never shows more than three significant figures in %s', (locale) => {
    const text = formatApproximate(9_876_543, { currency: 'EUR', yenPerUnit: 163.27 }, locale)
    const significant = digitsOf(text).replace(/^0+/, '').replace(/0+$/, '')
    expect(significant.length).toBeLessThanOrEqual(3)
    expect(significant).toBe('605') // 9,876,543 / 163.27 ≈ 60,493 → 60,500
  })

  it('refuses to convert with a broken rate instead of showing a wrong price', () => {
    expect(() => formatApproximate(10_000, { currency: 'USD', yenPerUnit: 0 }, 'en')).toThrow(RangeError)
  })
})

describe('defaultCurrencyFor', () => {
  it.each([
    ['en', 'USD'],
    ['ja', 'USD'],
    ['zh-CN', 'CNY'],
    ['zh-TW', 'TWD'],
    ['ko', 'KRW'],
    ['vi', 'VND'],
    ['th', 'THB'],
    ['id', 'IDR'],
    ['ru', 'RUB'],
    ['ar', 'SAR'],
    ['es', 'EUR'],
    ['fr', 'EUR'],
    ['pt', 'BRL'],
  ] as const)('suggests %s readers %s', (locale, currency) => {
    expect(defaultCurrencyFor(locale)).toBe(currency)
  })

  it('suggests only currencies a visitor can pick, never yen itself', () => {
    for (const locale of locales) expect(isDisplayCurrency(defaultCurrencyFor(locale))).toBe(true)
    expect(isDisplayCurrency('JPY')).toBe(false)
    expect(displayCurrencies).not.toContain('JPY')
  })
})
