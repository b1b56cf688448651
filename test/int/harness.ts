import config from '@payload-config'
import { getPayload, type Migration, type Payload } from 'payload'

import { schemaPush } from '@/db/adapter'

import { migrations } from '../../migrations'

// Generated migration modules type their argument precisely; the adapter's list takes `unknown`.
export const sqliteMigrations = migrations as unknown as Migration[]

let instance: Promise<Payload> | undefined

/** The Payload instance of this test file, on its own database with the committed migrations applied. */
export function testPayload(): Promise<Payload> {
  instance ??= (async () => {
    const payload = await getPayload({ config })
    if (payload.db.name === 'sqlite' && !schemaPush()) await payload.db.migrate({ migrations: sqliteMigrations })
    return payload
  })()
  return instance
}

export const usingMongo = Boolean(process.env.TEST_MONGODB_URI?.trim())
