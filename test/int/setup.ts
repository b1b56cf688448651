import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Runs before each integration test file loads the Payload config: points it at a
 * throwaway database of its own. With TEST_MONGODB_URI set, the same files run
 * against MongoDB (a fresh database name per file) instead of SQLite.
 */
const mongo = process.env.TEST_MONGODB_URI?.trim()
if (mongo) {
  const url = new URL(mongo)
  url.pathname = `/kakehashi_test_${randomUUID().slice(0, 8)}`
  process.env.DATABASE_URI = url.toString()
} else {
  const dir = path.join(os.tmpdir(), 'kakehashi-int')
  mkdirSync(dir, { recursive: true })
  process.env.DATABASE_URI = `file:${path.join(dir, `${randomUUID()}.db`)}`
}
process.env.MEDIA_DIR = path.join(os.tmpdir(), 'kakehashi-int', 'media')
process.env.MEDICAL_DOCUMENTS_DIR = path.join(os.tmpdir(), 'kakehashi-int', 'medical-documents')
process.env.PAYLOAD_SECRET = 'integration-test-secret-0123456789'
