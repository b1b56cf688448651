/**
 * A fixed-window counter per key, in memory. One process serves the site (the Next server), so
 * memory is the honest store; several instances would each allow the full amount, which is a
 * known, accepted limit of this deployment.
 */

export interface Allowance {
  /** Requests allowed per window. */
  limit: number
  windowMs: number
}

export type Decision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

export interface RateLimiter {
  hit(key: string, allowance: Allowance): Decision
  /** Forgets every counter (tests). */
  reset(): void
}

interface Window {
  startedAt: number
  count: number
  windowMs: number
}

/** Sweeps expired windows now and then so the map does not grow with every IP ever seen. */
const SWEEP_EVERY = 1000

export function createRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, Window>()
  let hits = 0

  function sweep(at: number) {
    for (const [key, window] of windows) if (at - window.startedAt >= window.windowMs) windows.delete(key)
  }

  return {
    hit(key, { limit, windowMs }) {
      const at = now()
      hits += 1
      if (hits % SWEEP_EVERY === 0) sweep(at)
      let window = windows.get(key)
      if (!window || at - window.startedAt >= window.windowMs) {
        window = { startedAt: at, count: 0, windowMs }
        windows.set(key, window)
      }
      if (window.count >= limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + window.windowMs - at) / 1000))
        return { allowed: false, retryAfterSeconds }
      }
      window.count += 1
      return { allowed: true, remaining: limit - window.count }
    },
    reset() {
      windows.clear()
    },
  }
}
