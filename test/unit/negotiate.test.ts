import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { matchTag, negotiateLocale, parseAcceptLanguage } from '@/i18n/negotiate'

describe('parseAcceptLanguage', () => {
  it('orders tags by quality, then by their position in the header', () => {
    expect(parseAcceptLanguage('de;q=0.5, fr, en;q=0.9, ko;q=0.9, vi')).toEqual(['fr', 'vi', 'en', 'ko', 'de'])
  })

  it('keeps the browser order when no qualities are given', () => {
    expect(parseAcceptLanguage('ja-JP,ja,en-US,en')).toEqual(['ja-JP', 'ja', 'en-US', 'en'])
  })

  it('drops the wildcard, refused (q=0) and unreadable qualities', () => {
    expect(parseAcceptLanguage('fr-CH, fr;q=0.9, *;q=0.5, de;q=0, it;q=abc, es;q=-1')).toEqual(['fr-CH', 'fr'])
  })

  it('reads the quality parameter whatever its case', () => {
    expect(parseAcceptLanguage('de;Q=0.2, ko;q=0.8')).toEqual(['ko', 'de'])
  })

  it('caps a quality above 1 at 1 and keeps the header order among equals', () => {
    expect(parseAcceptLanguage('ko, th;q=7')).toEqual(['ko', 'th'])
  })

  it.each([undefined, null, '', '   ', ',,,', ';q=1'])('returns nothing for %j', (header) => {
    expect(parseAcceptLanguage(header)).toEqual([])
  })
})

describe('matchTag', () => {
  it.each([
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh_TW', 'zh-TW'],
    ['ZH-hk', 'zh-TW'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-Hant-CN', 'zh-TW'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['ja-JP', 'ja'],
    ['pt-BR', 'pt'],
    ['es-419', 'es'],
    ['ar-SA', 'ar'],
    ['in-ID', 'id'],
  ] as const)('maps %s to %s', (tag, locale) => {
    expect(matchTag(tag)).toBe(locale)
  })

  it.each(['de', 'de-CH', 'nb', 'no', 'iw', 'x-klingon', '', '-'])('has no locale for %j', (tag) => {
    expect(matchTag(tag)).toBeUndefined()
  })

  it('matches every supported locale code to itself', () => {
    expect(locales.map((l) => matchTag(l))).toEqual([...locales])
  })
})

describe('negotiateLocale', () => {
  it('picks the best supported language by quality, skipping unsupported ones', () => {
    expect(negotiateLocale({ acceptLanguage: 'de;q=1, en;q=0.5, ja;q=0.9' })).toBe('ja')
    expect(negotiateLocale({ acceptLanguage: 'de-DE, de;q=0.9, vi;q=0.3' })).toBe('vi')
  })

  it('sends Traditional Chinese readers to zh-TW and Simplified readers to zh-CN', () => {
    expect(negotiateLocale({ acceptLanguage: 'zh-HK,zh;q=0.9' })).toBe('zh-TW')
    expect(negotiateLocale({ acceptLanguage: 'zh-Hant;q=0.8, en;q=0.5' })).toBe('zh-TW')
    expect(negotiateLocale({ acceptLanguage: 'zh-SG' })).toBe('zh-CN')
    expect(negotiateLocale({ acceptLanguage: 'zh' })).toBe('zh-CN')
  })

  it('falls back to English when nothing supported is asked for', () => {
    expect(negotiateLocale({ acceptLanguage: 'de, it;q=0.8' })).toBe('en')
    expect(negotiateLocale({})).toBe('en')
  })

  it('lets an explicit cookie choice win over the header', () => {
    expect(negotiateLocale({ cookie: 'ar', acceptLanguage: 'ja, en;q=0.9' })).toBe('ar')
  })

  it('ignores a cookie that is not a supported locale', () => {
    expect(negotiateLocale({ cookie: 'klingon', acceptLanguage: 'ko' })).toBe('ko')
    expect(negotiateLocale({ cookie: 'zh-tw', acceptLanguage: null })).toBe('en')
    expect(negotiateLocale({ cookie: '', acceptLanguage: 'th' })).toBe('th')
  })

  it.each([
    ';;;,,,q=',
    'en;q=;q=;',
    '*',
    '\u0000\uFFFF',
    '日本語, 中文',
    'a'.repeat(10_000),
    Array.from({ length: 500 }, () => 'xx;q=0.1').join(','),
    'ja;q=NaN, en;q=Infinity',
    '-,_,--;q=1',
  ])('does not throw on the garbage header %#', (header) => {
    let locale: string | undefined
    expect(() => {
      locale = negotiateLocale({ acceptLanguage: header })
    }).not.toThrow()
    expect(locales).toContain(locale)
  })
})
