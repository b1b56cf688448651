import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

import { Marker } from './MetricChart'

/** A text legend: each marker and line style drawn once and named, so no key depends on colour. */
export function ChartLegend({ locale }: { locale: AppLocale }) {
  const t = getTranslator(locale, 'impact')
  const sample = (children: React.ReactNode) => (
    <svg className="impact-legend__sample" viewBox="0 0 40 16" width={40} height={16} aria-hidden="true" focusable="false">
      {children}
    </svg>
  )
  return (
    <ul className="impact-legend" aria-label={t('legend.label')}>
      <li>
        {sample(<Marker kind="baseline" x={20} y={8} />)}
        {t('legend.baseline')}
      </li>
      <li>
        {sample(
          <>
            <path className="impact-chart__observed" d="M 2 8 L 38 8" fill="none" strokeWidth={2.5} />
            <Marker kind="measured" x={20} y={8} />
          </>,
        )}
        {t('legend.measured')}
      </li>
      <li>
        {sample(
          <>
            <path className="impact-chart__projection" d="M 2 8 L 28 8" fill="none" strokeWidth={2} strokeDasharray="6 5" />
            <Marker kind="target" x={31} y={8} r={4} />
          </>,
        )}
        {t('legend.target')}
      </li>
    </ul>
  )
}
