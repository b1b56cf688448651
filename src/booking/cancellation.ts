/**
 * The cancellation policy a booking agreed to: free until N days before the slot's date, then a
 * fee of feePercent of the agreed total. The fee comes out of the paid deposit; the rest of the
 * deposit is refunded (never below zero: the patient is not billed more after cancelling).
 */

export interface CancellationPolicy {
  freeUntilDays?: number | null
  feePercent?: number | null
}

export interface CancellationQuote {
  /** Whole days from the cancellation day to the slot's day (Japan's calendar). */
  daysBefore: number
  /** The policy's free period still runs (or the fee is waived). */
  free: boolean
  /** What the policy charges: feePercent of the agreed total. */
  policyFeeJPY: number
  /** What is actually kept: the policy fee, out of the deposit paid (nothing is billed on top). */
  feeJPY: number
  refundJPY: number
}

const DAY_MS = 24 * 60 * 60 * 1000
/** Slot dates are days in Japan; "N days before" counts Japanese calendar days. */
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000

function japanDayNumber(at: Date): number {
  return Math.floor((at.getTime() + JAPAN_OFFSET_MS) / DAY_MS)
}

/** The slot's calendar day: its stored date is a day, read in UTC (noon UTC, see slots). */
function slotDayNumber(slotDate: Date): number {
  return Math.floor(slotDate.getTime() / DAY_MS)
}

export function daysBeforeSlot(slotDate: Date, now: Date): number {
  return slotDayNumber(slotDate) - japanDayNumber(now)
}

export function quoteCancellation(args: {
  slotDate: Date
  now: Date
  totalJPY: number
  depositPaidJPY: number
  policy?: CancellationPolicy | null
  /** The hospital cancels or declines: the patient is never charged for that. */
  waiveFee?: boolean
}): CancellationQuote {
  const daysBefore = daysBeforeSlot(args.slotDate, args.now)
  const freeUntil = args.policy?.freeUntilDays
  const percent = args.policy?.feePercent
  const noPolicy = freeUntil === null || freeUntil === undefined || !percent
  const free = Boolean(args.waiveFee) || noPolicy || daysBefore >= freeUntil
  const policyFeeJPY = free ? 0 : Math.round((Math.max(0, args.totalJPY) * Math.min(100, Math.max(0, percent))) / 100)
  const paid = Math.max(0, args.depositPaidJPY)
  const feeJPY = Math.min(policyFeeJPY, paid)
  const refundJPY = Math.max(0, paid - policyFeeJPY)
  return { daysBefore, free, policyFeeJPY, feeJPY, refundJPY }
}
