import path from 'node:path'

import { createClient } from '@libsql/client'
import { expect } from '@playwright/test'

/**
 * The browser-test server's outbox, read straight from its SQLite file: what a person would
 * find in their inbox (the embedded email adapter keeps every email there).
 */
const database = path.resolve(import.meta.dirname, '../../../data/e2e/kakehashi.db')

export interface SentEmail {
  to: string
  template: string
  subject: string
  text: string
}

async function emailsTo(address: string, template: string): Promise<SentEmail[]> {
  const client = createClient({ url: `file:${database}` })
  try {
    const result = await client.execute({
      sql: 'SELECT "to", template, subject, text FROM outbox WHERE lower("to") = lower(?) AND template = ? ORDER BY created_at',
      args: [address, template],
    })
    return result.rows.map((row) => ({
      to: String(row.to),
      template: String(row.template),
      subject: String(row.subject),
      text: String(row.text),
    }))
  } finally {
    client.close()
  }
}

/** Waits for the email of `template` sent to `address` (delivery is asynchronous) and returns the newest. */
export async function waitForEmail(address: string, template: string): Promise<SentEmail> {
  let found: SentEmail[] = []
  await expect
    .poll(async () => {
      found = await emailsTo(address, template)
      return found.length
    }, { message: `an email "${template}" to ${address}`, timeout: 20_000 })
    .toBeGreaterThan(0)
  const newest = found.at(-1)
  if (!newest) throw new Error('unreachable: the poll saw an email')
  return newest
}

/** How many emails of `template` went to `address`. */
export async function countEmails(address: string, template: string): Promise<number> {
  return (await emailsTo(address, template)).length
}

/** The first link in an email's text part that starts with `origin` and contains `pathPart`. */
export function linkIn(email: SentEmail, pathPart: string): string {
  const link = email.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(pathPart))
  if (!link) throw new Error(`no link containing ${pathPart} in "${email.subject}"`)
  return link
}
