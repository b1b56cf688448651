import type { ApplicationStatus } from './vocabulary'

/**
 * Who moves an application where. The host reviews (submitted → under review → shortlisted →
 * accepted or rejected; it may also decide straight from review); the applicant alone withdraws,
 * while no decision has been made.
 */
const hostMoves: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  submitted: ['under-review', 'rejected'],
  'under-review': ['shortlisted', 'accepted', 'rejected'],
  shortlisted: ['accepted', 'rejected', 'under-review'],
  accepted: [],
  rejected: [],
  withdrawn: [],
}

const withdrawable: readonly ApplicationStatus[] = ['submitted', 'under-review', 'shortlisted']

export type ApplicationActor = 'host' | 'applicant'

export function canMoveApplication(from: ApplicationStatus, to: ApplicationStatus, actor: ApplicationActor): boolean {
  if (from === to) return true
  if (actor === 'applicant') return to === 'withdrawn' && withdrawable.includes(from)
  return hostMoves[from].includes(to)
}

export function canWithdraw(status: ApplicationStatus): boolean {
  return withdrawable.includes(status)
}

/** Whether a programme still takes applications at `now` (the deadline day is included, in UTC). */
export function applicationsOpen(deadline: string | null | undefined, now: Date = new Date()): boolean {
  if (!deadline) return true
  const end = new Date(deadline)
  if (Number.isNaN(end.getTime())) return true
  // A date-only deadline means "until the end of that day".
  const endOfDay = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate(), 23, 59, 59, 999)
  return now.getTime() <= endOfDay
}
