import type { AppLocale } from '@/i18n/locales'
import type { MetricDirection, MetricUnit } from '@/impact/indicators'
import type { NiceAxis } from '@/impact/scale'
import type { MetricSeries } from '@/impact/series'

import { ChartLegend } from './ChartLegend'
import { MetricChart, type chartSizes } from './MetricChart'
import { MetricTable } from './MetricTable'

export interface MetricFigureProps {
  locale: AppLocale
  id: string
  /** Names the chart (its accessible name) and the table (its caption). */
  title: string
  tableCaption: string
  unit: MetricUnit | null | undefined
  direction: MetricDirection | null | undefined
  series: MetricSeries
  size?: keyof typeof chartSizes
  yAxis?: NiceAxis
  years?: [number, number]
  legend?: boolean
}

/** A chart with its data table beside it (below it on narrow screens). */
export function MetricFigure({ legend = true, tableCaption, ...chart }: MetricFigureProps) {
  return (
    <figure className={`impact-figure impact-figure--${chart.size ?? 'large'}`}>
      <div className="impact-figure__visual">
        {/* The time axis reads left to right in every locale; the legend follows the page's direction. */}
        {chart.size === 'small' ? (
          <div className="impact-figure__chart" dir="ltr">
            <MetricChart {...chart} />
          </div>
        ) : (
          <>
            {/* A wide chart's labels would shrink to unreadable on a phone: phones get the compact
                drawing instead. The hidden one is display:none, so assistive technology meets one image. */}
            <div className="impact-figure__chart impact-figure__chart--wide" dir="ltr">
              <MetricChart {...chart} size="large" />
            </div>
            <div className="impact-figure__chart impact-figure__chart--narrow" dir="ltr">
              <MetricChart {...chart} id={`${chart.id}-narrow`} size="small" />
            </div>
          </>
        )}
        {legend ? <ChartLegend locale={chart.locale} /> : null}
      </div>
      <div className="impact-figure__table">
        <MetricTable locale={chart.locale} caption={tableCaption} unit={chart.unit} series={chart.series} />
      </div>
    </figure>
  )
}
