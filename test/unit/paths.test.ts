import { describe, expect, it } from 'vitest'

import { localizedPath, splitLocalePath } from '@/i18n/paths'

describe('locale paths', () => {
  it('splits a localized path into locale and rest', () => {
    expect(splitLocalePath('/ko/hospitals/sakura')).toEqual({ locale: 'ko', rest: '/hospitals/sakura' })
    expect(splitLocalePath('/zh-TW')).toEqual({ locale: 'zh-TW', rest: '/' })
    expect(splitLocalePath('/hospitals')).toEqual({ locale: undefined, rest: '/hospitals' })
    expect(splitLocalePath('/')).toEqual({ locale: undefined, rest: '/' })
  })

  it('does not take a look-alike segment for a locale', () => {
    expect(splitLocalePath('/english/page').locale).toBeUndefined()
    expect(splitLocalePath('/zh/page').locale).toBeUndefined()
  })

  it('builds the same page in another language', () => {
    expect(localizedPath('ar', '/hospitals/sakura')).toBe('/ar/hospitals/sakura')
    expect(localizedPath('ja', '/')).toBe('/ja')
    expect(localizedPath('en', 'packages/x')).toBe('/en/packages/x')
  })
})
