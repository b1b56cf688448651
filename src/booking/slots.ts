import { APIError, type PayloadRequest } from 'payload'

import { relationId } from '@/access/roles'

import type { Slot } from '../../payload-types'

import { expandSlotRule, slotDateOf, type SlotRule } from './slotRule'

export interface BulkSlotInput extends SlotRule {
  package: string
  capacity: number
  note?: string
}

/**
 * Creates one slot per day the rule selects, as the staff user (access and the hospital checks
 * apply to each). Days that already have a slot for this package are skipped, so running the same
 * rule twice creates nothing twice.
 */
export async function createSlotsInBulk(req: PayloadRequest, input: BulkSlotInput): Promise<{ created: Slot[]; skipped: string[] }> {
  const days = expandSlotRule(input)
  if (!Number.isInteger(input.capacity) || input.capacity < 1) throw new APIError('capacity must be a whole number of at least 1.', 400, null, true)
  const existing = await req.payload.find({
    collection: 'slots',
    where: {
      and: [
        { package: { equals: input.package } },
        { date: { greater_than_equal: slotDateOf(days[0] ?? input.from) } },
        { date: { less_than_equal: slotDateOf(days.at(-1) ?? input.to) } },
      ],
    },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: false,
    user: req.user ?? undefined,
  })
  const taken = new Set(existing.docs.map((slot) => new Date(slot.date).toISOString().slice(0, 10)))
  const created: Slot[] = []
  const skipped: string[] = []
  for (const day of days) {
    if (taken.has(day)) {
      skipped.push(day)
      continue
    }
    created.push(
      await req.payload.create({
        collection: 'slots',
        // The hospital is set from the package by the collection's hook (and validated against the user).
        data: { package: input.package, date: slotDateOf(day), capacity: input.capacity, note: input.note } as Omit<Slot, 'id' | 'createdAt' | 'updatedAt'>,
        depth: 0,
        req,
        overrideAccess: false,
        user: req.user ?? undefined,
      }),
    )
  }
  return { created, skipped }
}

export interface PublicSlot {
  id: string
  date: string
  capacity: number
  remaining: number
}

/** Future slots of a package anybody may see, with the places still free (for the date picker). */
export async function openSlotsOfPackage(req: PayloadRequest, packageId: string, now = new Date()): Promise<PublicSlot[]> {
  const { takenCounts } = await import('./places')
  const slots = await req.payload.find({
    collection: 'slots',
    where: { and: [{ package: { equals: packageId } }, { date: { greater_than: slotDateOf(now.toISOString().slice(0, 10)) } }] },
    sort: 'date',
    depth: 0,
    limit: 400,
    req,
    overrideAccess: false,
    user: req.user ?? undefined,
  })
  const counts = await takenCounts(req.payload, slots.docs.map((s) => String(s.id)))
  return slots.docs.map((slot) => ({
    id: String(slot.id),
    date: slot.date,
    capacity: slot.capacity,
    remaining: Math.max(0, slot.capacity - (counts.get(String(slot.id)) ?? 0)),
  }))
}

export function slotPackageId(slot: Slot): string | undefined {
  return relationId(slot.package)
}
