import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { MetricFigure } from '@/components/impact/MetricFigure'
import { metricSeries } from '@/impact/series'

const series = metricSeries({
  baseline: { year: 2022, value: 48 },
  target: { year: 2027, value: 65 },
  measurements: [
    { year: 2023, value: 51 },
    { year: 2024, value: 55 },
    { year: 2025, value: 58 },
  ],
})

function render(locale: 'en' | 'ja' | 'ar' | 'fr', unit: 'index' | 'percent' = 'index') {
  const html = renderToStaticMarkup(
    createElement(MetricFigure, {
      locale,
      id: 'kisumu-uhc',
      title: 'UHC service coverage index: Kisumu pilot',
      tableCaption: 'Values: UHC service coverage index: Kisumu pilot',
      unit,
      direction: 'higher-is-better',
      series,
    }),
  )
  return new DOMParserLite(html)
}

/** Just enough HTML reading for assertions, without a DOM library. */
class DOMParserLite {
  constructor(readonly html: string) {}
  all(pattern: RegExp): string[] {
    return [...this.html.matchAll(pattern)].map((m) => m[1] ?? '')
  }
  /** The n-th chart drawing (0: the wide one, 1: the compact one shown on phones). */
  svg(n = 0): DOMParserLite {
    return new DOMParserLite([...this.html.matchAll(/<svg class="impact-chart[\s\S]*?<\/svg>/g)][n]?.[0] ?? '')
  }
  text(): string {
    return this.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
  }
}

describe('impact metric chart (server-rendered SVG)', () => {
  it('is one image named by its title and described by a trend summary', () => {
    const doc = render('en')
    expect(doc.html).toContain('role="img"')
    expect(doc.html).toContain('aria-labelledby="kisumu-uhc-title"')
    expect(doc.html).toContain('aria-describedby="kisumu-uhc-desc"')
    expect(doc.html).toContain('<title id="kisumu-uhc-title">UHC service coverage index: Kisumu pilot</title>')
    expect(doc.all(/<desc id="kisumu-uhc-desc">([^<]*)<\/desc>/g)[0]).toBe(
      'UHC service coverage index: Kisumu pilot went from 48 in 2022 to 58 in 2025. This is an improvement. The target is 65 by 2027. The target has not been reached yet.',
    )
  })

  it('plots every point with a marker shape for its kind and a direct value label', () => {
    const doc = render('en').svg(0)
    expect(doc.all(/data-kind="(\w+)" data-year="\d+"/g)).toEqual(['baseline', 'measured', 'measured', 'measured', 'target'])
    expect(doc.all(/data-year="(\d+)"/g)).toEqual(['2022', '2023', '2024', '2025', '2027'])
    expect(doc.html).toMatch(/data-kind="baseline"[^>]*><rect /)
    expect(doc.html).toMatch(/data-kind="measured"[^>]*><circle /)
    expect(doc.html).toMatch(/data-kind="target"[^>]*><path /)
    const labels = doc.all(/class="impact-chart__label"[^>]*>([^<]*)</g)
    expect(labels).toEqual(['48', '51', '55', '58', 'Target 65'])
    // Solid observed line and dashed projection to the target: told apart without colour.
    expect(doc.html).toMatch(/class="impact-chart__observed" d="M [\d.]+ [\d.]+ L [\d.]+ [\d.]+ L [\d.]+ [\d.]+ L [\d.]+ [\d.]+"/)
    expect(doc.html).toMatch(/class="impact-chart__projection"[^>]*stroke-dasharray="6 5"/)
  })

  it('puts higher values higher on the chart', () => {
    const doc = render('en').svg(0)
    const ys = doc.all(/data-kind="measured" data-year="\d+" data-value="[\d.]+"><circle [^>]*cy="([\d.]+)"/g).map(Number)
    expect(ys).toHaveLength(3)
    expect(ys[0]!).toBeGreaterThan(ys[1]!)
    expect(ys[1]!).toBeGreaterThan(ys[2]!)
  })

  it('draws a compact version for phones with its own ids, labelling only the first, latest and target values', () => {
    const doc = render('en')
    expect(doc.all(/<svg class="impact-chart (impact-chart--\w+)"/g)).toEqual(['impact-chart--large', 'impact-chart--small'])
    const narrow = doc.svg(1)
    expect(narrow.html).toContain('aria-labelledby="kisumu-uhc-narrow-title"')
    expect(narrow.all(/data-year="(\d+)"/g)).toEqual(['2022', '2023', '2024', '2025', '2027'])
    expect(narrow.all(/class="impact-chart__label"[^>]*>([^<]*)</g)).toEqual(['48', '58', 'Target 65'])
  })

  it('has a data table with a caption, column and row headers and every value', () => {
    const doc = render('en')
    expect(doc.html).toContain('<caption>Values: UHC service coverage index: Kisumu pilot</caption>')
    expect(doc.all(/<th scope="col">([^<]*)<\/th>/g)).toEqual(['Year', 'Value (Index (0–100))', 'Type'])
    expect(doc.all(/<th scope="row">([^<]*)<\/th>/g)).toEqual(['2022', '2023', '2024', '2025', '2027'])
    expect(doc.all(/<td>([^<]*)<\/td>/g)).toEqual(['48', 'Baseline', '51', 'Measured', '55', 'Measured', '58', 'Measured', '65', 'Target'])
  })

  it('has a text legend naming each marker shape and line style', () => {
    const text = render('en').text()
    expect(text).toContain('Baseline (square)')
    expect(text).toContain('Measured (circles on a solid line)')
    expect(text).toContain('Target (hollow diamond, dashed line)')
  })

  it('formats axis ticks and values in the reader’s language and keeps the time axis left to right', () => {
    const fr = render('fr', 'percent')
    // French puts a (narrow) no-break space before the percent sign.
    expect(fr.all(/<td>([^<]*)<\/td>/g)[0]).toMatch(/^48\s%$/u)
    const ar = render('ar')
    expect(ar.html).toContain('dir="ltr"')
    expect(ar.html).toContain('direction="ltr"')
    expect(ar.all(/<th scope="row">([^<]*)<\/th>/g)).toEqual(['2022', '2023', '2024', '2025', '2027'].map((y) => new Intl.NumberFormat('ar', { useGrouping: false }).format(Number(y))))
    expect(render('ja').text()).toContain('目標 65')
  })
})
