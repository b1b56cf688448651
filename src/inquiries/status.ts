/** Where an inquiry stands in the conversation between patient and hospital. */
export const inquiryStatuses = ['new', 'in-progress', 'answered', 'closed'] as const
export type InquiryStatus = (typeof inquiryStatuses)[number]

export type MessageAuthor = 'patient' | 'staff'

export interface ConversationState {
  status: InquiryStatus
  /** Since when the patient has waited for the hospital; null while the hospital is not the one to act. */
  waitingSince: string | null
}

/**
 * The state after somebody writes. The patient writing puts the ball in the hospital's court
 * (in-progress, waiting from now, unless it already waits); staff writing answers (nobody waits).
 * A closed inquiry reopens when the patient writes again.
 */
export function afterMessage(current: ConversationState, author: MessageAuthor, now: Date = new Date()): ConversationState {
  if (author === 'staff') return { status: 'answered', waitingSince: null }
  const status: InquiryStatus = current.status === 'new' ? 'new' : 'in-progress'
  return { status, waitingSince: current.waitingSince ?? now.toISOString() }
}

/** Staff opening or assigning a new inquiry means somebody is on it. */
export function afterStaffTouch(status: InquiryStatus): InquiryStatus {
  return status === 'new' ? 'in-progress' : status
}
