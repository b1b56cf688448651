import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * Applies the committed SQLite migrations (MongoDB needs none). They come from the committed
 * index rather than Payload's directory loader, which cannot import the migration files'
 * type-only imports.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  // Generated migration modules type their argument precisely; the adapter's list takes `unknown`.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
