import type { TaskConfig } from 'payload'

import { releaseExpiredHolds } from './service'

export const RELEASE_EXPIRED_HOLDS_TASK = 'releaseExpiredHolds'

/**
 * Booking jobs. `releaseExpiredHolds` is scheduled every minute into the default queue, which the
 * app's job runner works through (payload.config.ts `jobs.autoRun`); holdPlace also frees a slot's
 * overdue holds itself before claiming, so an expired hold never blocks a patient in between.
 */
export const bookingTasks: TaskConfig[] = [
  {
    slug: RELEASE_EXPIRED_HOLDS_TASK,
    label: 'Release expired booking holds',
    schedule: [{ cron: '0 * * * * *', queue: 'default' }],
    retries: 0,
    outputSchema: [{ name: 'expired', type: 'number' }],
    handler: async ({ req }) => {
      const expired = await releaseExpiredHolds(req.payload, { req })
      return { output: { expired } }
    },
  },
]
