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
  }
}

export const env: Env = parseEnv(process.env)
