import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { queueEmail } from '@/notifications/outbox'

import { testPayload } from './harness'
import { createPatient } from './support/patients'
import { unique } from './support/world'

describe('queueing emails', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  const email = (key: string) => ({
    to: 'ana@patients.test',
    locale: 'ar' as const,
    template: 'account-deleted' as const,
    data: { name: 'Ana' },
    idempotencyKey: key,
  })
  const count = (key: string) => payload.count({ collection: 'outbox', where: { idempotencyKey: { equals: key } } }).then((r) => r.totalDocs)

  it('stores the email rendered in the recipient language, pending', async () => {
    const key = unique('rendered')
    await queueEmail(await createLocalReq({}, payload), email(key))
    const { docs } = await payload.find({ collection: 'outbox', where: { idempotencyKey: { equals: key } }, depth: 0 })
    expect(docs[0]).toMatchObject({ status: 'pending', attempts: 0, locale: 'ar', template: 'account-deleted' })
    expect(docs[0]?.html).toContain('dir="rtl"')
    expect(docs[0]?.text).toContain('Ana')
  })

  it('keeps one row when the same key is queued twice, also concurrently', async () => {
    const key = unique('twice')
    const req = await createLocalReq({}, payload)
    await queueEmail(req, email(key))
    await queueEmail(req, email(key))
    expect(await count(key)).toBe(1)
    const raced = unique('raced')
    await Promise.all(Array.from({ length: 5 }, async () => queueEmail(await createLocalReq({}, payload), email(raced))))
    expect(await count(raced)).toBe(1)
  })

  it('writes no row when the caller rolls its transaction back', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    // Payload's SQLite adapter runs without transactions unless `transactionOptions` is set
    // (src/db/adapter.ts); there is nothing to roll back then, and this case proves nothing.
    if (!(await req.transactionID)) return
    const key = unique('rolled-back')
    await queueEmail(req, email(key))
    await killTransaction(req)
    expect(await count(key)).toBe(0)
  })

  it('shows emails to nobody but platform admins', async () => {
    const patient = await createPatient(payload, 'reader')
    await expect(payload.find({ collection: 'outbox', user: patient, overrideAccess: false })).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({ collection: 'outbox', user: patient, overrideAccess: false, data: { to: 'x@y.z', locale: 'en', template: 't', subject: 's', html: 'h', text: 't', idempotencyKey: unique('forged'), status: 'pending', attempts: 0, nextAttemptAt: new Date().toISOString() } }),
    ).rejects.toThrow()
  })

  it("puts Payload's own password-reset email into the outbox", async () => {
    const patient = await createPatient(payload, 'forgetful')
    await payload.forgotPassword({ collection: 'patients', data: { email: patient.email } })
    // The row is written once Payload's own transaction has committed (see payloadEmailAdapter).
    const outboxRows = async () => (await payload.find({ collection: 'outbox', where: { to: { equals: patient.email } }, depth: 0 })).docs
    await expect.poll(async () => (await outboxRows()).length, { timeout: 5000 }).toBeGreaterThanOrEqual(1)
    const docs = await outboxRows()
    expect(docs.some((d) => d.status === 'pending' && d.text.length > 0)).toBe(true)
  })
})
