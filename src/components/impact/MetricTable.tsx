import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { valueFormatter, yearFormatter } from '@/impact/format'
import type { MetricUnit } from '@/impact/indicators'
import type { MetricSeries } from '@/impact/series'

/** The chart's accessible equivalent: every value it plots, by year, with what kind of value it is. */
export function MetricTable({ locale, caption, unit, series }: { locale: AppLocale; caption: string; unit: MetricUnit | null | undefined; series: MetricSeries }) {
  const t = getTranslator(locale, 'impact')
  const formatValue = valueFormatter(locale, unit, 2)
  const formatYear = yearFormatter(locale)
  return (
    <table className="impact-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.year')}</th>
          <th scope="col">{unit ? t('table.valueIn', { unit: t(`units.${unit}`) }) : t('table.value')}</th>
          <th scope="col">{t('table.kind')}</th>
        </tr>
      </thead>
      <tbody>
        {series.all.map((p) => (
          <tr key={`${p.kind}-${p.year}`} className={`impact-table__row--${p.kind}`}>
            <th scope="row">{formatYear(p.year)}</th>
            <td>{formatValue(p.value)}</td>
            <td>{t(`kind.${p.kind}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
