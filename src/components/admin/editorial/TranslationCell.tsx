'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { adminLangOf, translationStateLabels } from '@/editorial/labels'
import { isTranslationProgress, translationStates } from '@/editorial/translations'

/** The list's translation column: "ja ✓ · fr Outdated · 10 Missing" (the source language left out). */
export function TranslationCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const lang = adminLangOf(i18n.language)
  const source = typeof rowData?.sourceLocale === 'string' ? rowData.sourceLocale : 'en'
  const states = translationStates(isTranslationProgress(cellData) ? cellData : undefined, source)
  const done: string[] = []
  const outdated: string[] = []
  let missing = 0
  for (const [locale, state] of Object.entries(states)) {
    if (locale === source) continue
    if (state === 'complete') done.push(locale)
    else if (state === 'outdated') outdated.push(locale)
    else missing += 1
  }
  return (
    <span style={{ display: 'inline-flex', gap: 6, flexWrap: 'wrap' }}>
      {done.map((l) => (
        <span key={l} title={translationStateLabels.complete[lang]}>
          {l} ✓
        </span>
      ))}
      {outdated.map((l) => (
        <span key={l} style={{ color: 'var(--theme-warning-700)' }}>
          {l} ⚠ {translationStateLabels.outdated[lang]}
        </span>
      ))}
      {missing > 0 ? (
        <span style={{ color: 'var(--theme-elevation-600)' }}>
          {missing} {translationStateLabels.missing[lang]}
        </span>
      ) : null}
    </span>
  )
}
