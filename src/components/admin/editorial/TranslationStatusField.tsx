'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import { adminLangOf, translationStateLabels, workflowCopy } from '@/editorial/labels'
import type { TranslationState } from '@/editorial/statuses'
import { isTranslationProgress, translationStates } from '@/editorial/translations'
import { localeNames, type AppLocale } from '@/i18n/locales'

const marks: Record<TranslationState, string> = { complete: '✓', outdated: '⚠', missing: '—' }

/** The edit view's sidebar: each language's translation state for this document. */
export function TranslationStatusField() {
  const { i18n } = useTranslation()
  const lang = adminLangOf(i18n.language)
  const c = workflowCopy[lang]
  const progress = useFormFields(([fields]) => fields.translationProgress?.value)
  const sourceValue = useFormFields(([fields]) => fields.sourceLocale?.value)
  const source = typeof sourceValue === 'string' ? sourceValue : 'en'
  const states = translationStates(isTranslationProgress(progress) ? progress : undefined, source)
  return (
    <section aria-label={c.translations} style={{ marginBlockEnd: 'var(--base)' }}>
      <h3 style={{ marginBlockEnd: 8 }}>{c.translations}</h3>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {Object.entries(states).map(([locale, state]) => (
          <li key={locale}>
            <span aria-hidden="true">{marks[state]}</span> {localeNames[locale as AppLocale] ?? locale} ({locale}
            {locale === source ? `, ${c.source}` : ''}): {translationStateLabels[state][lang]}
          </li>
        ))}
      </ul>
    </section>
  )
}
