/**
 * Search benchmark: `npm run bench:search`.
 *
 * 1. Generates a catalogue of 2,000 hospitals and 10,000 packages (ja and en for all, other
 *    locales for a share) and indexes it in the embedded engine: build time and memory.
 * 2. Runs a fixed mix of 1,000 queries (CJK, Latin with typos, facet-heavy, geo sort) against the
 *    engine in process: p50, p95, p99.
 * 3. Starts the production build (`next start`, it must have been built: `npm run build`) with that
 *    catalogue as its embedded index, runs the same 1,000 queries through `GET /api/search`, and
 *    measures a trivial route (`GET /api/ping`) in the same run as the floor, printing the ratio
 *    search ÷ floor, which is comparable across machines.
 *
 * Flags: --skip-api (engine only), --port N (default 3900).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { createEmbeddedSearchIndex } from '../src/search/embedded'

import { syntheticCatalogue } from './bench/catalogue'
import { percentile, queryMix, toSearchParams } from './bench/queries'

const root = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const skipApi = args.includes('--skip-api')
const port = Number(args[args.indexOf('--port') + 1] ?? '') || 3900

const gc = (globalThis as { gc?: () => void }).gc
const heapMb = () => {
  gc?.()
  return process.memoryUsage().heapUsed / 1024 / 1024
}
const fmt = (ms: number) => `${ms.toFixed(2)} ms`

function summarize(samples: number[]): { p50: number; p95: number; p99: number; mean: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
  }
}

function line(label: string, s: ReturnType<typeof summarize>): string {
  return `${label.padEnd(28)} p50 ${fmt(s.p50).padStart(10)}  p95 ${fmt(s.p95).padStart(10)}  p99 ${fmt(s.p99).padStart(10)}  mean ${fmt(s.mean).padStart(10)}`
}

async function benchEngine() {
  const docs = syntheticCatalogue(2000, 5)
  const packages = docs.filter((d) => d.type === 'package').length
  console.log(`catalogue: ${docs.length - packages} hospitals, ${packages} packages (${docs.length} documents)`)
  const before = heapMb()
  const index = createEmbeddedSearchIndex()
  const started = performance.now()
  await index.replaceAll(docs)
  const buildMs = performance.now() - started
  const after = heapMb()
  console.log(`embedded index build: ${(buildMs / 1000).toFixed(2)} s, heap +${(after - before).toFixed(0)} MB (target ≤ 60 s)`)

  const queries = queryMix(1000)
  for (const q of queries.slice(0, 50)) await index.query(q) // warm-up
  const samples: number[] = []
  let hits = 0
  for (const query of queries) {
    const t = performance.now()
    const result = await index.query(query)
    samples.push(performance.now() - t)
    hits += result.total > 0 ? 1 : 0
  }
  const stats = summarize(samples)
  console.log(line('embedded engine, 1,000 q', stats), `(target p95 ≤ 15 ms; ${hits} of 1,000 queries had hits)`)
  return { docs, stats }
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

const answers = { degraded: 0, withHits: 0 }

async function timeRequests(urls: string[]): Promise<number[]> {
  const samples: number[] = []
  for (const url of urls) {
    const t = performance.now()
    const response = await fetch(url)
    const body = await response.text()
    samples.push(performance.now() - t)
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    if (url.includes('/api/search?')) {
      const parsed = JSON.parse(body) as { degraded?: boolean; total?: number }
      if (parsed.degraded) answers.degraded++
      if ((parsed.total ?? 0) > 0) answers.withHits++
    }
  }
  return samples
}

async function benchApi(docs: unknown[]) {
  if (!existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
    console.log('API figures skipped: no production build (run `npm run build` first).')
    return
  }
  const dir = path.join(os.tmpdir(), `kakehashi-bench-${process.pid}`)
  mkdirSync(dir, { recursive: true })
  const fixture = path.join(dir, 'catalogue.json')
  writeFileSync(fixture, JSON.stringify(docs))
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
    PAYLOAD_SECRET: 'benchmark-secret-0123456789',
    SERVER_URL: `http://localhost:${port}`,
    KAKEHASHI_SEARCH_FIXTURE: fixture,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const bin = path.join(root, 'node_modules', '.bin')
  await new Promise<void>((resolve, reject) => {
    const migrate = spawn(path.join(bin, 'payload'), ['migrate'], { cwd: root, env, stdio: 'ignore' })
    migrate.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`payload migrate exited ${code}`))))
  })
  const server = spawn(path.join(bin, 'next'), ['start', '-p', String(port)], { cwd: root, env, stdio: 'ignore' })
  try {
    const origin = `http://localhost:${port}`
    await waitFor(`${origin}/api/ping`, 60_000)
    const queries = queryMix(1000)
    const searchUrls = queries.map((q) => `${origin}/api/search?${toSearchParams(q)}`)
    // Warm-up fills the server's index from the fixture and compiles the route.
    await timeRequests(searchUrls.slice(0, 50))
    await timeRequests(Array.from({ length: 50 }, () => `${origin}/api/ping`))
    // Interleave floor and search so both see the same machine load.
    const searchSamples: number[] = []
    const floorSamples: number[] = []
    answers.degraded = 0
    answers.withHits = 0
    for (let i = 0; i < searchUrls.length; i++) {
      floorSamples.push(...(await timeRequests([`${origin}/api/ping`])))
      searchSamples.push(...(await timeRequests([searchUrls[i]!])))
    }
    const search = summarize(searchSamples)
    const floor = summarize(floorSamples)
    console.log(line('GET /api/search, 1,000 q', search), `(target p95 ≤ 40 ms; ${answers.withHits} with hits, ${answers.degraded} degraded)`)
    console.log(line('GET /api/ping (floor)', floor))
    console.log(`ratio search ÷ floor: p50 ${(search.p50 / floor.p50).toFixed(1)}×, p95 ${(search.p95 / floor.p95).toFixed(1)}×`)
  } finally {
    server.kill('SIGTERM')
  }
}

const { docs } = await benchEngine()
if (skipApi) console.log('API figures skipped (--skip-api).')
else await benchApi(docs)
