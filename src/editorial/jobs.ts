import type { CollectionSlug, PayloadRequest, TaskConfig } from 'payload'

import { publishIfDue, PUBLISH_SCHEDULED_TASK } from './service'
import { editorialCollections } from './statuses'

export { PUBLISH_SCHEDULED_TASK }
export const PUBLISH_DUE_CONTENT_TASK = 'publishDueContent'

/**
 * Publishes every editorial document whose scheduled time has passed. The per-document job
 * (queued with `waitUntil: publishAt`) normally does it on time; this sweep catches any whose
 * job was lost (a queue cleared, a restore from backup) within a minute.
 */
export async function publishDueContent(req: PayloadRequest, now = new Date()): Promise<number> {
  let published = 0
  for (const collection of editorialCollections) {
    // The job runs without a user; it only ever publishes content an editor scheduled.
    const due = await req.payload.find({
      collection: collection as CollectionSlug,
      draft: true,
      depth: 0,
      limit: 100,
      pagination: false,
      overrideAccess: true,
      req,
      where: { and: [{ workflowStatus: { equals: 'scheduled' } }, { 'workflow.publishAt': { less_than_equal: now.toISOString() } }] },
      select: { workflow: true } as never,
    })
    for (const doc of due.docs as { id: string | number; workflow?: { publishAt?: string | null } }[]) {
      const publishAt = doc.workflow?.publishAt
      if (!publishAt) continue
      if (await publishIfDue(req, { collection, id: String(doc.id), publishAt }, now)) published += 1
    }
  }
  return published
}

/** Scheduled publishing. The lead registers these in payload.config.ts `jobs.tasks`. */
// The slugs join payload-types.ts `jobs.tasks` once these are registered in the config; until
// then TypeScript does not know them, hence the widening casts.
export const editorialTasks: TaskConfig[] = [
  {
    slug: PUBLISH_SCHEDULED_TASK as TaskConfig['slug'],
    label: 'Publish scheduled content',
    inputSchema: [
      { name: 'collection', type: 'text', required: true },
      { name: 'id', type: 'text', required: true },
      { name: 'publishAt', type: 'text', required: true },
    ],
    outputSchema: [{ name: 'published', type: 'checkbox' }],
    retries: 2,
    handler: async ({ input, req }) => {
      const { collection, id, publishAt } = input as { collection: string; id: string; publishAt: string }
      return { output: { published: await publishIfDue(req, { collection, id, publishAt }) } }
    },
  },
  {
    slug: PUBLISH_DUE_CONTENT_TASK as TaskConfig['slug'],
    label: 'Publish overdue scheduled content',
    schedule: [{ cron: '30 * * * * *', queue: 'default' }],
    retries: 0,
    outputSchema: [{ name: 'published', type: 'number' }],
    handler: async ({ req }) => ({ output: { published: await publishDueContent(req) } }),
  },
]
