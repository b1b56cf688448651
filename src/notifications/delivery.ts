import type { Payload } from 'payload'

import { env } from '@/env'

import { claimOutboxRow } from './claim'
import { emailPort, SEND_TIMEOUT_MS, type EmailPort } from './port'
import { afterFailure } from './retry'

/** A claimed row belongs to its runner this long; past it, another runner may take it over. */
const LEASE_MS = SEND_TIMEOUT_MS * 6

/**
 * Emails to an account that no longer exists (the goodbye after an erasure). The row is the last
 * place holding the address and name, so once it is delivered, or given up on, it is deleted.
 */
const FORGOTTEN_AFTER_DELIVERY = new Set(['account-deleted'])

async function forgetIfErased(payload: Payload, row: { id: string | number; template: string }): Promise<void> {
  if (!FORGOTTEN_AFTER_DELIVERY.has(row.template)) return
  await payload.delete({ collection: 'outbox', id: row.id, overrideAccess: true, depth: 0 })
}

export interface DeliveryOptions {
  port?: EmailPort
  /** The clock, injectable so tests move time instead of waiting for back-off. */
  now?: Date
  limit?: number
  random?: () => number
}

export interface DeliveryReport {
  sent: number
  retrying: number
  failed: number
}

/**
 * Sends the emails that are due, one by one. Each is claimed first (only one runner sends it),
 * sent with its idempotency key (a retry after a timeout whose first try did arrive is dropped by
 * the provider), then marked sent, or scheduled again with back-off, or failed after the last try.
 * Writes here do not join any request: each outcome is committed on its own, at once.
 */
export async function deliverDueEmails(payload: Payload, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const port = options.port ?? emailPort()
  const now = options.now ?? new Date()
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 }
  // The delivery job is the system, not a user: it reads and writes the outbox bypassing access.
  const due = await payload.find({
    collection: 'outbox',
    where: {
      or: [
        { and: [{ status: { equals: 'pending' } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
        { and: [{ status: { equals: 'sending' } }, { leaseUntil: { less_than: now.toISOString() } }] },
      ],
    },
    sort: 'nextAttemptAt',
    limit: options.limit ?? 50,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const row of due.docs) {
    const claimed = await claimOutboxRow(payload, String(row.id), now, new Date(now.getTime() + LEASE_MS))
    if (!claimed) continue
    const result = await port.send({
      from: env.email.from,
      to: row.to,
      subject: row.subject,
      html: row.html ?? '',
      text: row.text,
      idempotencyKey: row.idempotencyKey,
    })
    const attempts = (row.attempts ?? 0) + 1
    if (result.ok) {
      await payload.update({
        collection: 'outbox',
        id: row.id,
        overrideAccess: true,
        depth: 0,
        data: { status: 'sent', attempts, sentAt: new Date().toISOString(), providerMessageId: result.messageId, leaseUntil: null, lastError: null },
      })
      await forgetIfErased(payload, row)
      report.sent += 1
      continue
    }
    const next = afterFailure(attempts, now, options.random)
    await payload.update({
      collection: 'outbox',
      id: row.id,
      overrideAccess: true,
      depth: 0,
      data: { status: next.status, attempts, nextAttemptAt: next.nextAttemptAt.toISOString(), leaseUntil: null, lastError: result.error.slice(0, 2000) },
    })
    if (next.status === 'failed') {
      report.failed += 1
      // The address of an erased account is not written to the logs either.
      const to = FORGOTTEN_AFTER_DELIVERY.has(row.template) ? 'an erased account' : row.to
      payload.logger.error({ msg: `Email ${row.id} (${row.template}) to ${to} failed after ${attempts} attempts: ${result.error}` })
      await forgetIfErased(payload, row)
    } else {
      report.retrying += 1
    }
  }
  return report
}
