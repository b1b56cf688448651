/**
 * Demo availability: a few upcoming dates for each published package, so the slot picker and
 * the booking flow can be tried straight after seeding. Idempotent: a package's date that
 * already has a slot is skipped.
 */
import type { Payload, RequestContext } from 'payload'

import { slotDateOf } from '@/booking/slotRule'

/** Days from today on which every demo package takes patients. */
const DEMO_DAYS_AHEAD = [10, 17, 24, 31, 45]
const DEMO_CAPACITY = 3

export async function seedDemoSlots(payload: Payload, context: RequestContext, today = new Date()): Promise<{ created: number; skipped: number }> {
  const packages = await payload.find({
    collection: 'care-packages',
    where: { status: { equals: 'published' } },
    select: { slug: true },
    depth: 0,
    pagination: false,
  })
  let created = 0
  let skipped = 0
  for (const pkg of packages.docs) {
    const dates = DEMO_DAYS_AHEAD.map((days) => slotDateOf(new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10)))
    const existing = await payload.find({
      collection: 'slots',
      where: { and: [{ package: { equals: pkg.id } }, { date: { in: dates } }] },
      select: { date: true },
      depth: 0,
      pagination: false,
    })
    const have = new Set(existing.docs.map((s) => new Date(s.date).toISOString()))
    for (const date of dates) {
      if (have.has(new Date(date).toISOString())) {
        skipped += 1
        continue
      }
      // The slot's hospital is set from the package by the collection's hook.
      await payload.create({ collection: 'slots', data: { package: pkg.id, date, capacity: DEMO_CAPACITY } as never, depth: 0, context })
      created += 1
    }
  }
  return { created, skipped }
}
