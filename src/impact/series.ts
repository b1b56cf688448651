import type { MetricDirection } from './indicators'

/**
 * A metric's values as one time series: the baseline, what was measured since, and the target.
 * Pure, so the chart, its data table, the accessible summary and the JSON-LD agree.
 */

export interface MetricValues {
  baseline?: { year?: number | null; value?: number | null } | null
  target?: { year?: number | null; value?: number | null } | null
  measurements?: { year?: number | null; value?: number | null }[] | null
  direction?: MetricDirection | null
}

export type PointKind = 'baseline' | 'measured' | 'target'

export interface SeriesPoint {
  year: number
  value: number
  kind: PointKind
}

export interface MetricSeries {
  baseline: SeriesPoint | null
  measured: SeriesPoint[]
  target: SeriesPoint | null
  /** Baseline and measured values in year order: the observed line. */
  observed: SeriesPoint[]
  /** Everything, target included, in year order (the table's rows). */
  all: SeriesPoint[]
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

function point(raw: { year?: number | null; value?: number | null } | null | undefined, kind: PointKind): SeriesPoint | null {
  return raw && isNumber(raw.year) && isNumber(raw.value) ? { year: raw.year, value: raw.value, kind } : null
}

export function metricSeries(metric: MetricValues): MetricSeries {
  const baseline = point(metric.baseline, 'baseline')
  const target = point(metric.target, 'target')
  const measured = (metric.measurements ?? [])
    .map((m) => point(m, 'measured'))
    .filter((p): p is SeriesPoint => p !== null)
    .sort((a, b) => a.year - b.year)
  const observed = [...(baseline ? [baseline] : []), ...measured].sort((a, b) => a.year - b.year)
  const all = [...observed, ...(target ? [target] : [])]
  return { baseline, measured, target, observed, all }
}

export type Trend = 'improving' | 'worsening' | 'unchanged' | 'unknown'

export interface TrendSummary {
  trend: Trend
  first: SeriesPoint | null
  latest: SeriesPoint | null
  /** Whether the latest value already reaches the target, judged by the metric's direction. */
  targetReached: boolean | null
}

/** How the observed values moved from the first to the latest, judged by which way is better. */
export function summariseTrend(metric: MetricValues): TrendSummary {
  const { observed, target } = metricSeries(metric)
  const first = observed[0] ?? null
  const latest = observed.length > 1 ? observed[observed.length - 1]! : null
  const higherBetter = (metric.direction ?? 'higher-is-better') === 'higher-is-better'
  let trend: Trend = 'unknown'
  if (first && latest) {
    const change = latest.value - first.value
    trend = change === 0 ? 'unchanged' : change > 0 === higherBetter ? 'improving' : 'worsening'
  }
  const last = latest ?? first
  const targetReached = target && last ? (higherBetter ? last.value >= target.value : last.value <= target.value) : null
  return { trend, first, latest, targetReached }
}
