import { describe, expect, it } from 'vitest'

import {
  allowedTransitions,
  bookingStatuses,
  canTransition,
  InvalidTransition,
  nextStatuses,
  transition,
  type BookingStatus,
} from '@/booking/transitions'

describe('booking state machine', () => {
  it('lets the hospital approve or decline a request, and the patient withdraw it', () => {
    expect(transition('requested', 'approved', 'staff')).toBe('approved')
    expect(transition('requested', 'cancelled', 'staff')).toBe('cancelled')
    expect(transition('requested', 'cancelled', 'patient')).toBe('cancelled')
  })

  it('confirms an awaited deposit by the system (payment) or staff (offline), and expires it only by the system', () => {
    expect(canTransition('pending-payment', 'confirmed', 'system')).toBe(true)
    expect(canTransition('pending-payment', 'confirmed', 'staff')).toBe(true)
    expect(canTransition('pending-payment', 'confirmed', 'patient')).toBe(false)
    expect(canTransition('pending-payment', 'expired', 'system')).toBe(true)
    expect(canTransition('pending-payment', 'expired', 'staff')).toBe(false)
  })

  it('lets the patient do nothing but cancel', () => {
    for (const from of bookingStatuses) {
      expect(nextStatuses(from, 'patient').every((to) => to === 'cancelled')).toBe(true)
    }
    expect(nextStatuses('confirmed', 'patient')).toEqual(['cancelled'])
  })

  it('refunds only a cancelled booking', () => {
    const into = bookingStatuses.filter((from) => canTransition(from, 'refunded'))
    expect(into).toEqual(['cancelled'])
  })

  it('keeps completed, refunded and expired final', () => {
    for (const final of ['completed', 'refunded', 'expired'] as BookingStatus[]) {
      expect(Object.keys(allowedTransitions[final])).toEqual([])
    }
  })

  it('never goes back to an earlier step', () => {
    expect(canTransition('confirmed', 'pending-payment')).toBe(false)
    expect(canTransition('approved', 'requested')).toBe(false)
    expect(canTransition('expired', 'pending-payment')).toBe(false)
    expect(canTransition('cancelled', 'confirmed')).toBe(false)
  })

  it('refuses a move that does not exist with a 409 naming both statuses', () => {
    try {
      transition('pending-payment', 'completed', 'staff')
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidTransition)
      const e = err as InvalidTransition
      expect([e.status, e.from, e.to, e.messageKey]).toEqual([409, 'pending-payment', 'completed', 'errors.invalidTransition'])
    }
  })

  it('refuses an existing move by the wrong actor with a 403', () => {
    expect(() => transition('requested', 'approved', 'patient')).toThrow(
      expect.objectContaining({ status: 403, messageKey: 'errors.transitionNotPermitted' }),
    )
  })

  it('knows every status in the table', () => {
    expect(Object.keys(allowedTransitions).sort()).toEqual([...bookingStatuses].sort())
  })
})
