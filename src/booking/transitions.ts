/**
 * The booking state machine: which status may follow which, and who may move it.
 * Pure: the service (src/booking/service.ts) applies it and records every move.
 */

export const bookingStatuses = [
  'requested',
  'approved',
  'pending-payment',
  'confirmed',
  'completed',
  'cancelled',
  'refunded',
  'expired',
] as const
export type BookingStatus = (typeof bookingStatuses)[number]

export const actorTypes = ['patient', 'staff', 'system'] as const
export type ActorType = (typeof actorTypes)[number]

type Moves = Partial<Record<BookingStatus, readonly ActorType[]>>

/**
 * from → to → who may make the move.
 * - The patient may only cancel (their own booking; ownership is checked by the service).
 * - Hospital staff approve, decline (requested → cancelled), confirm an offline deposit,
 *   complete, cancel and refund.
 * - The system expires unpaid holds and confirms on a paid deposit; it also moves an approved
 *   booking on to payment and records a refund the payment provider reported.
 * completed, refunded and expired are final. A cancelled booking only moves on to refunded.
 */
export const allowedTransitions: Record<BookingStatus, Moves> = {
  requested: { approved: ['staff'], cancelled: ['staff', 'patient'] },
  approved: { 'pending-payment': ['staff', 'system'], cancelled: ['staff', 'patient'] },
  'pending-payment': { confirmed: ['staff', 'system'], cancelled: ['staff', 'patient'], expired: ['system'] },
  confirmed: { completed: ['staff'], cancelled: ['staff', 'patient'] },
  cancelled: { refunded: ['staff', 'system'] },
  completed: {},
  refunded: {},
  expired: {},
}

/** Statuses in which the booking holds its place on the slot. */
export const placeHoldingStatuses: readonly BookingStatus[] = ['requested', 'approved', 'pending-payment', 'confirmed', 'completed']

export function isBookingStatus(value: unknown): value is BookingStatus {
  return typeof value === 'string' && (bookingStatuses as readonly string[]).includes(value)
}

/** A move the state machine does not allow (409), or one this actor may not make (403). */
export class InvalidTransition extends Error {
  readonly status: 409 | 403
  /** Translation key in the `bookings` namespace. */
  readonly messageKey: string
  constructor(
    readonly from: BookingStatus,
    readonly to: BookingStatus,
    readonly actorType: ActorType,
    reason: 'not-allowed' | 'not-yours',
  ) {
    super(
      reason === 'not-allowed'
        ? `A booking that is ${from} cannot become ${to}.`
        : `A ${actorType} may not move a booking from ${from} to ${to}.`,
    )
    this.name = 'InvalidTransition'
    this.status = reason === 'not-allowed' ? 409 : 403
    this.messageKey = reason === 'not-allowed' ? 'errors.invalidTransition' : 'errors.transitionNotPermitted'
  }
}

export function canTransition(from: BookingStatus, to: BookingStatus, actor?: ActorType): boolean {
  const who = allowedTransitions[from][to]
  if (!who) return false
  return actor === undefined || who.includes(actor)
}

/** Checks a move; throws InvalidTransition (409 not allowed at all, 403 not by this actor). */
export function transition(from: BookingStatus, to: BookingStatus, actor: ActorType): BookingStatus {
  const who = allowedTransitions[from][to]
  if (!who) throw new InvalidTransition(from, to, actor, 'not-allowed')
  if (!who.includes(actor)) throw new InvalidTransition(from, to, actor, 'not-yours')
  return to
}

/** The moves open to an actor from a status (the admin panel shows one button per move). */
export function nextStatuses(from: BookingStatus, actor: ActorType): BookingStatus[] {
  return Object.entries(allowedTransitions[from])
    .filter(([, who]) => who?.includes(actor))
    .map(([to]) => to as BookingStatus)
}
