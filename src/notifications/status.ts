/**
 * An outbox row's life: `pending` (waiting for its next attempt), `sending` (claimed by one runner
 * until its lease ends), `sent`, or `failed` after the last attempt.
 */
export const outboxStatuses = ['pending', 'sending', 'sent', 'failed'] as const
export type OutboxStatus = (typeof outboxStatuses)[number]
