import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deliverDueEmails } from '@/notifications/delivery'
import { queueEmail } from '@/notifications/outbox'
import { resendPort } from '@/notifications/port'

import { startResendStandIn, type ResendStandIn } from '../support/resend-standin'
import { testPayload } from './harness'
import { createHospital, unique } from './support/world'

const HOUR = 60 * 60 * 1000

describe('outbox under a provider outage', () => {
  let payload: Payload
  let standIn: ResendStandIn
  let hospitalId: string

  beforeAll(async () => {
    payload = await testPayload()
    standIn = await startResendStandIn()
    hospitalId = String((await createHospital(payload, 'verified')).id)
  })
  afterAll(async () => {
    await standIn?.close()
  })

  /** A state change and its email, in one transaction, as a booking service would write them. */
  async function changeWithEmail(key: string, to: string): Promise<number> {
    const started = performance.now()
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      await payload.update({ collection: 'hospitals', id: hospitalId, data: { foreignPatientsPerYear: Math.floor(Math.random() * 1000) }, req, depth: 0 })
      await queueEmail(req, {
        to,
        locale: 'en',
        template: 'booking-confirmed',
        data: { patientName: 'Ana', hospitalName: 'Tokyo General', packageTitle: 'Check-up', date: '2026-05-14', reference: key, url: 'https://kakehashi.example/en/account', confirmationUrl: 'https://kakehashi.example/x.pdf' },
        idempotencyKey: key,
        about: { collection: 'bookings', id: key },
      })
      await commitTransaction(req)
    } catch (err) {
      await killTransaction(req)
      throw err
    }
    return performance.now() - started
  }

  const rowsFor = async (keys: string[]) =>
    (await payload.find({ collection: 'outbox', where: { idempotencyKey: { in: keys } }, limit: 100, depth: 0, pagination: false })).docs

  it('keeps every email while the provider fails or hangs, and sends each exactly once when it is back', async () => {
    const port = resendPort({ apiKey: 're_test_standin', baseUrl: standIn.baseUrl, timeoutMs: 400 })
    standIn.mode = 'hang'
    const keys = Array.from({ length: 20 }, () => unique('outage'))
    const durations: number[] = []
    for (const key of keys) durations.push(await changeWithEmail(key, `${key}@patients.test`))

    // Writes never talk to the provider: nothing reached it, and no write waited on it.
    expect(standIn.requests).toBe(0)
    expect(Math.max(...durations)).toBeLessThan(400)
    expect((await rowsFor(keys)).every((r) => r.status === 'pending')).toBe(true)

    // Outage, first as 500s, then as timeouts: every email stays, scheduled for a later attempt.
    let now = new Date()
    standIn.mode = 'error'
    const failedRun = await deliverDueEmails(payload, { port, now, limit: 100 })
    expect(failedRun).toEqual({ sent: 0, retrying: 20, failed: 0 })
    let rows = await rowsFor(keys)
    expect(rows).toHaveLength(20)
    expect(rows.every((r) => r.status === 'pending' && r.attempts === 1 && new Date(r.nextAttemptAt) > now)).toBe(true)
    expect(rows[0]?.lastError).toMatch(/outage|500|internal/i)

    // Not due yet: a run right away sends nothing.
    expect(await deliverDueEmails(payload, { port, now, limit: 100 })).toEqual({ sent: 0, retrying: 0, failed: 0 })

    now = new Date(now.getTime() + HOUR)
    standIn.mode = 'hang'
    const hungRun = await deliverDueEmails(payload, { port, now, limit: 5 })
    expect(hungRun.retrying).toBe(5)
    rows = await rowsFor(keys)
    expect(rows.filter((r) => r.attempts === 2).every((r) => /within 400 ms/.test(r.lastError ?? ''))).toBe(true)

    // The worst case: the provider sends but the answer is lost; the retry must not send again.
    now = new Date(now.getTime() + HOUR)
    standIn.mode = 'late'
    await deliverDueEmails(payload, { port, now, limit: 3 })
    expect(standIn.delivered).toHaveLength(3)

    // The provider is back.
    standIn.mode = 'ok'
    for (let round = 0; round < 5; round += 1) {
      now = new Date(now.getTime() + 4 * HOUR)
      await deliverDueEmails(payload, { port, now, limit: 100 })
    }
    rows = await rowsFor(keys)
    expect(rows.map((r) => r.status)).toEqual(Array(20).fill('sent'))
    expect(rows.every((r) => typeof r.providerMessageId === 'string' && r.sentAt)).toBe(true)
    const deliveredKeys = standIn.delivered.map((e) => e.idempotencyKey)
    expect(deliveredKeys).toHaveLength(20)
    expect(new Set(deliveredKeys)).toEqual(new Set(keys))
    expect(standIn.delivered.every((e) => e.text && e.html?.includes('lang="en"'))).toBe(true)
  })

  it('marks an email failed after the last attempt and stops trying', async () => {
    const port = resendPort({ apiKey: 're_test_standin', baseUrl: standIn.baseUrl, timeoutMs: 400 })
    standIn.mode = 'error'
    const key = unique('doomed')
    await changeWithEmail(key, 'doomed@patients.test')
    let now = new Date()
    for (let i = 0; i < 12; i += 1) {
      await deliverDueEmails(payload, { port, now, limit: 100 })
      now = new Date(now.getTime() + 24 * HOUR)
    }
    const [row] = await rowsFor([key])
    expect(row?.status).toBe('failed')
    expect(row?.attempts).toBe(10)
  })

  it('lets only one of two concurrent runners send a due email', async () => {
    standIn.mode = 'ok'
    const key = unique('race')
    await changeWithEmail(key, 'race@patients.test')
    const port = resendPort({ apiKey: 're_test_standin', baseUrl: standIn.baseUrl, timeoutMs: 2000 })
    const before = standIn.requests
    const runs = await Promise.all([deliverDueEmails(payload, { port }), deliverDueEmails(payload, { port }), deliverDueEmails(payload, { port })])
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(1)
    expect(standIn.requests - before).toBe(1)
  })
})
