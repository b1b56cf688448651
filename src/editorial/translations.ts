/**
 * Translation status per document and locale, from when each locale was last saved and when
 * the source locale last changed. Pure; src/editorial/hooks.ts records the times on each save.
 */
import { locales, type AppLocale } from '@/i18n/locales'

import type { TranslationState } from './statuses'

/** Stored on each editorial document (`translationProgress`, a JSON field the hooks write). */
export interface TranslationProgress {
  /** Locale → ISO time of its last save with a title. */
  savedAt?: Partial<Record<string, string>>
  /** ISO time the source locale's content last changed. */
  sourceChangedAt?: string
}

export function isTranslationProgress(value: unknown): value is TranslationProgress {
  return Boolean(value && typeof value === 'object' && !Array.isArray(value))
}

/**
 * missing: never saved in that locale (a save without a title does not count);
 * outdated: last saved before the source locale last changed; complete otherwise.
 * The source locale itself is complete once saved.
 */
export function translationState(progress: TranslationProgress | null | undefined, locale: string, sourceLocale: string): TranslationState {
  const saved = progress?.savedAt?.[locale]
  if (!saved) return 'missing'
  if (locale === sourceLocale) return 'complete'
  const source = progress?.sourceChangedAt
  if (source && Date.parse(saved) < Date.parse(source)) return 'outdated'
  return 'complete'
}

export function translationStates(
  progress: TranslationProgress | null | undefined,
  sourceLocale: string,
  of: readonly string[] = locales,
): Record<string, TranslationState> {
  return Object.fromEntries(of.map((locale) => [locale, translationState(progress, locale, sourceLocale)]))
}

/**
 * The progress after a save in `locale` at `now`. `hasTitle` says whether the saved locale has
 * its required title; `contentChanged` whether the save changed any localized content (only a
 * real change of the source makes translations outdated; re-saving a translation marks it done).
 */
export function recordSave(
  progress: TranslationProgress | null | undefined,
  save: { locale: string; sourceLocale: string; hasTitle: boolean; contentChanged: boolean; now: Date },
): TranslationProgress {
  const next: TranslationProgress = { savedAt: { ...(progress?.savedAt ?? {}) }, sourceChangedAt: progress?.sourceChangedAt }
  if (!save.hasTitle) return next
  const at = save.now.toISOString()
  const isSource = save.locale === save.sourceLocale
  const firstSave = !next.savedAt?.[save.locale]
  if (next.savedAt) next.savedAt[save.locale] = at
  if (isSource && (save.contentChanged || firstSave || !next.sourceChangedAt)) next.sourceChangedAt = at
  return next
}

const short: Record<TranslationState, string> = { complete: '✓', outdated: 'outdated', missing: 'missing' }

/** A compact summary for list cells: "ja ✓ · fr outdated · 10 missing". */
export function translationSummary(states: Record<string, TranslationState>, sourceLocale: string): string {
  const parts: string[] = []
  let missing = 0
  for (const [locale, state] of Object.entries(states)) {
    if (locale === sourceLocale) continue
    if (state === 'missing') missing += 1
    else parts.push(`${locale} ${short[state]}`)
  }
  if (missing) parts.push(`${missing} missing`)
  return parts.join(' · ')
}

export function isAppLocaleCode(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
