import { ValidationError, type Payload, type PayloadRequest } from 'payload'

/**
 * Places of a slot are claimed by inserting a `slot-places` row; the unique (slot, place) index
 * decides every race, on SQLite and MongoDB alike. Never check-then-insert: a read only picks
 * which numbers to try first, the insert is what claims.
 */

/** A claim row left without its booking (the process died between the two writes) is freed after this. */
const ORPHAN_CLAIM_MS = 5 * 60 * 1000

/** Did the unique (slot, place) index refuse the insert? */
export function isPlaceTaken(err: unknown): boolean {
  if (err instanceof ValidationError) {
    const errors = (err.data as { errors?: { path?: string; message?: string }[] } | undefined)?.errors ?? []
    if (errors.some((e) => /slot|place/i.test(e.path ?? ''))) return true
  }
  const text = err instanceof Error ? `${err.message} ${String((err as { cause?: unknown }).cause ?? '')}` : String(err)
  const code = (err as { code?: unknown } | null)?.code
  return code === 11000 || /E11000|UNIQUE constraint failed|unique/i.test(text)
}

async function takenPlaceNumbers(payload: Payload, slotId: string): Promise<Set<number>> {
  const rows = await payload.find({
    collection: 'slot-places',
    where: { slot: { equals: slotId } },
    select: { place: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(rows.docs.map((row) => Number(row.place)))
}

/**
 * Claims the first free place of 1..capacity, or returns null when the slot is full. Each insert
 * is its own write outside the caller's transaction: on MongoDB a refused insert aborts the
 * transaction it runs in, and a claim must be visible to every competing request at once.
 */
export async function claimPlace(
  payload: Payload,
  slot: { id: string; capacity: number; hospital: string },
): Promise<{ id: string; place: number } | null> {
  const taken = await takenPlaceNumbers(payload, slot.id)
  const candidates: number[] = []
  for (let place = 1; place <= slot.capacity; place++) if (!taken.has(place)) candidates.push(place)
  for (const place of candidates) {
    try {
      // The service is the only writer of claims (nobody may create them over the API).
      const row = await payload.create({
        collection: 'slot-places',
        data: { slot: slot.id, place, hospital: slot.hospital },
        depth: 0,
        overrideAccess: true,
      })
      return { id: String(row.id), place }
    } catch (err) {
      if (isPlaceTaken(err)) continue
      throw err
    }
  }
  return null
}

export async function attachClaimToBooking(req: PayloadRequest, claimId: string, bookingId: string): Promise<void> {
  await req.payload.update({ collection: 'slot-places', id: claimId, data: { booking: bookingId }, depth: 0, overrideAccess: true, req })
}

export async function dropClaim(payload: Payload, claimId: string): Promise<void> {
  await payload.delete({ collection: 'slot-places', id: claimId, depth: 0, overrideAccess: true })
}

/** Frees the place a booking held (it expired or was cancelled). */
export async function releasePlaceOf(req: PayloadRequest, bookingId: string): Promise<void> {
  await req.payload.delete({
    collection: 'slot-places',
    where: { booking: { equals: bookingId } },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/** Frees claims whose booking was never written (a crash between claim and booking). */
export async function releaseOrphanClaims(payload: Payload, slotId: string, now = new Date()): Promise<void> {
  await payload.delete({
    collection: 'slot-places',
    where: {
      and: [
        { slot: { equals: slotId } },
        { booking: { exists: false } },
        { createdAt: { less_than: new Date(now.getTime() - ORPHAN_CLAIM_MS).toISOString() } },
      ],
    },
    depth: 0,
    overrideAccess: true,
  })
}

/** Places taken on each slot, for the picker and the admin. */
export async function takenCounts(payload: Payload, slotIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (slotIds.length === 0) return counts
  const rows = await payload.find({
    collection: 'slot-places',
    where: { slot: { in: slotIds } },
    select: { slot: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const row of rows.docs) {
    const id = String(typeof row.slot === 'object' && row.slot ? row.slot.id : row.slot)
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/** The highest place number taken on a slot (0 when none): capacity may not go below it. */
export async function highestTakenPlace(payload: Payload, slotId: string, req?: PayloadRequest): Promise<number> {
  const rows = await payload.find({
    collection: 'slot-places',
    where: { slot: { equals: slotId } },
    sort: '-place',
    limit: 1,
    select: { place: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return rows.docs[0] ? Number(rows.docs[0].place) : 0
}
