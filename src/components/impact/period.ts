import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

/** "March 2022 – February 2026", or "Since March 2022" while a project runs without an end date. */
export function formatPeriod(locale: AppLocale, period: { start?: string | null; end?: string | null } | null | undefined): string | null {
  if (!period?.start) return null
  const t = getTranslator(locale, 'impact')
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })
  const start = format.format(new Date(period.start))
  return period.end ? t('period.range', { start, end: format.format(new Date(period.end)) }) : t('period.since', { start })
}
