import { createRateLimiter, type Decision } from './limiter'
import { clientIp, ruleFor, scaled } from './policy'

export { createRateLimiter, type Allowance, type Decision, type RateLimiter } from './limiter'
export { clientIp, rateLimitedPaths, rateRules, ruleFor, scaled, type RateRule } from './policy'

/** The process-wide limiter the proxy uses. */
export const siteLimiter = createRateLimiter()

/** The decision for one request, or undefined when no rule covers it. */
export function checkRateLimit(
  request: { method: string; headers: Headers; pathname: string },
  factor: number,
  limiter = siteLimiter,
): Decision | undefined {
  const rule = ruleFor(request.method, request.pathname)
  if (!rule) return undefined
  return limiter.hit(`${rule.name}:${clientIp(request.headers)}`, scaled(rule, factor))
}
