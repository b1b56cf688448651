import { spawn } from 'node:child_process'

import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SQLITE_BUSY_TIMEOUT_MS } from '@/db/adapter'
import { env } from '@/env'

import { testPayload, usingMongo } from './harness'

/**
 * The embedded database is one file shared by the app and scripts (seed, reindex). WAL lets
 * readers carry on while one connection writes, and the busy timeout makes a second writer
 * wait for the lock instead of failing with SQLITE_BUSY.
 */
if (usingMongo) console.warn('SQLite tuning tests skipped: TEST_MONGODB_URI selects MongoDB')

interface SqliteClient {
  execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>
}

/** How long the other writer holds its write lock: long enough to be seen, well under the busy timeout. */
const HOLD_MS = 1200

/**
 * A second writer in another process (as `npm run seed` next to the running app would be),
 * on its own connection: it takes the write lock, says "locked", holds it, then commits.
 */
function otherWriter(url: string): { locked: Promise<void>; done: Promise<string> } {
  const script = `
    import { createClient } from '@libsql/client'
    const client = createClient({ url: process.env.PROBE_URL })
    await client.execute('PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}')
    const tx = await client.transaction('write')
    await tx.execute('CREATE TABLE IF NOT EXISTS writer_probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL)')
    await tx.execute({ sql: 'INSERT INTO writer_probe (note) VALUES (?)', args: ['written by the other process'] })
    console.log('locked')
    await new Promise((resolve) => setTimeout(resolve, ${HOLD_MS}))
    await tx.commit()
    client.close()
    console.log('committed')
  `
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: process.cwd(),
    env: { ...process.env, PROBE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  let onLocked: () => void = () => {}
  const locked = new Promise<void>((resolve) => (onLocked = resolve))
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    if (stdout.includes('locked')) onLocked()
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<string>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      onLocked() // never leave the test waiting on a writer that died before locking
      if (code === 0) resolve(stdout)
      else reject(new Error(`the other writer exited with ${code}: ${stderr}`))
    })
  })
  return { locked, done }
}

describe.skipIf(usingMongo)('embedded SQLite database', () => {
  let payload: Payload
  let client: SqliteClient
  const pragma = async (name: string): Promise<unknown> => {
    const row = (await client.execute(`PRAGMA ${name}`)).rows[0] ?? {}
    return Object.values(row)[0]
  }

  beforeAll(async () => {
    payload = await testPayload()
    client = (payload.db as unknown as { client: SqliteClient }).client
  })

  it('runs in WAL mode', async () => {
    expect(payload.db.name).toBe('sqlite')
    expect(await pragma('journal_mode')).toBe('wal')
  })

  it(`waits up to ${SQLITE_BUSY_TIMEOUT_MS} ms for another writer's lock`, async () => {
    expect(await pragma('busy_timeout')).toBe(SQLITE_BUSY_TIMEOUT_MS)
  })

  it('keeps the busy timeout after writes through the Local API', async () => {
    // libsql hands a connection to each transaction and opens a fresh one after it; the
    // timeout must survive that (src/db/sqliteTransactions.ts).
    await payload.create({ collection: 'specialties', locale: 'en', data: { name: 'Busy timeout probe', slug: 'busy-timeout-probe' } })
    expect(await pragma('busy_timeout')).toBe(SQLITE_BUSY_TIMEOUT_MS)
  })

  it('lets two writers on separate connections both succeed', async () => {
    if (env.database.kind !== 'sqlite') throw new Error('expected the embedded database')
    const other = otherWriter(env.database.url)
    await other.locked

    // Readers are not blocked by the other connection's open write (WAL)…
    const readStarted = Date.now()
    await payload.find({ collection: 'specialties', limit: 1 })
    const readMs = Date.now() - readStarted

    // …and this write waits for the lock instead of failing with SQLITE_BUSY.
    const writeStarted = Date.now()
    const created = await payload.create({ collection: 'specialties', locale: 'en', data: { name: 'Written while locked', slug: 'written-while-locked' } })
    const writeMs = Date.now() - writeStarted

    expect(await other.done).toContain('committed')
    expect(readMs).toBeLessThan(HOLD_MS / 2)
    // It really did contend for the lock (otherwise this test would prove nothing).
    expect(writeMs).toBeGreaterThan(HOLD_MS / 4)

    const found = await payload.findByID({ collection: 'specialties', id: created.id, locale: 'en' })
    expect(found.name).toBe('Written while locked')
    const probe = await client.execute('SELECT note FROM writer_probe')
    expect(probe.rows.map((row) => row.note)).toEqual(['written by the other process'])
  })

  it('runs 40 concurrent writes in this process, each in its own transaction, without SQLITE_BUSY', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `Concurrent ${i}`)
    const results = await Promise.allSettled(
      names.map((name, i) => payload.create({ collection: 'specialties', locale: 'en', data: { name, slug: `concurrent-${i}` } })),
    )
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([])
    const stored = await payload.count({ collection: 'specialties', where: { slug: { like: 'concurrent-' } } })
    expect(stored.totalDocs).toBe(40)
  })

  it('rolls back every write of a transaction that fails', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.create({ collection: 'specialties', locale: 'en', req, data: { name: 'Rolled back A', slug: 'rolled-back-a' } })
    await payload.create({ collection: 'specialties', locale: 'en', req, data: { name: 'Rolled back B', slug: 'rolled-back-b' } })
    await killTransaction(req)
    const left = await payload.count({ collection: 'specialties', where: { slug: { like: 'rolled-back-' } } })
    expect(left.totalDocs).toBe(0)
    // The queue moved on: the next write is not stuck behind the rolled-back transaction.
    const after = await payload.create({ collection: 'specialties', locale: 'en', data: { name: 'After rollback', slug: 'after-rollback' } })
    expect(after.slug).toBe('after-rollback')
  })
})
