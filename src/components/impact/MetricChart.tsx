import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { yearFormatter, tickFormatter, valueFormatter } from '@/impact/format'
import { unitBounds, type MetricDirection, type MetricUnit } from '@/impact/indicators'
import { fractionDigitsFor, linearScale, niceAxis, yearTicks, type NiceAxis } from '@/impact/scale'
import { summariseTrend, type MetricSeries, type SeriesPoint } from '@/impact/series'

/**
 * One metric over time as a server-rendered SVG line chart, readable without colour: the
 * baseline is a square, measured values are circles on a solid line, the target is a hollow
 * diamond reached by a dashed line, and every point carries its value as a direct label. The
 * chart is one image to assistive technology, named by its <title> (aria-labelledby) and described
 * by a <desc> sentence summarising the trend (aria-describedby); the data table next to it is
 * the full accessible equivalent.
 *
 * The time axis runs left to right in every locale (Arabic statistical publications do the
 * same), so the SVG is laid out LTR even on right-to-left pages.
 */

export interface ChartSize {
  width: number
  height: number
  margin: { top: number; right: number; bottom: number; left: number }
  /** Label every point, or only the first, latest and target (small multiples). */
  labelAll: boolean
}

export const chartSizes = {
  large: { width: 640, height: 300, margin: { top: 28, right: 32, bottom: 40, left: 64 }, labelAll: true },
  small: { width: 360, height: 220, margin: { top: 26, right: 24, bottom: 36, left: 56 }, labelAll: false },
} satisfies Record<string, ChartSize>

export interface MetricChartProps {
  locale: AppLocale
  /** Unique in the page: prefixes the title and description ids. */
  id: string
  /** The accessible name: what the chart shows, e.g. "UHC service coverage index, Kisumu pilot". */
  title: string
  unit: MetricUnit | null | undefined
  direction: MetricDirection | null | undefined
  series: MetricSeries
  size?: keyof typeof chartSizes
  /** Shared axes for small multiples, so neighbouring charts compare at a glance. */
  yAxis?: NiceAxis
  years?: [number, number]
}

/** The y axis a set of series needs, kept inside what the unit can take. */
export function axisFor(seriesList: MetricSeries[], unit: MetricUnit | null | undefined, ticks = 5): NiceAxis {
  const values = seriesList.flatMap((s) => s.all.map((p) => p.value))
  const bounds = unit ? unitBounds(unit) : { min: undefined, max: undefined }
  const lo = values.length ? Math.min(...values) : 0
  const hi = values.length ? Math.max(...values) : 1
  return niceAxis(lo, hi, ticks, { floor: bounds.min, ceiling: bounds.max })
}

export function yearsFor(seriesList: MetricSeries[]): [number, number] {
  const years = seriesList.flatMap((s) => s.all.map((p) => p.year))
  if (!years.length) return [0, 1]
  return [Math.min(...years), Math.max(...years)]
}

/** Marker shapes, shared with the legend. Centred on (x, y). */
export function Marker({ kind, x, y, r = 5 }: { kind: SeriesPoint['kind']; x: number; y: number; r?: number }) {
  if (kind === 'baseline') {
    return <rect className="impact-marker impact-marker--baseline" x={x - r} y={y - r} width={r * 2} height={r * 2} />
  }
  if (kind === 'target') {
    const d = r * 1.4
    return (
      <path
        className="impact-marker impact-marker--target"
        d={`M ${x} ${y - d} L ${x + d} ${y} L ${x} ${y + d} L ${x - d} ${y} Z`}
        fill="#fff"
        strokeWidth={2}
      />
    )
  }
  return <circle className="impact-marker impact-marker--measured" cx={x} cy={y} r={r} />
}

const round = (n: number) => Math.round(n * 10) / 10

export function MetricChart({ locale, id, title, unit, direction, series, size = 'large', yAxis, years }: MetricChartProps) {
  const t = getTranslator(locale, 'impact')
  const dims: ChartSize = chartSizes[size]
  const { width, height, margin } = dims
  const axis = yAxis ?? axisFor([series], unit)
  const [firstYear, lastYear] = years ?? yearsFor([series])
  const x = linearScale([firstYear - 0.5, lastYear + 0.5], [margin.left, width - margin.right])
  const y = linearScale(axis.domain, [height - margin.bottom, margin.top])
  const formatTick = tickFormatter(locale, unit, fractionDigitsFor(axis.step))
  const formatValue = valueFormatter(locale, unit)
  const formatYear = yearFormatter(locale)
  const xTicks = yearTicks(firstYear, lastYear, size === 'small' ? 5 : 10)

  const observedPath = series.observed.map((p, i) => `${i ? 'L' : 'M'} ${round(x(p.year))} ${round(y(p.value))}`).join(' ')
  const lastObserved = series.observed[series.observed.length - 1]
  const projection =
    lastObserved && series.target
      ? `M ${round(x(lastObserved.year))} ${round(y(lastObserved.value))} L ${round(x(series.target.year))} ${round(y(series.target.value))}`
      : null

  const labelled = new Set<SeriesPoint>(
    dims.labelAll ? series.all : [series.observed[0], lastObserved, series.target].filter((p): p is SeriesPoint => Boolean(p)),
  )

  const summary = describeTrend(locale, title, unit, direction, series)
  const titleId = `${id}-title`
  const descId = `${id}-desc`

  return (
    <svg
      className={`impact-chart impact-chart--${size}`}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      direction="ltr"
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{summary}</desc>
      <g className="impact-chart__grid">
        {axis.ticks.map((tick) => (
          <g key={`y${tick}`}>
            <line x1={margin.left} x2={width - margin.right} y1={round(y(tick))} y2={round(y(tick))} />
            <text className="impact-chart__tick" x={margin.left - 8} y={round(y(tick))} textAnchor="end" dominantBaseline="middle">
              {formatTick(tick)}
            </text>
          </g>
        ))}
      </g>
      <g className="impact-chart__x-axis">
        <line x1={margin.left} x2={width - margin.right} y1={height - margin.bottom} y2={height - margin.bottom} />
        {xTicks.map((year) => (
          <text key={`x${year}`} className="impact-chart__tick" x={round(x(year))} y={height - margin.bottom + 18} textAnchor="middle">
            {formatYear(year)}
          </text>
        ))}
      </g>
      {series.observed.length > 1 ? <path className="impact-chart__observed" d={observedPath} fill="none" strokeWidth={2.5} /> : null}
      {projection ? <path className="impact-chart__projection" d={projection} fill="none" strokeWidth={2} strokeDasharray="6 5" /> : null}
      {series.all.map((p) => (
        <g key={`${p.kind}-${p.year}`} className="impact-chart__point" data-kind={p.kind} data-year={p.year} data-value={p.value}>
          <Marker kind={p.kind} x={round(x(p.year))} y={round(y(p.value))} r={size === 'small' ? 4 : 5} />
          {labelled.has(p) ? (
            <text className="impact-chart__label" x={round(x(p.year))} y={round(y(p.value)) - 11} textAnchor="middle">
              {p.kind === 'target' ? t('chart.targetLabel', { value: formatValue(p.value) }) : formatValue(p.value)}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  )
}

/** The chart's description: where the series started, where it is now, which way that is, and the target. */
export function describeTrend(
  locale: AppLocale,
  title: string,
  unit: MetricUnit | null | undefined,
  direction: MetricDirection | null | undefined,
  series: MetricSeries,
): string {
  const t = getTranslator(locale, 'impact')
  const formatValue = valueFormatter(locale, unit)
  const formatYear = yearFormatter(locale)
  const { trend, first, latest, targetReached } = summariseTrend({
    direction,
    baseline: series.baseline,
    measurements: series.measured,
    target: series.target,
  })
  const parts: string[] = []
  if (first && latest) {
    parts.push(
      t('chart.moved', {
        metric: title,
        first: formatValue(first.value),
        firstYear: formatYear(first.year),
        latest: formatValue(latest.value),
        latestYear: formatYear(latest.year),
      }),
    )
    parts.push(t(`chart.trend.${trend}`))
  } else if (first) {
    parts.push(t('chart.single', { metric: title, value: formatValue(first.value), year: formatYear(first.year) }))
  } else {
    parts.push(t('chart.noData', { metric: title }))
  }
  if (series.target) {
    parts.push(t('chart.target', { value: formatValue(series.target.value), year: formatYear(series.target.year) }))
    if (targetReached !== null) parts.push(t(targetReached ? 'chart.targetReached' : 'chart.targetNotReached'))
  }
  return parts.join(' ')
}
