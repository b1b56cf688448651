/** Attempts before an email is given up as `failed` (about a day and a half of retries). */
export const MAX_ATTEMPTS = 10

const BASE_DELAY_MS = 30_000
const MAX_DELAY_MS = 6 * 60 * 60 * 1000

/**
 * Wait before the next attempt after `attempts` failed ones: doubling from 30 s up to 6 h, spread
 * ±20 % so emails that failed together (a provider outage) do not all retry in the same second.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1))
  return Math.round(exponential * (0.8 + 0.4 * random()))
}

/** What happens to a row after a failed attempt. */
export function afterFailure(attempts: number, now: Date, random?: () => number): { status: 'pending' | 'failed'; nextAttemptAt: Date } {
  if (attempts >= MAX_ATTEMPTS) return { status: 'failed', nextAttemptAt: now }
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, random)) }
}
