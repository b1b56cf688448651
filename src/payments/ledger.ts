import { ValidationError, type PayloadRequest } from 'payload'

import type { PaymentMethod } from './port'
import type { LedgerEntry, PaymentEventKind, PaymentStatus } from './records'

export interface PaymentEvent {
  bookingId: string
  hospitalId: string
  patientId?: string
  provider: PaymentMethod
  kind: PaymentEventKind
  status: PaymentStatus
  amountJPY: number
  /** Unique per event: the Stripe event ID, or a key naming the staff action or API call. */
  eventKey: string
  providerRef?: string
  eventType: string
  occurredAt?: string
  recordedBy?: string
  note?: string
}

function isDuplicateEventKey(err: unknown): boolean {
  if (!(err instanceof ValidationError)) return false
  const errors = (err.data as { errors?: { path?: string }[] } | undefined)?.errors ?? []
  return errors.some((e) => e.path === 'eventKey')
}

export async function hasPaymentEvent(req: PayloadRequest, eventKey: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'payments',
    where: { eventKey: { equals: eventKey } },
    req,
    // The ledger is looked up by the service for idempotency, whoever triggered it.
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * Appends one payment event to the ledger, or reports that it is already there. The unique
 * `eventKey` decides: of two concurrent deliveries of the same event, one insert wins. The
 * lookup first keeps a known duplicate from ever reaching the index (a failed insert aborts a
 * MongoDB transaction).
 */
export async function recordPaymentEvent(req: PayloadRequest, event: PaymentEvent): Promise<'recorded' | 'duplicate'> {
  if (await hasPaymentEvent(req, event.eventKey)) return 'duplicate'
  try {
    await req.payload.create({
      collection: 'payments',
      // Nobody creates payment records over the API; the service writes them after its own checks.
      overrideAccess: true,
      req,
      depth: 0,
      data: {
        booking: event.bookingId,
        hospital: event.hospitalId,
        patient: event.patientId,
        provider: event.provider,
        kind: event.kind,
        status: event.status,
        amountJPY: event.amountJPY,
        eventKey: event.eventKey,
        providerRef: event.providerRef,
        eventType: event.eventType,
        occurredAt: event.occurredAt ?? new Date().toISOString(),
        recordedBy: event.recordedBy,
        note: event.note,
      },
    })
    return 'recorded'
  } catch (err) {
    if (isDuplicateEventKey(err)) return 'duplicate'
    throw err
  }
}

/** Every ledger entry of a booking (oldest first). */
export async function ledgerOf(req: PayloadRequest, bookingId: string): Promise<(LedgerEntry & { provider: string; eventKey: string })[]> {
  const { docs } = await req.payload.find({
    collection: 'payments',
    where: { booking: { equals: bookingId } },
    sort: 'occurredAt',
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
    select: { kind: true, status: true, amountJPY: true, providerRef: true, provider: true, eventKey: true },
  })
  return docs.map((d) => {
    const row = d as unknown as Record<string, unknown>
    return {
      kind: row.kind as PaymentEventKind,
      status: row.status as PaymentStatus,
      amountJPY: Number(row.amountJPY ?? 0),
      providerRef: (row.providerRef as string | null | undefined) ?? null,
      provider: String(row.provider),
      eventKey: String(row.eventKey),
    }
  })
}

/** The booking a Stripe payment reference belongs to, from the ledger (when an earlier event named it). */
export async function bookingOfProviderRef(req: PayloadRequest, providerRef: string): Promise<string | undefined> {
  const { docs } = await req.payload.find({
    collection: 'payments',
    where: { providerRef: { equals: providerRef } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    select: { booking: true },
  })
  const booking = (docs[0] as unknown as { booking?: unknown } | undefined)?.booking
  if (booking === undefined || booking === null) return undefined
  return typeof booking === 'object' ? String((booking as { id: unknown }).id) : String(booking)
}
