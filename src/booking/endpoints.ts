import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { isHospitalMember, isPlatformAdmin } from '@/access/roles'
import { getTranslator } from '@/i18n/server'
import { PaymentError } from '@/payments/errors'
import { recordOfflineDeposit } from '@/payments/service'

import { BookingError } from './errors'

import { createSlotsInBulk } from './slots'
import { SlotRuleError } from './slotRule'
import { cancelBooking, refundBooking, transitionBooking } from './service'

async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** The admin speaks English or Japanese: refusals are explained in the staff member's language. */
function adminLocale(req?: PayloadRequest): 'en' | 'ja' {
  return req?.i18n?.language === 'ja' ? 'ja' : 'en'
}

function errorResponse(err: unknown, req?: PayloadRequest): Response {
  if (err instanceof SlotRuleError) return Response.json({ errors: [{ message: err.message, field: err.field }] }, { status: 400 })
  const status = typeof (err as { status?: unknown })?.status === 'number' ? (err as { status: number }).status : 500
  let message = status < 500 && err instanceof Error ? err.message : 'Something went wrong.'
  if (err instanceof BookingError) message = err.messageIn(adminLocale(req))
  if (err instanceof PaymentError) message = String(getTranslator(adminLocale(req), 'bookings')(`payment.errors.${err.key}`))
  const data = (err as { data?: unknown })?.data
  return Response.json({ errors: [{ message, data }] }, { status })
}

/** POST /api/slots/bulk { package, from, to, weekdays: [1..7], capacity, note? } (hospital staff). */
export const bulkCreateSlotsEndpoint: Endpoint = {
  path: '/bulk',
  method: 'post',
  handler: async (req) => {
    if (!isHospitalMember(req.user) && !isPlatformAdmin(req.user)) return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })
    const body = await jsonBody(req)
    try {
      const result = await createSlotsInBulk(req, {
        package: String(body.package ?? ''),
        from: String(body.from ?? ''),
        to: String(body.to ?? ''),
        weekdays: Array.isArray(body.weekdays) ? body.weekdays.map(Number) : [],
        capacity: Number(body.capacity),
        note: typeof body.note === 'string' ? body.note : undefined,
      })
      return Response.json({ created: result.created.length, skipped: result.skipped }, { status: 201 })
    } catch (err) {
      return errorResponse(err, req)
    }
  },
}

export const bookingActions = ['approve', 'decline', 'deposit-received', 'complete', 'cancel', 'refund'] as const
export type BookingAction = (typeof bookingActions)[number]

/**
 * The admin panel's booking actions: POST /api/bookings/:id/transition { action, note? }.
 * The booking service checks who may do what (staff of the booking's hospital only).
 */
export async function runBookingAction(req: PayloadRequest, bookingId: string, action: BookingAction, note?: string) {
  switch (action) {
    case 'approve':
      return transitionBooking(req, { bookingId, to: 'approved', note })
    case 'decline':
      return cancelBooking(req, { bookingId, note: note ?? 'Declined by the hospital' })
    case 'cancel':
      return cancelBooking(req, { bookingId, note })
    case 'complete':
      return transitionBooking(req, { bookingId, to: 'completed', note })
    case 'refund':
      return refundBooking(req, { bookingId, note })
    case 'deposit-received':
      return recordOfflineDeposit(req, { bookingId })
  }
}

export const bookingTransitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    if (!isHospitalMember(req.user) && !isPlatformAdmin(req.user)) return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })
    const id = String(req.routeParams?.id ?? '')
    const body = await jsonBody(req)
    const action = body.action
    if (typeof action !== 'string' || !(bookingActions as readonly string[]).includes(action)) {
      return Response.json({ errors: [{ message: `action must be one of ${bookingActions.join(', ')}` }] }, { status: 400 })
    }
    try {
      const booking = await runBookingAction(req, id, action as BookingAction, typeof body.note === 'string' ? body.note.slice(0, 500) : undefined)
      return Response.json({ booking })
    } catch (err) {
      if (!(err instanceof APIError) && !(err as { status?: number }).status) req.payload.logger.error({ err, msg: 'Booking action failed' })
      return errorResponse(err, req)
    }
  },
}
