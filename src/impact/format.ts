import type { AppLocale } from '@/i18n/locales'

import type { MetricUnit } from './indicators'

/**
 * Numbers in the reader's conventions (digits, separators, percent sign placement). Years are
 * printed without grouping ("2024", not "2,024") but with the locale's digits.
 */
export function yearFormatter(locale: AppLocale): (year: number) => string {
  const format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 })
  return (year) => format.format(year)
}

/** A value with as many decimals as the data has (up to `maxDigits`), percent-signed for shares. */
export function valueFormatter(locale: AppLocale, unit: MetricUnit | null | undefined, maxDigits = 1): (value: number) => string {
  if (unit === 'percent') {
    const format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: maxDigits })
    return (value) => format.format(value / 100)
  }
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 'people' || unit === 'facilities' ? 0 : maxDigits })
  return (value) => format.format(value)
}

/** Axis labels: the tick step decides the decimals so 2.5-steps never print as "3". */
export function tickFormatter(locale: AppLocale, unit: MetricUnit | null | undefined, fractionDigits: number): (value: number) => string {
  if (unit === 'percent') {
    const format = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits })
    return (value) => format.format(value / 100)
  }
  // Large counts (people reached) read better as "480K" / "48万" on a narrow axis.
  const compact = fractionDigits === 0 && (unit === 'people' || unit === 'facilities')
  const format = new Intl.NumberFormat(locale, {
    notation: compact ? 'compact' : 'standard',
    minimumFractionDigits: compact ? 0 : fractionDigits,
    maximumFractionDigits: compact ? 1 : fractionDigits,
  })
  return (value) => format.format(value)
}
