import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Payload,
  PayloadRequest,
  RequestContext,
  TaskConfig,
} from 'payload'

import { relationId } from '@/access/roles'

import type { CarePackage, Hospital, SearchSynonym, Specialty } from '../../payload-types'
import { ensureSearchReady, currentSearchIndex, pushSynonyms, withIndexLock } from './bootstrap'
import { buildDocumentsFor, recordsUsingSpecialty, searchDocId } from './documents'

/**
 * Keeps the search index in step with the catalogue through Payload's jobs queue.
 *
 * Hooks only enqueue (one insert); the engine is never called inside a save, so a slow or
 * failing engine can neither slow nor fail one. The queue runs in the server process every few
 * seconds (`jobs.autoRun` in payload.config.ts), and a task re-reads the record from the
 * database, so it indexes the latest state however many saves came before it, and a job left by
 * a save that failed after its hook finds the record unchanged and changes nothing.
 */

export const SYNC_SEARCH_TASK = 'syncSearchIndex'
export const SET_SYNONYMS_TASK = 'setSearchSynonyms'

export const syncedCollections = ['care-packages', 'hospitals', 'specialties'] as const
export type SyncedCollectionSlug = (typeof syncedCollections)[number]

export interface SyncSearchInput {
  collection: SyncedCollectionSlug
  id: string
  operation: 'create' | 'update' | 'delete'
  /** Packages: the hospitals whose cheapest price may have moved (current and previous owner). */
  hospitalIds?: string[] | null
  /** Specialties: slugs documents may still carry (the old slug after a rename, the slug of a deleted one). */
  specialtySlugs?: string[] | null
}

/** Seed runs and bulk jobs set this so thousands of writes do not enqueue thousands of syncs. */
export const skipSearchSyncContext: RequestContext = { skipSearchSync: true }

function skipped(req: PayloadRequest): boolean {
  return Boolean(req.context?.skipSearchSync)
}

async function enqueueSync(req: PayloadRequest, input: SyncSearchInput): Promise<void> {
  // With `req` the job joins the save's transaction where the database has one (MongoDB); Payload
  // runs SQLite without transactions, where a stray job is harmless (see above).
  await req.payload.jobs.queue({ task: SYNC_SEARCH_TASK, input, req })
}

const presentIds = (...values: unknown[]): string[] => [...new Set(values.flatMap((v) => relationId(v) ?? []))]

// ------------------------------------------------------------------ hooks

export const enqueuePackageSync: CollectionAfterChangeHook<CarePackage> = async ({ doc, previousDoc, operation, req }) => {
  if (skipped(req)) return doc
  // A draft that stays unpublished was never in the index and does not belong there.
  const wasPublic = operation === 'update' && previousDoc?.status === 'published'
  if (!wasPublic && doc.status !== 'published') return doc
  await enqueueSync(req, {
    collection: 'care-packages',
    id: String(doc.id),
    operation,
    hospitalIds: presentIds(doc.hospital, operation === 'update' ? previousDoc?.hospital : undefined),
  })
  return doc
}

export const enqueuePackageSyncAfterDelete: CollectionAfterDeleteHook<CarePackage> = async ({ doc, id, req }) => {
  if (skipped(req)) return doc
  await enqueueSync(req, { collection: 'care-packages', id: String(id), operation: 'delete', hospitalIds: presentIds(doc?.hospital) })
  return doc
}

export const enqueueHospitalSync: CollectionAfterChangeHook<Hospital> = async ({ doc, previousDoc, operation, req }) => {
  if (skipped(req)) return doc
  const wasPublic = operation === 'update' && previousDoc?.verificationStatus === 'verified'
  if (!wasPublic && doc.verificationStatus !== 'verified') return doc
  await enqueueSync(req, { collection: 'hospitals', id: String(doc.id), operation })
  return doc
}

export const enqueueHospitalSyncAfterDelete: CollectionAfterDeleteHook<Hospital> = async ({ doc, id, req }) => {
  if (skipped(req)) return doc
  await enqueueSync(req, { collection: 'hospitals', id: String(id), operation: 'delete' })
  return doc
}

export const enqueueSpecialtySync: CollectionAfterChangeHook<Specialty> = async ({ doc, previousDoc, operation, req }) => {
  // A new specialty is on no record yet; records that adopt it enqueue their own sync.
  if (skipped(req) || operation === 'create') return doc
  await enqueueSync(req, {
    collection: 'specialties',
    id: String(doc.id),
    operation,
    specialtySlugs: [...new Set([previousDoc?.slug, doc.slug].filter((s): s is string => Boolean(s)))],
  })
  return doc
}

export const enqueueSpecialtySyncAfterDelete: CollectionAfterDeleteHook<Specialty> = async ({ doc, id, req }) => {
  if (skipped(req)) return doc
  await enqueueSync(req, { collection: 'specialties', id: String(id), operation: 'delete', specialtySlugs: doc?.slug ? [doc.slug] : [] })
  return doc
}

async function enqueueSynonyms(req: PayloadRequest): Promise<void> {
  if (skipped(req)) return
  // The task sends every group, so one waiting job covers any number of edits made before it runs.
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: SET_SYNONYMS_TASK } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    req,
    overrideAccess: true, // the jobs collection is closed to every user; this is the server checking its own queue
  })
  if (waiting.totalDocs > 0) return
  await req.payload.jobs.queue({ task: SET_SYNONYMS_TASK, input: {}, req })
}

export const enqueueSynonymSync: CollectionAfterChangeHook<SearchSynonym> = async ({ doc, req }) => {
  await enqueueSynonyms(req)
  return doc
}

export const enqueueSynonymSyncAfterDelete: CollectionAfterDeleteHook<SearchSynonym> = async ({ doc, req }) => {
  await enqueueSynonyms(req)
  return doc
}

// ------------------------------------------------------------------ applying a sync

export interface SyncOutcome {
  upserted: number
  removed: number
}

/** Hospital and package documents of these hospitals as the database has them now. */
async function refreshHospitals(payload: Payload, hospitalIds: string[], withPackages: boolean, req: PayloadRequest): Promise<SyncOutcome> {
  const index = currentSearchIndex()
  const outcome: SyncOutcome = { upserted: 0, removed: 0 }
  const gone: string[] = []
  for (const id of hospitalIds) {
    const docs = await buildDocumentsFor(payload, { collection: 'hospitals', id, withPackages }, { req })
    if (docs.length === 0) {
      gone.push(id)
      continue
    }
    await index.upsert(docs)
    outcome.upserted += docs.length
  }
  if (gone.length) {
    // Not verified (or deleted): the hospital and every package it had leave the index.
    await index.removeByHospital(gone)
    outcome.removed += gone.length
  }
  return outcome
}

/** Records whose documents carry one of these specialty slugs, as the index has them. */
async function recordsInIndexWithSpecialty(slugs: string[]): Promise<{ hospitalIds: string[]; packageIds: string[] }> {
  const hospitalIds = new Set<string>()
  const packageIds = new Set<string>()
  if (slugs.length === 0) return { hospitalIds: [], packageIds: [] }
  const index = currentSearchIndex()
  const pageSize = 50
  for (let page = 1; ; page += 1) {
    const result = await index.query({ q: '', locale: 'en', filters: { specialty: slugs }, sort: 'relevance', page, pageSize })
    for (const hit of result.hits) (hit.type === 'hospital' ? hospitalIds : packageIds).add(hit.recordId)
    if (page * pageSize >= result.total || result.hits.length === 0) break
  }
  return { hospitalIds: [...hospitalIds], packageIds: [...packageIds] }
}

/** A package's document as the database has it now; says which hospital it is public under. */
async function refreshPackage(payload: Payload, id: string, req: PayloadRequest): Promise<SyncOutcome & { hospitalIds: string[] }> {
  const index = currentSearchIndex()
  const docs = await buildDocumentsFor(payload, { collection: 'care-packages', id }, { req })
  if (docs.length) {
    await index.upsert(docs)
    return { upserted: docs.length, removed: 0, hospitalIds: docs.map((d) => d.hospitalId) }
  }
  await index.remove([searchDocId.package(id)])
  return { upserted: 0, removed: 1, hospitalIds: [] }
}

const sum = (...outcomes: SyncOutcome[]): SyncOutcome =>
  outcomes.reduce((a, b) => ({ upserted: a.upserted + b.upserted, removed: a.removed + b.removed }), { upserted: 0, removed: 0 })

export async function applySearchSync(input: SyncSearchInput, req: PayloadRequest): Promise<SyncOutcome> {
  const payload = req.payload
  switch (input.collection) {
    case 'care-packages': {
      const own = await refreshPackage(payload, input.id, req)
      // The hospital's document shows its cheapest published package, which may have changed.
      const hospitalIds = presentIds(...(input.hospitalIds ?? []), ...own.hospitalIds)
      return sum(own, await refreshHospitals(payload, hospitalIds, false, req))
    }
    case 'hospitals':
      return refreshHospitals(payload, [input.id], true, req)
    case 'specialties': {
      // Records that reference it now (a rename), plus those the index still shows with an old or deleted slug.
      const referencing = input.operation === 'delete' ? { hospitalIds: [] } : await recordsUsingSpecialty(payload, input.id, req)
      const indexed = await recordsInIndexWithSpecialty(input.specialtySlugs ?? [])
      const hospitals = await refreshHospitals(payload, [...new Set([...referencing.hospitalIds, ...indexed.hospitalIds])], true, req)
      const packages: SyncOutcome[] = []
      for (const id of indexed.packageIds) packages.push(await refreshPackage(payload, id, req))
      return sum(hospitals, ...packages)
    }
  }
}

// ------------------------------------------------------------------ job tasks

/** Exponential backoff from 2 s: an engine that is down for a few minutes catches up on its own. */
const engineRetries = { attempts: 8, backoff: { type: 'exponential', delay: 2000 } } as const

export const syncSearchIndexTask: TaskConfig<'syncSearchIndex'> = {
  slug: SYNC_SEARCH_TASK,
  label: 'Sync a record into the search index',
  retries: engineRetries,
  inputSchema: [
    { name: 'collection', type: 'select', required: true, options: [...syncedCollections] },
    { name: 'id', type: 'text', required: true },
    { name: 'operation', type: 'select', required: true, options: ['create', 'update', 'delete'] },
    { name: 'hospitalIds', type: 'text', hasMany: true },
    { name: 'specialtySlugs', type: 'text', hasMany: true },
  ],
  outputSchema: [
    { name: 'upserted', type: 'number', required: true },
    { name: 'removed', type: 'number', required: true },
  ],
  // Any failure (SearchUnavailable, a busy database) throws and is retried with the backoff above.
  handler: async ({ input, req }) => {
    // First use in this process fills the index from the database (which already includes this change).
    await ensureSearchReady(req.payload)
    const output = await withIndexLock(() => applySearchSync(input, req))
    return { output }
  },
}

export const setSearchSynonymsTask: TaskConfig<'setSearchSynonyms'> = {
  slug: SET_SYNONYMS_TASK,
  label: 'Send synonym groups to the search engine',
  retries: engineRetries,
  outputSchema: [{ name: 'groups', type: 'number', required: true }],
  handler: async ({ req }) => {
    await ensureSearchReady(req.payload)
    const groups = await withIndexLock(() => pushSynonyms(req.payload, req))
    return { output: { groups } }
  },
}

export const searchTasks = [syncSearchIndexTask, setSearchSynonymsTask]
