import type { Payload } from 'payload'

import { withSqliteWriteTurn } from '@/db/sqliteTransactions'

/**
 * Claims one outbox row for sending, atomically, so two runners (two server processes, or a cron
 * tick overlapping a slow run) never send the same email. Payload's `update` with a `where` reads
 * then writes, which two runners could both pass; this is one conditional write in the database:
 * it succeeds only while the row is still due (pending and its time has come, or `sending` whose
 * lease ran out because a runner died mid-send).
 */
export async function claimOutboxRow(payload: Payload, id: string, now: Date, leaseUntil: Date): Promise<boolean> {
  const db = payload.db as unknown as {
    name: string
    client?: { execute: (q: { sql: string; args: (string | number)[] }) => Promise<{ rowsAffected: number }> }
    collections?: Record<string, { updateOne: (filter: object, update: object) => Promise<{ modifiedCount: number }> }>
  }
  if (db.name === 'sqlite' && db.client) {
    // Payload stores dates as ISO strings in SQLite, which compare correctly as text.
    const nowIso = now.toISOString()
    const client = db.client
    const result = await withSqliteWriteTurn(payload, () => client.execute({
      sql: `UPDATE outbox SET status = 'sending', lease_until = ?
            WHERE id = ? AND ((status = 'pending' AND next_attempt_at <= ?) OR (status = 'sending' AND lease_until < ?))`,
      args: [leaseUntil.toISOString(), id, nowIso, nowIso],
    }))
    return result.rowsAffected === 1
  }
  const model = db.collections?.outbox
  if (db.name === 'mongoose' && model) {
    const result = await model.updateOne(
      {
        _id: id,
        $or: [
          { status: 'pending', nextAttemptAt: { $lte: now } },
          { status: 'sending', leaseUntil: { $lt: now } },
        ],
      },
      { $set: { status: 'sending', leaseUntil } },
    )
    return result.modifiedCount === 1
  }
  throw new Error(`claimOutboxRow: no atomic claim for database adapter "${db.name}"`)
}
