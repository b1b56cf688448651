/**
 * Pure geometry for the impact charts: nice axis ticks and linear scales. No DOM, no React,
 * so the arithmetic is unit-tested on its own and the SVG components only place what it returns.
 */

export interface NiceAxis {
  /** The axis runs from the first to the last tick. */
  domain: [number, number]
  ticks: number[]
  step: number
}

/** 1, 2, 2.5, 5 or 10 times a power of ten: steps that read well on an axis. */
export function niceStep(rawStep: number): number {
  if (!Number.isFinite(rawStep) || rawStep <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(rawStep))
  const fraction = rawStep / power
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
  return nice * power
}

/** Removes the floating-point noise of repeated additions (0.1 + 0.2) from a tick. */
function tidy(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1)
  return Number(value.toFixed(Math.min(decimals, 12)))
}

/**
 * Ticks covering [min, max] with about `count` intervals, the domain widened to whole steps.
 * A flat series (min = max) gets a band around its value; `floor`/`ceiling` keep the axis
 * inside what the unit can take (a share never goes below 0 or above 100).
 */
export function niceAxis(min: number, max: number, count = 5, bounds: { floor?: number; ceiling?: number } = {}): NiceAxis {
  let lo = Math.min(min, max)
  let hi = Math.max(min, max)
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = 0
    hi = 1
  }
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1
    lo -= pad
    hi += pad
  }
  const step = niceStep((hi - lo) / Math.max(1, count))
  let start = Math.floor(lo / step) * step
  let end = Math.ceil(hi / step) * step
  if (bounds.floor !== undefined && start < bounds.floor) start = bounds.floor
  if (bounds.ceiling !== undefined && end > bounds.ceiling) end = bounds.ceiling
  const ticks: number[] = []
  for (let i = 0, v = start; v <= end + step / 1e6; i += 1, v = start + i * step) ticks.push(tidy(v, step))
  // A bound that cut the domain off between two steps still gets its own tick.
  if (ticks[ticks.length - 1]! < end) ticks.push(tidy(end, step))
  return { domain: [tidy(start, step), tidy(end, step)], ticks, step }
}

/** Whole years from first to last, thinned to at most `maxTicks` evenly spaced labels. */
export function yearTicks(first: number, last: number, maxTicks = 8): number[] {
  const lo = Math.ceil(Math.min(first, last))
  const hi = Math.floor(Math.max(first, last))
  const span = hi - lo
  const every = Math.max(1, Math.ceil((span + 1) / Math.max(1, maxTicks)))
  const ticks: number[] = []
  for (let year = lo; year <= hi; year += every) ticks.push(year)
  return ticks
}

/** Maps a domain onto a range linearly; a degenerate domain maps everything to the range's middle. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain
  const [r0, r1] = range
  if (d0 === d1) return () => (r0 + r1) / 2
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0)
}

/** Fraction digits that show the step without noise: 0 for 5, 1 for 2.5 or 0.5, 2 for 0.25. */
export function fractionDigitsFor(step: number): number {
  for (let digits = 0; digits <= 6; digits += 1) {
    if (Math.abs(Math.round(step * 10 ** digits) - step * 10 ** digits) < 1e-9) return digits
  }
  return 6
}
