import type { Payload } from 'payload'

/**
 * Real transactions on the embedded SQLite database, safe under concurrent requests.
 *
 * The SQLite driver is synchronous and opens a fresh connection for every transaction. Two
 * transactions in one process would meet SQLite's file lock inside native code: the second
 * blocks the event loop while the first can never reach its COMMIT, so it fails with
 * SQLITE_BUSY. Transactions therefore queue here, asynchronously, one at a time per process
 * (SQLite has one writer anyway); readers are never queued (WAL lets them read meanwhile).
 */

/** How long a transaction waits for the previous ones before the request fails. */
export const TRANSACTION_QUEUE_TIMEOUT_MS = 20_000

export class TransactionQueueTimeout extends Error {
  constructor() {
    super(
      `A database transaction waited more than ${TRANSACTION_QUEUE_TIMEOUT_MS / 1000} s for earlier ones. ` +
        'A hook that writes without passing `req` opens a second transaction inside the first; pass `req`.',
    )
    this.name = 'TransactionQueueTimeout'
  }
}

const queues = new WeakMap<object, WriterQueue>()

/**
 * Runs a raw write outside Payload's operations (a conditional claim in one statement) in turn
 * with the transactions, so it never meets their lock inside the synchronous driver.
 */
export async function withSqliteWriteTurn<T>(payload: Payload, write: () => Promise<T>): Promise<T> {
  const queue = queues.get(payload.db)
  if (!queue) return write()
  const release = await queue.acquire()
  try {
    return await write()
  } finally {
    release()
  }
}

/** A first-come, first-served async lock. */
export class WriterQueue {
  private tail: Promise<void> = Promise.resolve()

  /** Resolves with a release function once every earlier holder has released. */
  acquire(timeoutMs = TRANSACTION_QUEUE_TIMEOUT_MS): Promise<() => void> {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const previous = this.tail
    this.tail = previous.then(() => held)
    return new Promise((resolve, reject) => {
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        // Give our turn away at once so the queue behind us is not blocked by a request that gave up.
        release()
        reject(new TransactionQueueTimeout())
      }, timeoutMs)
      void previous.then(() => {
        clearTimeout(timer)
        if (!timedOut) resolve(once(release))
      })
    })
  }
}

function once(fn: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    fn()
  }
}

interface TransactionalAdapter {
  beginTransaction: (options?: unknown) => Promise<string | number | null>
  commitTransaction: (id: string | number | Promise<string | number>) => Promise<void>
  rollbackTransaction: (id: string | number | Promise<string | number>) => Promise<void>
}

interface SqliteClient {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<unknown>
}

/**
 * Queues the adapter's transactions (see above) and gives each connection the driver opens
 * the same busy timeout as the first one.
 */
export function serializeSqliteTransactions(payload: Payload, client: SqliteClient, busyTimeoutMs: number): void {
  const originalTransaction = client.transaction.bind(client)
  client.transaction = () => {
    // Deferred: the write lock is taken at the first write, not at BEGIN, so a write Payload
    // makes outside its own open transaction (forgotPassword reserves the request that way)
    // still gets the lock.
    const transaction = originalTransaction('deferred')
    // The driver has just handed its connection to the transaction and opens a new one on
    // next use; this statement opens it, synchronously, before anything else can use it.
    void client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
    return transaction
  }

  const db = payload.db as unknown as TransactionalAdapter
  const queue = new WriterQueue()
  queues.set(payload.db, queue)
  const releases = new Map<string, () => void>()
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)

  db.beginTransaction = async (options) => {
    const release = await queue.acquire()
    try {
      const id = await begin(options)
      if (id === null || id === undefined) release()
      else releases.set(String(id), release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  const finish = (end: (id: string | number) => Promise<void>) => async (id: string | number | Promise<string | number>) => {
    const resolved = await id
    try {
      await end(resolved)
    } finally {
      releases.get(String(resolved))?.()
      releases.delete(String(resolved))
    }
  }
  db.commitTransaction = finish(commit)
  db.rollbackTransaction = finish(rollback)
}
