import { describe, expect, it } from 'vitest'

import { describeProblem, metricProblems, validateMetrics } from '@/impact/validation'

const now = new Date('2026-06-01T00:00:00Z')

const good = {
  code: 'uhc-sci',
  unit: 'index',
  baseline: { year: 2022, value: 48 },
  target: { year: 2027, value: 65 },
  measurements: [
    { year: 2023, value: 51 },
    { year: 2024, value: 55 },
  ],
}

describe('impact metric validation', () => {
  it('accepts a metric with one value per year after its baseline', () => {
    expect(metricProblems([good], now)).toEqual([])
    expect(validateMetrics([good], 'en', now)).toBe(true)
  })

  it('refuses the same year measured twice, naming the metric and the year', () => {
    const metric = { ...good, code: 'catastrophic-10', measurements: [...good.measurements, { year: 2024, value: 56 }] }
    expect(metricProblems([good, metric], now)).toEqual([{ kind: 'duplicate-year', metric: 2, year: 2024 }])
    expect(validateMetrics([good, metric], 'en', now)).toBe('Metric 2: 2024 is measured more than once. Keep one value per year.')
    expect(validateMetrics([good, metric], 'ja', now)).toBe('指標2: 2024年の測定値が重複しています。1年につき1つの値にしてください。')
  })

  it('refuses a target year before the baseline year', () => {
    const problems = metricProblems([{ ...good, target: { year: 2020, value: 65 } }], now)
    expect(problems).toEqual([{ kind: 'target-before-baseline', metric: 1, target: 2020, baseline: 2022 }])
    expect(describeProblem(problems[0]!)).toContain('target year (2020) must not be earlier than the baseline year (2022)')
  })

  it('refuses years outside 1990–2100, measurements before the baseline or in the future', () => {
    const kinds = metricProblems(
      [
        {
          ...good,
          measurements: [
            { year: 1890, value: 40 },
            { year: 2021, value: 47 },
            { year: 2028, value: 70 },
          ],
        },
      ],
      now,
    ).map((p) => p.kind)
    expect(kinds).toEqual(['year-out-of-range', 'measured-before-baseline', 'measured-in-future'])
  })

  it('refuses values a unit cannot take: an index above 100, a negative rate', () => {
    expect(metricProblems([{ ...good, target: { year: 2027, value: 120 } }], now)).toEqual([
      { kind: 'value-out-of-range', metric: 1, value: 120, min: 0, max: 100 },
    ])
    expect(metricProblems([{ ...good, unit: 'per-1k-live-births', baseline: { year: 2022, value: -3 } }], now)[0]?.kind).toBe('value-out-of-range')
  })

  it('refuses two metrics with the same code in one project', () => {
    expect(metricProblems([good, { ...good }], now)).toEqual([{ kind: 'duplicate-code', metric: 2, code: 'uhc-sci' }])
  })
})
