import type { TaskConfig } from 'payload'

import { deliverDueEmails } from './delivery'

export const DELIVER_OUTBOX_TASK = 'deliverOutbox'

/**
 * Outbox delivery. Scheduled every few seconds into the default queue, which the app's job runner
 * (`jobs.autoRun` in payload.config.ts) works through; Payload's default `beforeSchedule` keeps at
 * most one waiting delivery job. Tests (runner off) call `deliverDueEmails` or `payload.jobs.run()`.
 */
export const notificationTasks: TaskConfig[] = [
  {
    slug: DELIVER_OUTBOX_TASK,
    label: 'Deliver outbox emails',
    schedule: [{ cron: '*/5 * * * * *', queue: 'default' }],
    // Failures are handled per email (back-off in the row); the job itself is never retried.
    retries: 0,
    outputSchema: [
      { name: 'sent', type: 'number' },
      { name: 'retrying', type: 'number' },
      { name: 'failed', type: 'number' },
    ],
    handler: async ({ req }) => {
      const output = await deliverDueEmails(req.payload)
      return { output }
    },
  },
]
