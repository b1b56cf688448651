/**
 * Every environment variable the app reads, parsed and validated once.
 * A bad value fails at start-up with a message that names the variable.
 */

export class EnvError extends Error {
  constructor(variable: string, problem: string) {
    super(`Environment variable ${variable} ${problem}`)
    this.name = 'EnvError'
  }
}

type Source = Record<string, string | undefined>

export type DatabaseChoice =
  | { kind: 'sqlite'; url: string; path: string }
  | { kind: 'mongodb'; url: string }

export interface Env {
  nodeEnv: 'development' | 'production' | 'test'
  database: DatabaseChoice
  payloadSecret: string
  serverUrl: string
  mediaDir: string
  seed: { adminEmail: string; password: string }
  /** Meilisearch when `meiliHost` is set; otherwise the embedded search engine. */
  search: { meiliHost?: string; meiliKey?: string }
  /** Benchmark only: a JSON file of search documents the embedded engine serves instead of the database. */
  searchFixture?: string
  /** Where patients' medical documents are stored: never under a public path. */
  medicalDocumentsDir: string
  /** Stripe when `secretKey` is set; otherwise the offline adapter (pay at the hospital or by transfer). */
  payments: { stripe?: StripeSettings }
  /** Resend when `resendApiKey` is set; otherwise emails stay in the outbox and are printed to the console. */
  email: { from: string; resendApiKey?: string; resendBaseUrl?: string }
  booking: { holdMinutes: number }
  /** Multiplies every rate-limit allowance (1 in production; the browser tests raise it). */
  rateLimitFactor: number
}

export interface StripeSettings {
  secretKey: string
  webhookSecret: string
  /** Another API origin for the SDK (a local stand-in in tests); unset → api.stripe.com. */
  apiUrl?: { protocol: 'http' | 'https'; host: string; port: number }
}

const DEV_SECRET = 'kakehashi-development-secret-not-for-production'

export function parseDatabaseUri(raw: string | undefined): DatabaseChoice {
  const value = raw?.trim() || 'file:./data/kakehashi.db'
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value }
  }
  if (value.startsWith('file:')) {
    const path = value.slice('file:'.length)
    if (!path) throw new EnvError('DATABASE_URI', 'has an empty file path (expected file:./data/kakehashi.db)')
    return { kind: 'sqlite', url: value, path }
  }
  throw new EnvError(
    'DATABASE_URI',
    `must start with file: (embedded SQLite) or mongodb:// (MongoDB); got "${value.split(':')[0]}:…"`,
  )
}

function parseUrl(variable: string, raw: string | undefined, fallback: string): string {
  const value = raw?.trim() || fallback
  try {
    const url = new URL(value)
    return url.origin
  } catch {
    throw new EnvError(variable, `is not a valid absolute URL: "${value}"`)
  }
}

function parseEmail(variable: string, raw: string | undefined, fallback: string): string {
  const value = raw?.trim() || fallback
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) throw new EnvError(variable, `is not an email address: "${value}"`)
  return value.toLowerCase()
}

/**
 * MEILI_HOST: an http(s) URL (a path prefix is kept, for a proxy); unset → the embedded engine.
 * MEILI_MASTER_KEY: the key the app sends; required with MEILI_HOST in production, where
 * Meilisearch refuses unauthenticated requests.
 */
export function parseSearch(source: Source, nodeEnv: Env['nodeEnv']): Env['search'] {
  const host = source.MEILI_HOST?.trim()
  const key = source.MEILI_MASTER_KEY?.trim()
  if (!host) return {}
  let url: URL
  try {
    url = new URL(host)
  } catch {
    // The value is not echoed: a mistyped URL may still carry a key.
    throw new EnvError('MEILI_HOST', 'is not a valid absolute URL (expected e.g. http://localhost:7700)')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new EnvError('MEILI_HOST', `must be an http:// or https:// URL, got "${url.protocol}"`)
  }
  if (url.username || url.password) {
    throw new EnvError('MEILI_HOST', 'must not contain credentials; put the key in MEILI_MASTER_KEY')
  }
  if (!key && nodeEnv === 'production') throw new EnvError('MEILI_MASTER_KEY', 'is required with MEILI_HOST in production')
  if (key && key.length < 16) throw new EnvError('MEILI_MASTER_KEY', 'must be at least 16 characters')
  const meiliHost = `${url.origin}${url.pathname.replace(/\/+$/, '')}`
  return key ? { meiliHost, meiliKey: key } : { meiliHost }
}

/**
 * STRIPE_SECRET_KEY switches payments to Stripe; STRIPE_WEBHOOK_SECRET must come with it
 * (an unverified webhook could confirm bookings nobody paid for).
 */
export function parsePayments(source: Source): Env['payments'] {
  const secretKey = source.STRIPE_SECRET_KEY?.trim()
  if (!secretKey) return {}
  if (!/^(sk|rk)_(test|live)_/.test(secretKey)) {
    throw new EnvError('STRIPE_SECRET_KEY', 'must be a Stripe secret or restricted key (sk_test_…, sk_live_…)')
  }
  const webhookSecret = source.STRIPE_WEBHOOK_SECRET?.trim()
  if (!webhookSecret) throw new EnvError('STRIPE_WEBHOOK_SECRET', 'is required with STRIPE_SECRET_KEY')
  if (!webhookSecret.startsWith('whsec_')) throw new EnvError('STRIPE_WEBHOOK_SECRET', 'must start with whsec_')
  const rawApi = source.STRIPE_API_URL?.trim()
  if (!rawApi) return { stripe: { secretKey, webhookSecret } }
  let url: URL
  try {
    url = new URL(rawApi)
  } catch {
    throw new EnvError('STRIPE_API_URL', `is not a valid absolute URL: "${rawApi}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new EnvError('STRIPE_API_URL', `must be an http:// or https:// URL, got "${url.protocol}"`)
  }
  const protocol = url.protocol === 'http:' ? 'http' : 'https'
  const port = url.port ? Number(url.port) : protocol === 'http' ? 80 : 443
  return { stripe: { secretKey, webhookSecret, apiUrl: { protocol, host: url.hostname, port } } }
}

export function parseEmailSettings(source: Source): Env['email'] {
  const from = source.EMAIL_FROM?.trim() || 'Kakehashi <no-reply@kakehashi.example>'
  if (!/^([^<>]*<)?[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+>?$/.test(from)) {
    throw new EnvError('EMAIL_FROM', `is not an address such as "Kakehashi <no-reply@example.com>": "${from}"`)
  }
  const resendApiKey = source.RESEND_API_KEY?.trim() || undefined
  if (resendApiKey && !resendApiKey.startsWith('re_')) throw new EnvError('RESEND_API_KEY', 'must start with re_')
  const rawBase = source.RESEND_BASE_URL?.trim()
  if (!rawBase) return { from, resendApiKey }
  let base: URL
  try {
    base = new URL(rawBase)
  } catch {
    throw new EnvError('RESEND_BASE_URL', `is not a valid absolute URL: "${rawBase}"`)
  }
  return { from, resendApiKey, resendBaseUrl: `${base.origin}${base.pathname.replace(/\/+$/, '')}` }
}

function parsePositiveNumber(variable: string, raw: string | undefined, fallback: number, max: number): number {
  const value = raw?.trim()
  if (!value) return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new EnvError(variable, `must be a number above 0 and at most ${max}, got "${value}"`)
  return n
}

export function parseEnv(source: Source): Env {
  const nodeEnv =
    source.NODE_ENV === 'production' ? 'production' : source.NODE_ENV === 'test' ? 'test' : 'development'
  const secret = source.PAYLOAD_SECRET?.trim()
  // Outside production a fixed secret keeps the two-command start-up free of set-up.
  // Production refuses to start without one: signed sessions would be forgeable.
  const requireSecret = nodeEnv === 'production' && source.KAKEHASHI_ALLOW_DEV_SECRET !== 'true'
  if (!secret && requireSecret) throw new EnvError('PAYLOAD_SECRET', 'is required in production')
  if (secret && secret.length < 16) throw new EnvError('PAYLOAD_SECRET', 'must be at least 16 characters')

  const password = source.SEED_PASSWORD?.trim() || 'kakehashi-demo-2026'
  if (password.length < 8) throw new EnvError('SEED_PASSWORD', 'must be at least 8 characters')

  return {
    searchFixture: source.KAKEHASHI_SEARCH_FIXTURE?.trim() || undefined,
    nodeEnv,
    database: parseDatabaseUri(source.DATABASE_URI),
    payloadSecret: secret || DEV_SECRET,
    serverUrl: parseUrl('SERVER_URL', source.SERVER_URL, `http://localhost:${source.PORT?.trim() || '3000'}`),
    mediaDir: source.MEDIA_DIR?.trim() || './data/media',
    seed: {
      adminEmail: parseEmail('SEED_ADMIN_EMAIL', source.SEED_ADMIN_EMAIL, 'admin@kakehashi.example'),
      password,
    },
    search: parseSearch(source, nodeEnv),
    medicalDocumentsDir: source.MEDICAL_DOCUMENTS_DIR?.trim() || './data/medical-documents',
    payments: parsePayments(source),
    email: parseEmailSettings(source),
    booking: { holdMinutes: parsePositiveNumber('BOOKING_HOLD_MINUTES', source.BOOKING_HOLD_MINUTES, 30, 24 * 60) },
    rateLimitFactor: parsePositiveNumber('RATE_LIMIT_FACTOR', source.RATE_LIMIT_FACTOR, 1, 10_000),
  }
}

export const env: Env = parseEnv(process.env)
