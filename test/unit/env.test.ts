import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { EnvError, parseDatabaseUri, parseEnv } from '@/env'

/** The error parseEnv/parseDatabaseUri throws, so a test can read the message a person would see. */
function errorOf(run: () => unknown): Error {
  try {
    run()
  } catch (error) {
    if (error instanceof Error) return error
    throw new Error(`threw a non-Error: ${String(error)}`)
  }
  throw new Error('expected an error, but none was thrown')
}

describe('parseDatabaseUri', () => {
  it('defaults to the embedded SQLite file under ./data', () => {
    expect(parseDatabaseUri(undefined)).toEqual({
      kind: 'sqlite',
      url: 'file:./data/kakehashi.db',
      path: './data/kakehashi.db',
    })
    expect(parseDatabaseUri('   ')).toMatchObject({ kind: 'sqlite', path: './data/kakehashi.db' })
  })

  it('uses the given SQLite file', () => {
    expect(parseDatabaseUri('file:/var/lib/kakehashi/site.db')).toEqual({
      kind: 'sqlite',
      url: 'file:/var/lib/kakehashi/site.db',
      path: '/var/lib/kakehashi/site.db',
    })
  })

  it('selects MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    const uri = 'mongodb://mongo:27017/kakehashi?replicaSet=rs0'
    expect(parseDatabaseUri(uri)).toEqual({ kind: 'mongodb', url: uri })
    expect(parseDatabaseUri('mongodb+srv://cluster.example.net/kakehashi')).toEqual({
      kind: 'mongodb',
      url: 'mongodb+srv://cluster.example.net/kakehashi',
    })
  })

  it('rejects an unknown scheme with a message naming DATABASE_URI', () => {
    const error = errorOf(() => parseDatabaseUri('postgres://db:5432/kakehashi'))
    expect(error).toBeInstanceOf(EnvError)
    expect(error.message).toContain('DATABASE_URI')
    expect(error.message).toContain('postgres')
    // The message names the scheme but never echoes credentials from the URI.
    expect(parseDatabaseUri.bind(null, 'mysql://user:hunter2@db/k')).toThrow(/^(?!.*hunter2).*DATABASE_URI/)
  })

  it('rejects file: without a path, naming DATABASE_URI', () => {
    expect(() => parseDatabaseUri('file:')).toThrow(/DATABASE_URI/)
  })
})

describe('parseEnv', () => {
  it('runs a fresh checkout with no variables set', () => {
    const env = parseEnv({})
    expect(env.nodeEnv).toBe('development')
    expect(env.database).toEqual({ kind: 'sqlite', url: 'file:./data/kakehashi.db', path: './data/kakehashi.db' })
    expect(env.payloadSecret.length).toBeGreaterThanOrEqual(16)
    expect(env.serverUrl).toBe('http://localhost:3000')
    expect(env.mediaDir).toBe('./data/media')
    expect(env.seed).toEqual({ adminEmail: 'admin@kakehashi.example', password: 'kakehashi-demo-2026' })
  })

  it('derives the default server URL from PORT', () => {
    expect(parseEnv({ PORT: '4000' }).serverUrl).toBe('http://localhost:4000')
  })

  it('keeps only the origin of SERVER_URL, so canonical URLs never get a doubled slash', () => {
    expect(parseEnv({ SERVER_URL: 'https://kakehashi.example/' }).serverUrl).toBe('https://kakehashi.example')
  })

  it('rejects a SERVER_URL that is not an absolute URL, naming the variable', () => {
    expect(() => parseEnv({ SERVER_URL: 'kakehashi.example' })).toThrow(/SERVER_URL/)
  })

  it('selects MongoDB when DATABASE_URI is a mongodb:// URI', () => {
    const env = parseEnv({ DATABASE_URI: 'mongodb://localhost:27017/kakehashi' })
    expect(env.database).toEqual({ kind: 'mongodb', url: 'mongodb://localhost:27017/kakehashi' })
  })

  it('reports a bad DATABASE_URI by name', () => {
    const error = errorOf(() => parseEnv({ DATABASE_URI: 'sqlite:kakehashi.db' }))
    expect(error).toBeInstanceOf(EnvError)
    expect(error.message).toMatch(/^Environment variable DATABASE_URI /)
  })

  it('refuses a PAYLOAD_SECRET shorter than 16 characters, naming the variable', () => {
    const error = errorOf(() => parseEnv({ PAYLOAD_SECRET: 'too-short' }))
    expect(error).toBeInstanceOf(EnvError)
    expect(error.message).toBe('Environment variable PAYLOAD_SECRET must be at least 16 characters')
    // Also in production, where a short secret is as bad as none.
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'too-short' })).toThrow(/PAYLOAD_SECRET/)
  })

  it('refuses to start in production without PAYLOAD_SECRET', () => {
    const error = errorOf(() => parseEnv({ NODE_ENV: 'production' }))
    expect(error).toBeInstanceOf(EnvError)
    expect(error.message).toBe('Environment variable PAYLOAD_SECRET is required in production')
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: '   ' })).toThrow(/PAYLOAD_SECRET/)
  })

  it('uses the given secret in production', () => {
    const secret = 'a-production-secret-0123456789'
    const env = parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })
    expect(env.nodeEnv).toBe('production')
    expect(env.payloadSecret).toBe(secret)
  })

  it('lets a production build run on the development secret only when explicitly allowed', () => {
    const env = parseEnv({ NODE_ENV: 'production', KAKEHASHI_ALLOW_DEV_SECRET: 'true' })
    expect(env.payloadSecret.length).toBeGreaterThanOrEqual(16)
    expect(() => parseEnv({ NODE_ENV: 'production', KAKEHASHI_ALLOW_DEV_SECRET: '1' })).toThrow(/PAYLOAD_SECRET/)
  })

  it('validates the seed administrator, naming the variable', () => {
    expect(parseEnv({ SEED_ADMIN_EMAIL: ' Admin@Hospital.Example ' }).seed.adminEmail).toBe('admin@hospital.example')
    expect(() => parseEnv({ SEED_ADMIN_EMAIL: 'not-an-email' })).toThrow(/SEED_ADMIN_EMAIL/)
    expect(() => parseEnv({ SEED_PASSWORD: 'short' })).toThrow(/SEED_PASSWORD/)
  })

  it('reads MEDIA_DIR', () => {
    expect(parseEnv({ MEDIA_DIR: '/app/data/media' }).mediaDir).toBe('/app/data/media')
  })
})

describe('search engine variables', () => {
  it('uses the embedded engine when MEILI_HOST is unset', () => {
    expect(parseEnv({}).search).toEqual({})
    expect(parseEnv({ MEILI_MASTER_KEY: 'a-key-of-sixteen-chars' }).search).toEqual({})
  })

  it('selects Meilisearch with its key, keeping a path prefix but no trailing slash', () => {
    expect(parseEnv({ MEILI_HOST: 'http://meilisearch:7700/', MEILI_MASTER_KEY: ' master-key-0123456789 ' }).search).toEqual({
      meiliHost: 'http://meilisearch:7700',
      meiliKey: 'master-key-0123456789',
    })
    expect(parseEnv({ MEILI_HOST: 'https://search.example/meili/' }).search).toEqual({ meiliHost: 'https://search.example/meili' })
  })

  it('rejects a MEILI_HOST that is not an http(s) URL, or that carries credentials, naming the variable', () => {
    expect(() => parseEnv({ MEILI_HOST: 'meilisearch:7700' })).toThrow(/MEILI_HOST/)
    expect(() => parseEnv({ MEILI_HOST: 'ftp://meili.example' })).toThrow(/MEILI_HOST/)
    expect(() => parseEnv({ MEILI_HOST: 'not a url at all' })).toThrow(/^Environment variable MEILI_HOST /)
    const error = errorOf(() => parseEnv({ MEILI_HOST: 'http://admin:hunter2@meili:7700' }))
    expect(error.message).toMatch(/MEILI_HOST/)
    expect(error.message).not.toContain('hunter2')
  })

  it('requires MEILI_MASTER_KEY with MEILI_HOST in production, and refuses a short one', () => {
    const production = { NODE_ENV: 'production', PAYLOAD_SECRET: 'a-production-secret-0123456789', MEILI_HOST: 'http://meili:7700' }
    expect(() => parseEnv(production)).toThrow(/^Environment variable MEILI_MASTER_KEY is required/)
    expect(parseEnv({ ...production, MEILI_MASTER_KEY: 'master-key-0123456789' }).search.meiliKey).toBe('master-key-0123456789')
    expect(() => parseEnv({ MEILI_HOST: 'http://meili:7700', MEILI_MASTER_KEY: 'short' })).toThrow(/MEILI_MASTER_KEY/)
  })
})

describe('payment, email, booking and rate-limit variables', () => {
  it('uses the offline payment adapter and the console email adapter when nothing is set', () => {
    const env = parseEnv({})
    expect(env.payments).toEqual({})
    expect(env.email).toEqual({ from: 'Kakehashi <no-reply@kakehashi.example>', resendApiKey: undefined })
    expect(env.booking.holdMinutes).toBe(30)
    expect(env.rateLimitFactor).toBe(1)
    expect(env.medicalDocumentsDir).toBe('./data/medical-documents')
  })

  it('selects Stripe with its webhook secret, pointing the SDK at another API origin when asked', () => {
    const env = parseEnv({
      STRIPE_SECRET_KEY: 'sk_test_abc',
      STRIPE_WEBHOOK_SECRET: 'whsec_xyz',
      STRIPE_API_URL: 'http://localhost:12111',
    })
    expect(env.payments.stripe).toEqual({
      secretKey: 'sk_test_abc',
      webhookSecret: 'whsec_xyz',
      apiUrl: { protocol: 'http', host: 'localhost', port: 12111 },
    })
  })

  it('refuses Stripe without a webhook secret, or with keys of the wrong kind, naming the variable', () => {
    expect(() => parseEnv({ STRIPE_SECRET_KEY: 'sk_test_abc' })).toThrow(/STRIPE_WEBHOOK_SECRET is required/)
    expect(() => parseEnv({ STRIPE_SECRET_KEY: 'pk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_x' })).toThrow(/STRIPE_SECRET_KEY/)
    expect(() => parseEnv({ STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'secret' })).toThrow(/STRIPE_WEBHOOK_SECRET/)
    expect(() =>
      parseEnv({ STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_x', STRIPE_API_URL: 'ftp://x' }),
    ).toThrow(/STRIPE_API_URL/)
  })

  it('reads the Resend key, its API origin and the sender, and rejects malformed ones by name', () => {
    const env = parseEnv({ RESEND_API_KEY: 're_123', RESEND_BASE_URL: 'http://localhost:12112/', EMAIL_FROM: 'Clinic <a@b.jp>' })
    expect(env.email).toEqual({ from: 'Clinic <a@b.jp>', resendApiKey: 're_123', resendBaseUrl: 'http://localhost:12112' })
    expect(() => parseEnv({ RESEND_API_KEY: 'key' })).toThrow(/RESEND_API_KEY/)
    expect(() => parseEnv({ EMAIL_FROM: 'nobody' })).toThrow(/EMAIL_FROM/)
    expect(() => parseEnv({ RESEND_BASE_URL: 'not a url' })).toThrow(/RESEND_BASE_URL/)
  })

  it('reads the hold time and the rate-limit factor, refusing nonsense by name', () => {
    expect(parseEnv({ BOOKING_HOLD_MINUTES: '45', RATE_LIMIT_FACTOR: '20' })).toMatchObject({
      booking: { holdMinutes: 45 },
      rateLimitFactor: 20,
    })
    expect(() => parseEnv({ BOOKING_HOLD_MINUTES: '0' })).toThrow(/BOOKING_HOLD_MINUTES/)
    expect(() => parseEnv({ BOOKING_HOLD_MINUTES: 'soon' })).toThrow(/BOOKING_HOLD_MINUTES/)
    expect(() => parseEnv({ RATE_LIMIT_FACTOR: '-1' })).toThrow(/RATE_LIMIT_FACTOR/)
  })
})

describe('.env.example', () => {
  const root = path.resolve(import.meta.dirname, '../..')
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8')
  const documented = new Set([...read('.env.example').matchAll(/^#?\s*([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1]))

  it('documents every variable src/env.ts and the database adapter read', () => {
    const names = [
      ...read('src/env.ts').matchAll(/\bsource\.([A-Z_][A-Z0-9_]*)/g),
      ...read('src/db/adapter.ts').matchAll(/\bprocess\.env\.([A-Z_][A-Z0-9_]*)/g),
    ].map((m) => m[1])
    expect(names).toEqual(expect.arrayContaining(['DATABASE_URI', 'PAYLOAD_SECRET', 'SERVER_URL']))
    expect([...new Set(names)].filter((name) => !documented.has(name))).toEqual([])
  })

  it('shows the same defaults parseEnv applies', () => {
    const example = read('.env.example')
    const defaults = parseEnv({})
    expect(example).toContain(`DATABASE_URI=${defaults.database.url}`)
    expect(example).toContain(`SERVER_URL=${defaults.serverUrl}`)
    expect(example).toContain(`MEDIA_DIR=${defaults.mediaDir}`)
    expect(example).toContain(`SEED_ADMIN_EMAIL=${defaults.seed.adminEmail}`)
    expect(example).toContain(`SEED_PASSWORD=${defaults.seed.password}`)
    expect(example).toContain(`MEDICAL_DOCUMENTS_DIR=${defaults.medicalDocumentsDir}`)
    expect(example).toContain(`BOOKING_HOLD_MINUTES=${defaults.booking.holdMinutes}`)
  })
})
