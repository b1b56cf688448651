import type { Allowance } from './limiter'

/**
 * Which requests are limited, and how much. The site's own endpoints and the Payload REST routes
 * that do the same thing share a rule (and a counter), so neither is a way around the other.
 */

export interface RateRule extends Allowance {
  name: 'sign-up' | 'sign-in' | 'forgot-password' | 'inquiry' | 'training-application' | 'partner-registration' | 'partner-request'
  method: 'POST'
  paths: readonly string[]
}

const MINUTE = 60 * 1000

export const rateRules: readonly RateRule[] = [
  { name: 'sign-up', method: 'POST', paths: ['/api/account/sign-up', '/api/patients'], limit: 5, windowMs: 15 * MINUTE },
  { name: 'sign-in', method: 'POST', paths: ['/api/account/sign-in', '/api/patients/login'], limit: 10, windowMs: 15 * MINUTE },
  {
    name: 'forgot-password',
    method: 'POST',
    paths: ['/api/account/forgot-password', '/api/patients/forgot-password'],
    limit: 5,
    windowMs: 15 * MINUTE,
  },
  { name: 'inquiry', method: 'POST', paths: ['/api/account/inquiries'], limit: 10, windowMs: 60 * MINUTE },
  // Government side: public forms that write records (and, for applications, files).
  {
    name: 'training-application',
    method: 'POST',
    paths: ['/api/training/applications', '/api/training-applications', '/api/application-files'],
    limit: 10,
    windowMs: 60 * MINUTE,
  },
  { name: 'partner-registration', method: 'POST', paths: ['/api/partners/register', '/api/partners'], limit: 5, windowMs: 60 * MINUTE },
  { name: 'partner-request', method: 'POST', paths: ['/api/partners/requests', '/api/partner-requests'], limit: 20, windowMs: 60 * MINUTE },
]

/** Every path a rule names (the proxy's matcher must include each). */
export const rateLimitedPaths: readonly string[] = rateRules.flatMap((rule) => rule.paths)

export function ruleFor(method: string, pathname: string): RateRule | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  return rateRules.find((rule) => rule.method === method.toUpperCase() && rule.paths.includes(path))
}

/** The allowance with the deployment's factor applied (never below one request). */
export function scaled(rule: Allowance, factor: number): Allowance {
  return { limit: Math.max(1, Math.floor(rule.limit * factor)), windowMs: rule.windowMs }
}

/** The client's address as the reverse proxy reports it; 'local' when nothing says. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  if (forwarded) return forwarded
  const real = headers.get('x-real-ip')?.trim()
  return real || 'local'
}
