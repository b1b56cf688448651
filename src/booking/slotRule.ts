/**
 * Bulk slot creation: a rule (from, to, weekdays) expanded into calendar days. Pure.
 * Weekdays follow ISO 8601: 1 = Monday … 7 = Sunday.
 */

export interface SlotRule {
  /** First day, YYYY-MM-DD. */
  from: string
  /** Last day (inclusive), YYYY-MM-DD. */
  to: string
  weekdays: number[]
}

/** Bulk creation is for a season, not a decade: a typo in a year must not create thousands. */
export const MAX_BULK_DAYS = 366

const DAY = /^\d{4}-\d{2}-\d{2}$/

export class SlotRuleError extends Error {
  constructor(
    readonly field: 'from' | 'to' | 'weekdays',
    message: string,
  ) {
    super(message)
    this.name = 'SlotRuleError'
  }
}

function parseDay(field: 'from' | 'to', value: string): Date {
  if (!DAY.test(value)) throw new SlotRuleError(field, `${field} must be a date as YYYY-MM-DD.`)
  const date = new Date(`${value}T12:00:00.000Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new SlotRuleError(field, `${field} is not a real date: ${value}.`)
  }
  return date
}

/** The days (YYYY-MM-DD) the rule selects, in order. */
export function expandSlotRule(rule: SlotRule): string[] {
  const from = parseDay('from', rule.from)
  const to = parseDay('to', rule.to)
  if (to < from) throw new SlotRuleError('to', 'to must not be before from.')
  const weekdays = new Set(rule.weekdays)
  if (weekdays.size === 0 || [...weekdays].some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw new SlotRuleError('weekdays', 'weekdays must list at least one day from 1 (Monday) to 7 (Sunday).')
  }
  const span = Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1
  if (span > MAX_BULK_DAYS) throw new SlotRuleError('to', `A rule covers at most ${MAX_BULK_DAYS} days.`)
  const days: string[] = []
  for (let i = 0; i < span; i++) {
    const day = new Date(from.getTime() + i * 86_400_000)
    const iso = day.getUTCDay() === 0 ? 7 : day.getUTCDay()
    if (weekdays.has(iso)) days.push(day.toISOString().slice(0, 10))
  }
  return days
}

/** A slot's stored date: the day at noon UTC, so every time zone reads the same calendar day. */
export function slotDateOf(day: string): string {
  return `${day}T12:00:00.000Z`
}

/** Normalises any date value to its stored form (the UTC calendar day at noon). */
export function normaliseSlotDate(value: string | Date): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new SlotRuleError('from', 'Not a date.')
  return slotDateOf(date.toISOString().slice(0, 10))
}
