import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { config, proxy } from '../../proxy'
import { checkRateLimit, clientIp, createRateLimiter, rateLimitedPaths, ruleFor, scaled } from '@/rateLimit'

const MINUTE = 60_000

describe('fixed-window rate limiter', () => {
  it('allows the allowance, refuses the next request and says how long to wait', () => {
    let now = 0
    const limiter = createRateLimiter(() => now)
    const allowance = { limit: 3, windowMs: 15 * MINUTE }
    expect([1, 2, 3].map(() => limiter.hit('ip', allowance).allowed)).toEqual([true, true, true])
    now = 5 * MINUTE
    expect(limiter.hit('ip', allowance)).toEqual({ allowed: false, retryAfterSeconds: 600 })
  })

  it('opens again when the window has passed', () => {
    let now = 0
    const limiter = createRateLimiter(() => now)
    const allowance = { limit: 1, windowMs: MINUTE }
    expect(limiter.hit('ip', allowance).allowed).toBe(true)
    expect(limiter.hit('ip', allowance).allowed).toBe(false)
    now = MINUTE
    expect(limiter.hit('ip', allowance)).toEqual({ allowed: true, remaining: 0 })
  })

  it('counts each client separately', () => {
    const limiter = createRateLimiter(() => 0)
    const allowance = { limit: 1, windowMs: MINUTE }
    expect(limiter.hit('a', allowance).allowed).toBe(true)
    expect(limiter.hit('b', allowance).allowed).toBe(true)
    expect(limiter.hit('a', allowance).allowed).toBe(false)
  })
})

describe('rate-limit policy', () => {
  it('shares one counter between the site endpoint and Payload’s route for the same action', () => {
    expect(ruleFor('POST', '/api/account/sign-in')?.name).toBe('sign-in')
    expect(ruleFor('POST', '/api/patients/login')?.name).toBe('sign-in')
    expect(ruleFor('POST', '/api/patients')?.name).toBe('sign-up')
    expect(ruleFor('POST', '/api/patients/forgot-password')?.name).toBe('forgot-password')
    expect(ruleFor('POST', '/api/account/inquiries')).toMatchObject({ name: 'inquiry', limit: 10, windowMs: 60 * MINUTE })
  })

  it('does not limit reads or other endpoints', () => {
    expect(ruleFor('GET', '/api/patients')).toBeUndefined()
    expect(ruleFor('POST', '/api/patients/me')).toBeUndefined()
    expect(ruleFor('POST', '/api/account/profile')).toBeUndefined()
  })

  it('multiplies allowances by the deployment factor, never below one', () => {
    expect(scaled({ limit: 5, windowMs: MINUTE }, 100).limit).toBe(500)
    expect(scaled({ limit: 5, windowMs: MINUTE }, 0.01).limit).toBe(1)
  })

  it('takes the client address from the first forwarded entry, then x-real-ip', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }))).toBe('203.0.113.9')
    expect(clientIp(new Headers({ 'x-real-ip': '198.51.100.7' }))).toBe('198.51.100.7')
    expect(clientIp(new Headers())).toBe('local')
  })

  it('limits sign-ups per address: 5 in 15 minutes', () => {
    const limiter = createRateLimiter(() => 0)
    const request = { method: 'POST', pathname: '/api/account/sign-up', headers: new Headers({ 'x-real-ip': '192.0.2.1' }) }
    const decisions = Array.from({ length: 6 }, () => checkRateLimit(request, 1, limiter)?.allowed)
    expect(decisions).toEqual([true, true, true, true, true, false])
  })

  it('routes every limited path through the proxy', () => {
    for (const path of rateLimitedPaths) expect(config.matcher).toContain(path)
  })
})

describe('proxy', () => {
  const signIn = (ip: string, locale?: string) =>
    new NextRequest('http://localhost/api/account/sign-in', {
      method: 'POST',
      headers: { 'x-forwarded-for': ip, ...(locale ? { 'x-kakehashi-locale': locale } : {}) },
    })

  it('answers 429 with Retry-After in the visitor’s language once sign-ins are used up', async () => {
    for (let i = 0; i < 10; i += 1) expect(proxy(signIn('203.0.113.50')).status).toBe(200)
    const refused = proxy(signIn('203.0.113.50', 'ja'))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(900)
    const body = (await refused.json()) as { error: string }
    expect(body.error).toContain('15 分後')
    // Another client is not affected.
    expect(proxy(signIn('203.0.113.51')).status).toBe(200)
  })

  it('still sends a page without a locale to the visitor’s language', () => {
    const response = proxy(new NextRequest('http://localhost/account', { headers: { 'accept-language': 'ja' } }))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('http://localhost/ja/account')
  })
})
