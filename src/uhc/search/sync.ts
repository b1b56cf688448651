import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, TaskConfig } from 'payload'

import { loadUhcDocs } from './documents'
import { currentUhcIndex, ensureUhcReady, withUhcIndexLock } from './engine'

/**
 * Keeps the hub index in step with the knowledge resources through Payload's jobs queue, like
 * the catalogue (src/search/sync.ts): hooks only enqueue; the task re-reads the published
 * resource and upserts it, or removes it when it is no longer published (unpublished, archived,
 * deleted). Seed runs and bulk jobs set `req.context.skipSearchSync`.
 */

export const UHC_SYNC_TASK = 'syncUhcIndex'

export interface UhcSyncInput {
  id: string
  operation: 'create' | 'update' | 'delete'
}

function skipped(req: PayloadRequest): boolean {
  return Boolean(req.context?.skipSearchSync)
}

/** Until `uhcSearchTasks` is registered in jobs.tasks, saves must not fail on an unknown task. */
function taskRegistered(req: PayloadRequest): boolean {
  return Boolean(req.payload.config.jobs?.tasks?.some((t) => t.slug === UHC_SYNC_TASK))
}

async function enqueue(req: PayloadRequest, input: UhcSyncInput): Promise<void> {
  if (!taskRegistered(req)) return
  // The task slug joins the generated types once the lead registers the task.
  await req.payload.jobs.queue({ task: UHC_SYNC_TASK, input, req } as unknown as Parameters<typeof req.payload.jobs.queue>[0])
}

type WithStatus = { id: string | number; _status?: string | null }

export const enqueueUhcSync: CollectionAfterChangeHook<WithStatus> = async ({ doc, previousDoc, operation, req }) => {
  if (skipped(req)) return doc
  const wasPublic = operation === 'update' && previousDoc?._status === 'published'
  if (!wasPublic && doc._status !== 'published') return doc
  await enqueue(req, { id: String(doc.id), operation })
  return doc
}

export const enqueueUhcSyncAfterDelete: CollectionAfterDeleteHook<WithStatus> = async ({ id, doc, req }) => {
  if (skipped(req)) return doc
  await enqueue(req, { id: String(id), operation: 'delete' })
  return doc
}

export async function applyUhcSync(input: UhcSyncInput, req: PayloadRequest): Promise<{ upserted: number; removed: number }> {
  const index = currentUhcIndex()
  const docs = input.operation === 'delete' ? [] : await loadUhcDocs(req.payload, { id: { equals: input.id } }, req)
  if (docs.length) {
    await index.upsert(docs)
    return { upserted: docs.length, removed: 0 }
  }
  await index.remove([input.id])
  return { upserted: 0, removed: 1 }
}

export const syncUhcIndexTask: TaskConfig<{ input: UhcSyncInput; output: { upserted: number; removed: number } }> = {
  slug: UHC_SYNC_TASK,
  label: 'Sync a knowledge resource into the UHC hub index',
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [
    { name: 'id', type: 'text', required: true },
    { name: 'operation', type: 'select', required: true, options: ['create', 'update', 'delete'] },
  ],
  outputSchema: [
    { name: 'upserted', type: 'number', required: true },
    { name: 'removed', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => {
    // First use in this process fills the index from the database (which already has this change).
    await ensureUhcReady(req.payload)
    const output = await withUhcIndexLock(() => applyUhcSync(input, req))
    return { output }
  },
}

export const uhcSearchTasks = [syncUhcIndexTask]
