import { unitBounds, type MetricUnit, metricUnits } from './indicators'

/**
 * The rules a project's metrics must keep so that every chart and table tells the truth:
 * one value per year, years inside the range the data can come from, a target that is not
 * older than its baseline, values the unit can take. Pure: the collection calls it from the
 * `metrics` field's validate and shows the first problems in the editor's admin language.
 */

/** Earliest year a baseline or value may carry: the MDG/SDG monitoring era. */
export const FIRST_YEAR = 1990
/** Latest year a target may be set for. */
export const LAST_YEAR = 2100

export interface MetricInput {
  code?: string | null
  name?: string | null | Record<string, unknown>
  unit?: string | null
  baseline?: { year?: number | null; value?: number | null } | null
  target?: { year?: number | null; value?: number | null } | null
  measurements?: { year?: number | null; value?: number | null }[] | null
}

type Lang = 'en' | 'ja'

export type MetricProblem =
  | { kind: 'duplicate-code'; metric: number; code: string }
  | { kind: 'duplicate-year'; metric: number; year: number }
  | { kind: 'year-out-of-range'; metric: number; year: number; what: 'baseline' | 'target' | 'measurement' }
  | { kind: 'measured-in-future'; metric: number; year: number }
  | { kind: 'measured-before-baseline'; metric: number; year: number; baseline: number }
  | { kind: 'target-before-baseline'; metric: number; target: number; baseline: number }
  | { kind: 'value-out-of-range'; metric: number; value: number; min: number; max?: number }

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

export function metricProblems(metrics: readonly MetricInput[] | null | undefined, now: Date = new Date()): MetricProblem[] {
  const problems: MetricProblem[] = []
  const thisYear = now.getUTCFullYear()
  const codes = new Set<string>()
  ;(metrics ?? []).forEach((metric, index) => {
    const n = index + 1
    const code = metric.code?.trim()
    if (code) {
      if (codes.has(code)) problems.push({ kind: 'duplicate-code', metric: n, code })
      codes.add(code)
    }
    const unit: MetricUnit | null = metricUnits.includes(metric.unit as MetricUnit) ? (metric.unit as MetricUnit) : null
    const bounds = unit ? unitBounds(unit) : { min: Number.NEGATIVE_INFINITY }
    const checkValue = (value: unknown) => {
      if (!isNumber(value)) return
      if (value < bounds.min || (bounds.max !== undefined && value > bounds.max)) {
        problems.push({ kind: 'value-out-of-range', metric: n, value, min: bounds.min, max: bounds.max })
      }
    }
    const checkYear = (year: unknown, what: 'baseline' | 'target' | 'measurement'): year is number => {
      if (!isNumber(year)) return false
      if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
        problems.push({ kind: 'year-out-of-range', metric: n, year, what })
        return false
      }
      return true
    }

    const baselineYear = metric.baseline?.year
    const baselineOk = checkYear(baselineYear, 'baseline')
    checkValue(metric.baseline?.value)
    const targetYear = metric.target?.year
    if (checkYear(targetYear, 'target') && baselineOk && targetYear < (baselineYear as number)) {
      problems.push({ kind: 'target-before-baseline', metric: n, target: targetYear, baseline: baselineYear as number })
    }
    checkValue(metric.target?.value)

    const seen = new Set<number>()
    for (const m of metric.measurements ?? []) {
      checkValue(m.value)
      const year = m.year
      if (!checkYear(year, 'measurement')) continue
      if (seen.has(year)) problems.push({ kind: 'duplicate-year', metric: n, year })
      seen.add(year)
      if (year > thisYear) problems.push({ kind: 'measured-in-future', metric: n, year })
      if (baselineOk && year < (baselineYear as number)) {
        problems.push({ kind: 'measured-before-baseline', metric: n, year, baseline: baselineYear as number })
      }
    }
  })
  return problems
}

const whatLabel: Record<Lang, Record<'baseline' | 'target' | 'measurement', string>> = {
  en: { baseline: 'baseline', target: 'target', measurement: 'measurement' },
  ja: { baseline: 'ベースライン', target: '目標', measurement: '測定値' },
}

/** One sentence per problem, naming the metric by its position as the admin shows it. */
export function describeProblem(problem: MetricProblem, lang: Lang = 'en'): string {
  const m = problem.metric
  if (lang === 'ja') {
    switch (problem.kind) {
      case 'duplicate-code':
        return `指標${m}: コード「${problem.code}」は既に別の指標で使われています。`
      case 'duplicate-year':
        return `指標${m}: ${problem.year}年の測定値が重複しています。1年につき1つの値にしてください。`
      case 'year-out-of-range':
        return `指標${m}: ${whatLabel.ja[problem.what]}の年（${problem.year}）は${FIRST_YEAR}〜${LAST_YEAR}年の整数にしてください。`
      case 'measured-in-future':
        return `指標${m}: ${problem.year}年はまだ測定できません。測定値は今年までの年にしてください。`
      case 'measured-before-baseline':
        return `指標${m}: ${problem.year}年の測定値はベースライン（${problem.baseline}年）より前です。`
      case 'target-before-baseline':
        return `指標${m}: 目標年（${problem.target}年）はベースライン年（${problem.baseline}年）以降にしてください。`
      case 'value-out-of-range':
        return `指標${m}: 値 ${problem.value} はこの単位の範囲（${problem.min}${problem.max === undefined ? '以上' : `〜${problem.max}`}）外です。`
    }
  }
  switch (problem.kind) {
    case 'duplicate-code':
      return `Metric ${m}: the code “${problem.code}” is already used by another metric of this project.`
    case 'duplicate-year':
      return `Metric ${m}: ${problem.year} is measured more than once. Keep one value per year.`
    case 'year-out-of-range':
      return `Metric ${m}: the ${whatLabel.en[problem.what]} year (${problem.year}) must be a whole year from ${FIRST_YEAR} to ${LAST_YEAR}.`
    case 'measured-in-future':
      return `Metric ${m}: ${problem.year} has not happened yet. Measurements must be for this year or earlier.`
    case 'measured-before-baseline':
      return `Metric ${m}: the ${problem.year} measurement is earlier than the baseline year (${problem.baseline}).`
    case 'target-before-baseline':
      return `Metric ${m}: the target year (${problem.target}) must not be earlier than the baseline year (${problem.baseline}).`
    case 'value-out-of-range':
      return `Metric ${m}: ${problem.value} is outside what this unit can take (${problem.max === undefined ? `${problem.min} or more` : `${problem.min}–${problem.max}`}).`
  }
}

/** Payload validate result: true, or every problem as one message in the admin's language. */
export function validateMetrics(metrics: readonly MetricInput[] | null | undefined, lang: string | undefined, now?: Date): true | string {
  const problems = metricProblems(metrics, now)
  if (!problems.length) return true
  return problems.map((p) => describeProblem(p, lang === 'ja' ? 'ja' : 'en')).join(' ')
}

/** Whether an IRIS+ code is shaped like one (two capital letters and four digits, e.g. PI4060). */
export function isIrisCodeShape(value: string): boolean {
  return /^[A-Z]{2}\d{4}$/.test(value)
}
