import { describe, expect, it } from 'vitest'

import { fractionDigitsFor, linearScale, niceAxis, niceStep, yearTicks } from '@/impact/scale'
import { metricSeries, summariseTrend } from '@/impact/series'

describe('impact chart scales', () => {
  it('rounds a raw step up to 1, 2, 2.5, 5 or 10 times a power of ten', () => {
    expect([0.07, 0.3, 1, 1.4, 2.2, 3, 7, 12, 260, 4100].map(niceStep)).toEqual([0.1, 0.5, 1, 2, 2.5, 5, 10, 20, 500, 5000])
  })

  it('covers the data with whole steps: 48–65 becomes 45–65 in steps of 5', () => {
    expect(niceAxis(48, 65, 5)).toEqual({ domain: [45, 65], ticks: [45, 50, 55, 60, 65], step: 5 })
  })

  it('keeps a share inside 0–100 even when the nice step would overshoot', () => {
    const axis = niceAxis(86.5, 96, 4, { floor: 0, ceiling: 100 })
    expect(axis.domain[1]).toBeLessThanOrEqual(100)
    expect(axis.ticks[0]).toBeLessThanOrEqual(86.5)
    expect(axis.ticks.at(-1)).toBeGreaterThanOrEqual(96)
    expect(niceAxis(0, 99, 4, { floor: 0, ceiling: 100 }).ticks.at(-1)).toBe(100)
  })

  it('gives a flat series a band around its value instead of dividing by zero', () => {
    const axis = niceAxis(50, 50)
    expect(axis.domain[0]).toBeLessThan(50)
    expect(axis.domain[1]).toBeGreaterThan(50)
    expect(niceAxis(0, 0).ticks.length).toBeGreaterThan(1)
  })

  it('prints decimal ticks without floating-point noise', () => {
    const axis = niceAxis(6, 12.4, 5)
    expect(axis.ticks.every((t) => String(t).length <= 4)).toBe(true)
    expect(niceAxis(0.1, 0.7, 6).ticks).toContain(0.3)
  })

  it('labels whole years and thins them to the room there is', () => {
    expect(yearTicks(2022, 2027)).toEqual([2022, 2023, 2024, 2025, 2026, 2027])
    expect(yearTicks(2000, 2030, 4)).toEqual([2000, 2008, 2016, 2024])
  })

  it('maps a domain linearly onto a range, inverted for the y axis', () => {
    const y = linearScale([0, 100], [260, 20])
    expect(y(0)).toBe(260)
    expect(y(100)).toBe(20)
    expect(y(50)).toBe(140)
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5)
  })

  it('shows as many decimals as the step needs', () => {
    expect([5, 2.5, 0.5, 0.25, 1000].map(fractionDigitsFor)).toEqual([0, 1, 1, 2, 0])
  })
})

describe('impact metric series', () => {
  const metric = {
    direction: 'lower-is-better' as const,
    baseline: { year: 2022, value: 12.4 },
    target: { year: 2027, value: 7 },
    measurements: [
      { year: 2025, value: 9.1 },
      { year: 2023, value: 11.6 },
      { year: 2024, value: 10.2 },
    ],
  }

  it('orders baseline and measurements by year and puts the target last', () => {
    const series = metricSeries(metric)
    expect(series.all.map((p) => `${p.kind}:${p.year}`)).toEqual(['baseline:2022', 'measured:2023', 'measured:2024', 'measured:2025', 'target:2027'])
  })

  it('calls a falling value an improvement when lower is better, and says the target is not reached', () => {
    expect(summariseTrend(metric)).toMatchObject({ trend: 'improving', targetReached: false, latest: { year: 2025, value: 9.1 } })
    expect(summariseTrend({ ...metric, direction: 'higher-is-better' }).trend).toBe('worsening')
  })
})
