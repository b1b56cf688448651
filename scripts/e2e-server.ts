/**
 * Starts the app the way browser tests need it: a fresh SQLite database, migrated and
 * seeded, then the production build (`next build`) served by `next start`.
 * Run by Playwright's webServer; set E2E_SKIP_BUILD=1 to reuse an existing build.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const port = process.env.E2E_PORT ?? '3300'
const dataDir = path.join(root, 'data', 'e2e')

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  DATABASE_URI: `file:${path.join(dataDir, 'kakehashi.db')}`,
  MEDIA_DIR: path.join(dataDir, 'media'),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'e2e-secret-0123456789abcdef',
  SERVER_URL: `http://localhost:${port}`,
  PORT: port,
  NEXT_TELEMETRY_DISABLED: '1',
  // One browser on one machine plays every visitor of the browser tests.
  RATE_LIMIT_FACTOR: '50',
  MEDICAL_DOCUMENTS_DIR: path.join(dataDir, 'medical-documents'),
}

// Browser tests pay "by Stripe" through a local stand-in of Stripe's API and Checkout page
// (E2E_STRIPE=0 runs the app with the offline method only).
let stopStripeStandin: (() => Promise<void>) | undefined
if (process.env.E2E_STRIPE !== '0') {
  const { startStripeStandin } = await import('../test/support/stripe-standin.ts')
  const webhookSecret = 'whsec_e2e_kakehashi_standin'
  const standin = await startStripeStandin({
    webhookSecret,
    webhookUrl: `http://localhost:${port}/api/webhooks/stripe`,
    port: Number(process.env.E2E_STRIPE_PORT ?? '3310'),
  })
  stopStripeStandin = standin.stop
  Object.assign(env, {
    STRIPE_SECRET_KEY: 'sk_test_e2e_kakehashi',
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    STRIPE_API_URL: standin.url,
  })
  console.log(`[e2e-server] Stripe stand-in on ${standin.url}`)
}

function run(command: string, args: string[]): void {
  console.log(`[e2e-server] ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`[e2e-server] ${command} ${args.join(' ')} failed with exit code ${result.status}`)
    process.exit(result.status ?? 1)
  }
}

rmSync(dataDir, { recursive: true, force: true })
run('payload', ['run', 'seed/run.ts'])
if (process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('[e2e-server] reusing the existing production build')
} else {
  run('next', ['build'])
}

console.log(`[e2e-server] next start on port ${port}`)
const server = spawn('next', ['start', '-p', port], { cwd: root, env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => {
  void (stopStripeStandin?.() ?? Promise.resolve()).finally(() => process.exit(code ?? 0))
})
