import { describe, expect, it } from 'vitest'

import { matchesFilter, parseTranslationFilter, type TranslationRow } from '@/editorial/dashboard'
import { recordSave, translationState, translationStates, translationSummary, type TranslationProgress } from '@/editorial/translations'

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s))

describe('translation status', () => {
  it('a locale never saved is missing', () => {
    expect(translationState(undefined, 'ja', 'en')).toBe('missing')
    expect(translationState({ savedAt: { en: t(0).toISOString() } }, 'ja', 'en')).toBe('missing')
  })

  it('missing → complete → outdated after a source change → complete after re-saving the translation', () => {
    let p: TranslationProgress = recordSave(undefined, { locale: 'en', sourceLocale: 'en', hasTitle: true, contentChanged: true, now: t(0) })
    expect(translationState(p, 'en', 'en')).toBe('complete')
    expect(translationState(p, 'ja', 'en')).toBe('missing')
    p = recordSave(p, { locale: 'ja', sourceLocale: 'en', hasTitle: true, contentChanged: true, now: t(1) })
    expect(translationState(p, 'ja', 'en')).toBe('complete')
    p = recordSave(p, { locale: 'en', sourceLocale: 'en', hasTitle: true, contentChanged: true, now: t(2) })
    expect(translationState(p, 'ja', 'en')).toBe('outdated')
    expect(translationState(p, 'en', 'en')).toBe('complete')
    p = recordSave(p, { locale: 'ja', sourceLocale: 'en', hasTitle: true, contentChanged: false, now: t(3) })
    expect(translationState(p, 'ja', 'en')).toBe('complete')
  })

  it('a source save that changes nothing does not make translations outdated', () => {
    let p = recordSave(undefined, { locale: 'en', sourceLocale: 'en', hasTitle: true, contentChanged: true, now: t(0) })
    p = recordSave(p, { locale: 'fr', sourceLocale: 'en', hasTitle: true, contentChanged: true, now: t(1) })
    p = recordSave(p, { locale: 'en', sourceLocale: 'en', hasTitle: true, contentChanged: false, now: t(2) })
    expect(translationState(p, 'fr', 'en')).toBe('complete')
  })

  it('a save without the required title does not count as a translation', () => {
    const p = recordSave(undefined, { locale: 'ja', sourceLocale: 'en', hasTitle: false, contentChanged: true, now: t(0) })
    expect(translationState(p, 'ja', 'en')).toBe('missing')
  })

  it('works from any source locale', () => {
    let p = recordSave(undefined, { locale: 'ja', sourceLocale: 'ja', hasTitle: true, contentChanged: true, now: t(0) })
    p = recordSave(p, { locale: 'en', sourceLocale: 'ja', hasTitle: true, contentChanged: true, now: t(1) })
    p = recordSave(p, { locale: 'ja', sourceLocale: 'ja', hasTitle: true, contentChanged: true, now: t(2) })
    expect(translationStates(p, 'ja', ['ja', 'en', 'fr'])).toEqual({ ja: 'complete', en: 'outdated', fr: 'missing' })
  })

  it('summarises a row compactly, without the source locale', () => {
    expect(translationSummary({ en: 'complete', ja: 'complete', fr: 'outdated', es: 'missing', pt: 'missing' }, 'en')).toBe('ja ✓ · fr outdated · 2 missing')
  })
})

describe('translation dashboard filters', () => {
  const row: TranslationRow = {
    collection: 'stories',
    id: '1',
    title: 'A',
    workflowStatus: 'draft',
    sourceLocale: 'en',
    states: { en: 'complete', ja: 'outdated', fr: 'missing' },
  }

  it('parses only known collections, states and locales', () => {
    expect(parseTranslationFilter({ collection: 'stories', state: 'outdated', locale: 'ja' })).toEqual({ collection: 'stories', state: 'outdated', locale: 'ja' })
    expect(parseTranslationFilter({ collection: 'users', state: 'weird', locale: 'xx' })).toEqual({ collection: undefined, state: undefined, locale: undefined })
  })

  it('matches documents with a translation in the chosen state', () => {
    expect(matchesFilter(row, { state: 'outdated' })).toBe(true)
    expect(matchesFilter(row, { state: 'outdated', locale: 'fr' })).toBe(false)
    expect(matchesFilter(row, { state: 'missing', locale: 'fr' })).toBe(true)
    expect(matchesFilter(row, { state: 'complete' })).toBe(false)
  })
})

describe('preview addresses', () => {
  it('point at the real page in the chosen locale, in preview mode', async () => {
    const { previewUrl } = await import('@/editorial/urls')
    expect(previewUrl('https://kakehashi.example/', 'ja', '/stories/x')).toBe('https://kakehashi.example/ja/stories/x?preview=1')
    expect(previewUrl('http://localhost:3000', 'en', null)).toBeNull()
  })
})
