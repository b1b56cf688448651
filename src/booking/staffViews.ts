import type { Payload, Where } from 'payload'

import { isHospitalMember, isPlatformAdmin } from '@/access/roles'

import type { Booking } from '../../payload-types'

import { slotDateOf } from './slotRule'

/**
 * What the admin panel's booking calendar and dashboard read. Everything goes through the Local
 * API as the staff user with access enforced, so a hospital sees only its own records.
 */

type Staff = Parameters<Payload['find']>[0]['user']

export function canSeeBookingViews(user: unknown): boolean {
  return isHospitalMember(user) || isPlatformAdmin(user)
}

/** The month to show (YYYY-MM from the query, else the current month) and its neighbours. */
export function calendarMonth(raw: unknown, today = new Date()): { year: number; month: number; prev: string; next: string; key: string } {
  const match = typeof raw === 'string' ? /^(\d{4})-(\d{2})$/.exec(raw) : null
  const year = match ? Number(match[1]) : today.getUTCFullYear()
  const month = match ? Math.min(12, Math.max(1, Number(match[2]))) : today.getUTCMonth() + 1
  const fmt = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`
  const prev = month === 1 ? fmt(year - 1, 12) : fmt(year, month - 1)
  const next = month === 12 ? fmt(year + 1, 1) : fmt(year, month + 1)
  return { year, month, prev, next, key: fmt(year, month) }
}

/** Monday-first weeks of a month: each cell a YYYY-MM-DD or null outside the month. */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1))
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const lead = (first.getUTCDay() + 6) % 7
  const cells: (string | null)[] = Array(lead).fill(null)
  for (let d = 1; d <= days; d++) cells.push(`${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

export type CalendarBooking = Pick<Booking, 'id' | 'reference' | 'status' | 'slotDate'> & { packageTitle: string }

/** Bookings of a month, by day, that the staff user may read (live ones: not expired). */
export async function bookingsOfMonth(payload: Payload, user: Staff, year: number, month: number): Promise<Map<string, CalendarBooking[]>> {
  const from = slotDateOf(`${year}-${String(month).padStart(2, '0')}-01`)
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const to = slotDateOf(`${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`)
  const found = await payload.find({
    collection: 'bookings',
    where: { and: [{ slotDate: { greater_than_equal: from } }, { slotDate: { less_than_equal: to } }, { status: { not_equals: 'expired' } }] },
    select: { reference: true, status: true, slotDate: true, agreed: { packageTitle: true } },
    sort: 'slotDate',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const byDay = new Map<string, CalendarBooking[]>()
  for (const b of found.docs) {
    const day = new Date(b.slotDate).toISOString().slice(0, 10)
    const list = byDay.get(day) ?? []
    list.push({ id: b.id, reference: b.reference, status: b.status, slotDate: b.slotDate, packageTitle: b.agreed?.packageTitle ?? '' })
    byDay.set(day, list)
  }
  return byDay
}

export interface DashboardFigures {
  newInquiries: number
  /** The oldest time a patient has been waiting for an answer (ISO), if anybody waits. */
  longestWaitingSince?: string
  pendingApprovals: number
  upcomingArrivals: CalendarBooking[]
}

async function safeCount(payload: Payload, user: Staff, collection: 'inquiries' | 'bookings', where: Where): Promise<number> {
  try {
    return (await payload.count({ collection, where, overrideAccess: false, user })).totalDocs
  } catch {
    return 0
  }
}

/** The hospital dashboard: new inquiries, the longest unanswered wait, approvals, arrivals in 14 days. */
export async function dashboardFigures(payload: Payload, user: Staff, now = new Date()): Promise<DashboardFigures> {
  const newInquiries = await safeCount(payload, user, 'inquiries', { status: { equals: 'new' } })
  let longestWaitingSince: string | undefined
  try {
    const waiting = await payload.find({
      collection: 'inquiries',
      where: { and: [{ waitingSince: { exists: true } }, { status: { not_equals: 'closed' } }] },
      sort: 'waitingSince',
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user,
    })
    const since = (waiting.docs[0] as { waitingSince?: string | null } | undefined)?.waitingSince
    longestWaitingSince = since ?? undefined
  } catch {
    longestWaitingSince = undefined
  }
  const pendingApprovals = await safeCount(payload, user, 'bookings', { status: { equals: 'requested' } })
  const today = slotDateOf(now.toISOString().slice(0, 10))
  const horizon = slotDateOf(new Date(now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10))
  const arrivals = await payload.find({
    collection: 'bookings',
    where: { and: [{ status: { in: ['confirmed', 'pending-payment'] } }, { slotDate: { greater_than_equal: today } }, { slotDate: { less_than_equal: horizon } }] },
    select: { reference: true, status: true, slotDate: true, agreed: { packageTitle: true } },
    sort: 'slotDate',
    limit: 20,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return {
    newInquiries,
    longestWaitingSince,
    pendingApprovals,
    upcomingArrivals: arrivals.docs.map((b) => ({ id: b.id, reference: b.reference, status: b.status, slotDate: b.slotDate, packageTitle: b.agreed?.packageTitle ?? '' })),
  }
}
