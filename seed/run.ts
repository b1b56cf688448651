/**
 * `npm run seed`: applies the committed migrations (SQLite), then loads the demo data.
 * Safe to run again: it only creates what is missing.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { applyMigrations } from './migrate'
import { seedDatabase } from './seed'
import { runScript } from '../scripts/lib/runScript'

async function main(): Promise<void> {
  const payload = await getPayload({ config })
  try {
    await applyMigrations(payload)
    const summary = await seedDatabase(payload, { log: (line) => console.log(`  ${line}`) })
    const created = Object.values(summary).reduce(
      (total, value) => total + (typeof value === 'object' ? value.created : 0),
      0,
    )
    console.log(created === 0 ? 'Nothing to do: the demo data is already there.' : `Demo data loaded (${created} records).`)
  } finally {
    await payload.destroy()
  }
}

await runScript('Seeding', main)
