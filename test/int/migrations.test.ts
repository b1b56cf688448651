import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sqliteMigrations, testPayload, usingMongo } from './harness'

/**
 * The committed SQL migrations are the only way the SQLite schema changes (push is off),
 * so they must build a fresh database, be safe to re-run on every start, and roll back.
 * MongoDB is schema-less: there is nothing to migrate.
 */
if (usingMongo) console.warn('SQLite migration tests skipped: TEST_MONGODB_URI selects MongoDB, which has no schema migrations')

interface SqliteClient {
  execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>
}
interface SqliteAdapter {
  client: SqliteClient
  drizzle: unknown
  tableNameMap: Map<string, string>
}

describe.skipIf(usingMongo)('SQLite migrations', () => {
  let payload: Payload
  let client: SqliteClient

  const tables = async (): Promise<string[]> =>
    (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).rows.map(
      (row) => String(row.name),
    )
  /** Every table, index and trigger definition: equal snapshots mean the schema did not change. */
  const schema = async (): Promise<string> =>
    (await client.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")).rows
      .map((row) => `${String(row.type)} ${String(row.name)}: ${String(row.sql)}`)
      .join('\n')
  const applied = async (): Promise<{ name: string; batch: number }[]> =>
    (await client.execute('SELECT name, batch FROM payload_migrations ORDER BY name')).rows.map((row) => ({
      name: String(row.name),
      batch: Number(row.batch),
    }))

  /** The table each collection is stored in (drizzle snake-cases the slug unless dbName says otherwise). */
  const tableOf = (collection: { slug: string; dbName?: unknown }): string => {
    const adapter = payload.db as unknown as SqliteAdapter
    const base = typeof collection.dbName === 'string' ? collection.dbName : collection.slug.replace(/-/g, '_')
    return adapter.tableNameMap.get(base) ?? base
  }

  beforeAll(async () => {
    // testPayload() opens this file's fresh database and applies the committed migrations.
    payload = await testPayload()
    client = (payload.db as unknown as SqliteAdapter).client
  })

  it('applies every committed migration to a fresh database, in one batch', async () => {
    expect(sqliteMigrations.length).toBeGreaterThan(0)
    expect(await applied()).toEqual(sqliteMigrations.map((m) => ({ name: m.name, batch: 1 })).sort((a, b) => a.name.localeCompare(b.name)))
  })

  it('creates a table for every collection, and a versions table where versions are on', async () => {
    const existing = await tables()
    const missing: string[] = []
    for (const collection of payload.config.collections) {
      const table = tableOf(collection)
      if (!existing.includes(table)) missing.push(`${collection.slug} → ${table}`)
      if (collection.versions && !existing.includes(`_${table}_v`)) missing.push(`${collection.slug} versions → _${table}_v`)
    }
    expect(missing).toEqual([])
  })

  it('is a no-op when run again, as every start does', async () => {
    const before = { schema: await schema(), applied: await applied() }
    await payload.db.migrate({ migrations: sqliteMigrations })
    await payload.db.migrate({ migrations: sqliteMigrations })
    expect(await applied()).toEqual(before.applied)
    expect(await schema()).toBe(before.schema)
  })

  it('keeps data across a repeated migrate', async () => {
    const created = await payload.create({ collection: 'specialties', locale: 'en', data: { name: 'Migration survivor', slug: 'migration-survivor' } })
    await payload.db.migrate({ migrations: sqliteMigrations })
    const found = await payload.findByID({ collection: 'specialties', id: created.id, locale: 'en' })
    expect(found.name).toBe('Migration survivor')
    await payload.delete({ collection: 'specialties', id: created.id })
  })

  it('rolls the latest batch back down and up again to the same schema', async () => {
    const before = await schema()
    const collectionTables = payload.config.collections.map((collection) => tableOf(collection))

    // payload.db.migrateDown() reads the .ts files from disk with a plain import(), which the
    // Payload CLI (tsx) supports and Vitest does not; this follows the same steps on the
    // modules the app ships in migrations/index.ts, newest first.
    const adapter = payload.db as unknown as SqliteAdapter
    const latest = Math.max(...(await applied()).map((m) => m.batch))
    const toRevert = (await applied()).filter((m) => m.batch === latest).reverse()
    const req = await createLocalReq({}, payload)
    for (const { name } of toRevert) {
      const migration = sqliteMigrations.find((m) => m.name === name)
      if (!migration) throw new Error(`Migration ${name} is recorded in the database but not in migrations/index.ts`)
      try {
        await migration.down({ db: adapter.drizzle, payload, req } as Parameters<typeof migration.down>[0])
      } catch (error) {
        // `payload migrate:down` fails the same way; say how to fix the migration, not just which query broke.
        const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
        throw new Error(
          `${name}.down() fails: ${cause}. SQLite checks foreign keys on DROP TABLE and generated drops are not in ` +
            'dependency order: begin down() with PRAGMA foreign_keys = OFF and end it with PRAGMA foreign_keys = ON.',
          { cause: error },
        )
      }
      if ((await tables()).includes('payload_migrations')) {
        await client.execute(`DELETE FROM payload_migrations WHERE name = '${name.replace(/'/g, "''")}'`)
      }
    }
    const afterDown = await tables()
    expect(collectionTables.filter((table) => afterDown.includes(table))).toEqual([])

    await payload.db.migrate({ migrations: sqliteMigrations })
    expect(await schema()).toBe(before)
    expect((await applied()).map((m) => m.name).sort()).toEqual(sqliteMigrations.map((m) => m.name).sort())

    // And the rebuilt schema takes writes through the Local API.
    const doc = await payload.create({ collection: 'specialties', locale: 'en', data: { name: 'After rollback', slug: 'after-rollback' } })
    expect(doc.name).toBe('After rollback')
  })
})
