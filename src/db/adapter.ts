import path from 'node:path'
import { mkdirSync } from 'node:fs'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import type { DatabaseChoice } from '@/env'

import { serializeSqliteTransactions } from './sqliteTransactions'

/** SQLite migrations are committed here and applied on every start (`npm run dev`, `npm start`). */
export const SQLITE_MIGRATIONS_DIR = path.resolve(process.env.KAKEHASHI_MIGRATIONS_DIR || 'migrations')

/** How long a SQLite writer waits for another writer's lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000

/** Development only: build the schema from the collections, not the migrations. */
export function schemaPush(): boolean {
  return process.env.KAKEHASHI_SCHEMA_PUSH === 'true' && process.env.NODE_ENV !== 'production'
}

/** The database adapter for the configured `DATABASE_URI`: embedded SQLite or MongoDB. */
export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      // Schema-less: MongoDB needs no schema migrations; data migrations would live here.
      migrationDir: path.join(SQLITE_MIGRATIONS_DIR, 'mongodb'),
    })
  }
  mkdirSync(path.dirname(path.resolve(choice.path)), { recursive: true })
  return sqliteAdapter({
    client: { url: choice.url },
    idType: 'uuid',
    // The schema only ever changes through committed migrations, in development too,
    // so what a developer runs is what production runs. KAKEHASHI_SCHEMA_PUSH lets a
    // throwaway test database follow a collection still being designed.
    push: schemaPush(),
    migrationDir: SQLITE_MIGRATIONS_DIR,
    // Transactions are off by default in Payload's SQLite adapter; a change and what it
    // causes (an email in the outbox, a consent with its inquiry) must commit together.
    transactionOptions: {},
  })
}

/**
 * WAL lets readers proceed while one writer writes; the busy timeout makes concurrent
 * writers (the app and a seed or reindex script) wait for the lock instead of failing.
 */
export async function tuneSqlite(payload: Payload): Promise<void> {
  const db = payload.db as unknown as {
    name?: string
    client?: { execute: (sql: string) => Promise<unknown>; transaction: (mode?: string) => Promise<unknown> }
  }
  if (db.name !== 'sqlite' || !db.client) return
  await db.client.execute('PRAGMA journal_mode = WAL')
  await db.client.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
  serializeSqliteTransactions(payload, db.client, SQLITE_BUSY_TIMEOUT_MS)
}
