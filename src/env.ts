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
    nodeEnv,
    database: parseDatabaseUri(source.DATABASE_URI),
    payloadSecret: secret || DEV_SECRET,
    serverUrl: parseUrl('SERVER_URL', source.SERVER_URL, `http://localhost:${source.PORT?.trim() || '3000'}`),
    mediaDir: source.MEDIA_DIR?.trim() || './data/media',
    seed: {
      adminEmail: parseEmail('SEED_ADMIN_EMAIL', source.SEED_ADMIN_EMAIL, 'admin@kakehashi.example'),
      password,
    },
  }
}

export const env: Env = parseEnv(process.env)
