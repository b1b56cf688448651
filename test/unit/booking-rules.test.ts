import { describe, expect, it } from 'vitest'

import { daysBeforeSlot, quoteCancellation } from '@/booking/cancellation'
import { newBookingReference, REFERENCE_PATTERN } from '@/booking/reference'
import { expandSlotRule, MAX_BULK_DAYS, normaliseSlotDate, SlotRuleError } from '@/booking/slotRule'

const slot = new Date('2027-05-20T12:00:00.000Z')
const policy = { freeUntilDays: 14, feePercent: 10 }

describe('cancellation policy', () => {
  it('is free until the policy deadline, refunding the whole deposit', () => {
    const quote = quoteCancellation({ slotDate: slot, now: new Date('2027-05-06T10:00:00+09:00'), totalJPY: 300_000, depositPaidJPY: 50_000, policy })
    expect(quote).toEqual({ daysBefore: 14, free: true, policyFeeJPY: 0, feeJPY: 0, refundJPY: 50_000 })
  })

  it('charges feePercent of the total after the deadline, out of the deposit', () => {
    const quote = quoteCancellation({ slotDate: slot, now: new Date('2027-05-07T10:00:00+09:00'), totalJPY: 300_000, depositPaidJPY: 50_000, policy })
    expect(quote).toEqual({ daysBefore: 13, free: false, policyFeeJPY: 30_000, feeJPY: 30_000, refundJPY: 20_000 })
  })

  it('never refunds below zero nor bills more than the deposit when the fee exceeds it', () => {
    const quote = quoteCancellation({ slotDate: slot, now: new Date('2027-05-19T10:00:00+09:00'), totalJPY: 300_000, depositPaidJPY: 20_000, policy: { freeUntilDays: 7, feePercent: 50 } })
    expect(quote.policyFeeJPY).toBe(150_000)
    expect(quote.feeJPY).toBe(20_000)
    expect(quote.refundJPY).toBe(0)
  })

  it('costs and refunds nothing when no deposit was paid, even late', () => {
    const quote = quoteCancellation({ slotDate: slot, now: new Date('2027-05-19T00:00:00Z'), totalJPY: 300_000, depositPaidJPY: 0, policy })
    expect([quote.feeJPY, quote.refundJPY]).toEqual([0, 0])
  })

  it('is free without a policy, and when the hospital cancels', () => {
    const late = new Date('2027-05-19T10:00:00+09:00')
    expect(quoteCancellation({ slotDate: slot, now: late, totalJPY: 300_000, depositPaidJPY: 50_000, policy: null }).feeJPY).toBe(0)
    expect(quoteCancellation({ slotDate: slot, now: late, totalJPY: 300_000, depositPaidJPY: 50_000, policy, waiveFee: true })).toMatchObject({ feeJPY: 0, refundJPY: 50_000 })
  })

  it('counts days on the Japanese calendar (late evening UTC is already the next day in Japan)', () => {
    expect(daysBeforeSlot(slot, new Date('2027-05-18T14:59:00Z'))).toBe(2)
    expect(daysBeforeSlot(slot, new Date('2027-05-18T15:00:00Z'))).toBe(1)
  })

  it('rounds the fee to whole yen', () => {
    const quote = quoteCancellation({ slotDate: slot, now: new Date('2027-05-19T00:00:00Z'), totalJPY: 333_333, depositPaidJPY: 100_000, policy: { freeUntilDays: 10, feePercent: 15 } })
    expect(Number.isInteger(quote.feeJPY)).toBe(true)
    expect(quote.feeJPY).toBe(50_000)
  })
})

describe('bulk slot rule', () => {
  it('selects every weekday of a month', () => {
    const days = expandSlotRule({ from: '2027-02-01', to: '2027-02-28', weekdays: [1, 2, 3, 4, 5] })
    expect(days).toHaveLength(20)
    expect(days[0]).toBe('2027-02-01')
    expect(days.at(-1)).toBe('2027-02-26')
  })

  it('treats 7 as Sunday and includes both ends', () => {
    expect(expandSlotRule({ from: '2027-02-06', to: '2027-02-14', weekdays: [6, 7] })).toEqual(['2027-02-06', '2027-02-07', '2027-02-13', '2027-02-14'])
  })

  it('refuses impossible dates, reversed ranges, empty weekdays and overlong ranges', () => {
    expect(() => expandSlotRule({ from: '2027-02-30', to: '2027-03-01', weekdays: [1] })).toThrow(SlotRuleError)
    expect(() => expandSlotRule({ from: '2027-03-01', to: '2027-02-01', weekdays: [1] })).toThrow(/before/)
    expect(() => expandSlotRule({ from: '2027-03-01', to: '2027-03-09', weekdays: [] })).toThrow(/weekdays/)
    expect(() => expandSlotRule({ from: '2027-03-01', to: '2027-03-09', weekdays: [0] })).toThrow(/weekdays/)
    expect(() => expandSlotRule({ from: '2027-01-01', to: '2028-12-31', weekdays: [1] })).toThrow(String(MAX_BULK_DAYS))
  })

  it('stores a day at noon UTC so every time zone reads the same date', () => {
    expect(normaliseSlotDate('2027-02-01T03:00:00.000Z')).toBe('2027-02-01T12:00:00.000Z')
  })
})

describe('booking reference', () => {
  it('is short and free of look-alike characters', () => {
    for (let i = 0; i < 200; i++) {
      const ref = newBookingReference()
      expect(ref).toMatch(REFERENCE_PATTERN)
      expect(ref.slice(3)).not.toMatch(/[01ILO]/)
    }
  })
})
