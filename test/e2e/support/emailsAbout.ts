import path from 'node:path'

import { createClient } from '@libsql/client'

/**
 * The e2e server's outbox again (see ./outbox.ts), narrowed to one record: how many emails of a
 * template went to an address about one booking or inquiry. "Exactly one confirmation for this
 * booking" needs this; counting by template alone mixes several bookings of one patient.
 */
const database = path.resolve(import.meta.dirname, '../../../data/e2e/kakehashi.db')

export async function countEmailsAbout(address: string, template: string, aboutId: string): Promise<number> {
  const client = createClient({ url: `file:${database}` })
  try {
    const result = await client.execute({
      sql: 'SELECT count(*) AS n FROM outbox WHERE lower("to") = lower(?) AND template = ? AND about_id = ?',
      args: [address, template, aboutId],
    })
    return Number(result.rows[0]?.n ?? 0)
  } finally {
    client.close()
  }
}
