import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import { env } from '@/env'

import { buildAllDocuments } from './documents'
import { searchIndex } from './engine'
import { SearchUnavailable, type SearchDoc, type SearchIndex } from './port'
import { defaultSynonymGroups } from './synonyms'

/**
 * Keeps this process's search index filled and fresh.
 *
 * Meilisearch is one shared index: filling it once is enough for every process, and the reindex
 * script swaps it directly. The embedded engine lives in each server process's memory, so:
 *
 *  - first use in a process (a search, or a sync job) builds it from the database, once:
 *    concurrent callers share the same promise;
 *  - `npm run search:reindex` cannot reach another process's memory, so it writes a small
 *    reindex marker file (atomically: temp file + rename) next to the database. Each server
 *    looks at the marker's mtime at most every few seconds on its way into a search, and when it
 *    is newer than the last build it rebuilds from the database in the background, under the
 *    index lock, while searches keep being answered from the old index (`replaceAll` swaps).
 *
 * The servers rebuild from the database rather than loading documents from the file: a snapshot
 * written by the script would already be stale by the time a server loads it (changes synced in
 * between would be lost), whereas a rebuild under the lock reads the truth and every sync job
 * waiting on the lock re-reads its record afterwards.
 *
 * State hangs off `globalThis`: Next bundles route handlers separately, and a module-level
 * singleton would give the admin's sync jobs and the search route two different indexes.
 */

interface SearchRuntime {
  index?: SearchIndex
  ready?: Promise<void>
  /** mtime of the reindex marker this process's index reflects (0: none yet). */
  markerSeen: number
  markerCheckedAt: number
  refreshing?: Promise<void>
  /** Tail of the chain of index writers (the lock). */
  tail: Promise<unknown>
}

const RUNTIME = Symbol.for('kakehashi.search.runtime')
const MARKER_CHECK_INTERVAL_MS = 3000

function runtime(): SearchRuntime {
  const holder = globalThis as typeof globalThis & { [RUNTIME]?: SearchRuntime }
  holder[RUNTIME] ??= { markerSeen: 0, markerCheckedAt: 0, tail: Promise.resolve() }
  return holder[RUNTIME]
}

/** The index this process talks to: the configured engine, unless a test or script put another in. */
export function currentSearchIndex(): SearchIndex {
  const state = runtime()
  state.index ??= searchIndex()
  return state.index
}

/**
 * Replaces the index this process uses (tests inject a failing or recording one) and forgets
 * that it was filled; `undefined` goes back to the configured engine.
 */
export function useSearchIndex(index: SearchIndex | undefined): void {
  const state = runtime()
  state.index = index
  state.ready = undefined
  state.refreshing = undefined
}

/**
 * Runs one writer at a time against the index: a full rebuild and the sync jobs must not
 * interleave, or a job's upsert could land in the old index just before the swap and be lost.
 */
export function withIndexLock<T>(work: () => Promise<T>): Promise<T> {
  const state = runtime()
  const run = state.tail.then(work, work)
  state.tail = run.catch(() => undefined)
  return run
}

// ------------------------------------------------------------------ reindex marker

/** Where the embedded engine's reindex marker lives: beside the SQLite file (per database). */
export function reindexMarkerPath(): string {
  const database = env.database
  if (database.kind === 'sqlite') {
    const file = path.resolve(database.path)
    return path.join(path.dirname(file), 'search', `${path.basename(file, path.extname(file))}.reindex.json`)
  }
  return path.resolve('data', 'search', 'mongodb.reindex.json')
}

function markerMtime(): number {
  try {
    return statSync(reindexMarkerPath()).mtimeMs
  } catch {
    return 0
  }
}

/** Tells running servers (embedded engine) to rebuild their in-memory index from the database. */
export function requestServerReindex(details: Record<string, unknown>): string {
  const file = reindexMarkerPath()
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, `${JSON.stringify({ requestedAt: new Date().toISOString(), ...details }, null, 2)}\n`)
  renameSync(temporary, file)
  return file
}

// ------------------------------------------------------------------ building

async function synonymGroups(payload: Payload, req?: PayloadRequest): Promise<string[][]> {
  // Server-side read of staff-only data: the engine needs every group whoever is asking.
  const result = await payload.find({
    collection: 'search-synonyms',
    depth: 0,
    pagination: false,
    select: { terms: true },
    req,
    overrideAccess: true,
  })
  return result.docs
    .map((doc) => (doc.terms ?? []).map((row) => row.term.trim()).filter(Boolean))
    .filter((terms) => terms.length >= 2)
}

/**
 * Sends the editors' synonym groups to the engine. While the collection has none at all (a
 * deployment nobody has seeded), the built-in groups apply rather than no synonyms.
 */
export async function pushSynonyms(payload: Payload, req?: PayloadRequest): Promise<number> {
  const stored = await synonymGroups(payload, req)
  const groups = stored.length ? stored : defaultSynonymGroups
  await currentSearchIndex().setSynonyms(groups)
  return groups.length
}

export interface RebuildSummary {
  packages: number
  hospitals: number
  synonymGroups: number
  durationMs: number
}

/**
 * Rebuilds the whole index from the database (synonyms first, then every document) and swaps it
 * in. Holds the index lock, so sync jobs wait and then apply on top of the new index.
 */
export function rebuildSearchIndex(
  payload: Payload,
  options: { onBuildProgress?: (done: number, total: number) => void; onIndexProgress?: (done: number, total: number) => void } = {},
): Promise<RebuildSummary> {
  return withIndexLock(async () => {
    const started = performance.now()
    const index = currentSearchIndex()
    const synonymCount = await pushSynonyms(payload)
    const docs = await buildAllDocuments(payload, { onProgress: options.onBuildProgress })
    await index.replaceAll(docs, options.onIndexProgress)
    const packages = docs.filter((d) => d.type === 'package').length
    return {
      packages,
      hospitals: docs.length - packages,
      synonymGroups: synonymCount,
      durationMs: Math.round(performance.now() - started),
    }
  })
}

/**
 * Settles with the work, or rejects with SearchUnavailable after `ms`. The work itself goes on
 * (a promise cannot be cancelled); its late failure is swallowed rather than left unhandled.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, what = 'The search engine'): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SearchUnavailable(`${what} did not answer within ${ms} ms`)), ms)
    timer.unref?.()
  })
  work.catch(() => undefined)
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer))
}

/** A hung engine must not leave `ready` pending forever: the probe fails, and the next call tries again. */
const PROBE_TIMEOUT_MS = 10_000

async function isEmpty(index: SearchIndex): Promise<boolean> {
  const probe = await withDeadline(
    index.query({ q: '', locale: 'en', filters: {}, sort: 'relevance', page: 1, pageSize: 1 }),
    PROBE_TIMEOUT_MS,
  )
  return probe.total === 0
}

async function fill(payload: Payload): Promise<void> {
  const state = runtime()
  const index = currentSearchIndex()
  const marker = markerMtime()
  // Benchmark only: the embedded engine serves a generated catalogue instead of the database,
  // so `npm run bench:search` can measure the API on 12,000 documents without seeding them.
  if (index.engine === 'embedded' && env.searchFixture) {
    const docs = JSON.parse(readFileSync(env.searchFixture, 'utf8')) as SearchDoc[]
    await index.replaceAll(docs)
    payload.logger.warn(`Search index filled from the benchmark fixture ${env.searchFixture}: ${docs.length} documents`)
  } else if (index.engine === 'embedded' || (await isEmpty(index))) {
    // Meilisearch is shared and persistent: only an empty index (a new deployment) needs filling.
    const summary = await rebuildSearchIndex(payload)
    payload.logger.info(
      `Search index (${index.engine}) built from the database: ${summary.packages} packages, ${summary.hospitals} hospitals in ${summary.durationMs} ms`,
    )
  }
  state.markerSeen = marker
  state.markerCheckedAt = Date.now()
}

/** Starts a background rebuild when the reindex script asked for one since our last build. */
function refreshIfRequested(payload: Payload): void {
  const state = runtime()
  const index = currentSearchIndex()
  if (index.engine !== 'embedded' || state.refreshing) return
  const now = Date.now()
  if (now - state.markerCheckedAt < MARKER_CHECK_INTERVAL_MS) return
  state.markerCheckedAt = now
  const marker = markerMtime()
  if (marker <= state.markerSeen) return
  state.refreshing = rebuildSearchIndex(payload)
    .then((summary) => {
      state.markerSeen = marker
      payload.logger.info(`Search index rebuilt on request: ${summary.packages} packages, ${summary.hospitals} hospitals in ${summary.durationMs} ms`)
    })
    .catch((error: unknown) => {
      // Keep serving the old index; the next check tries again.
      payload.logger.error({ err: error, msg: 'Search index rebuild on request failed' })
    })
    .finally(() => {
      state.refreshing = undefined
    })
}

/**
 * Makes sure this process's index has been filled, then (embedded engine) picks up a reindex
 * request. The first call builds; every concurrent caller awaits the same build; a failed build
 * is forgotten so the next call tries again.
 */
export async function ensureSearchReady(payload: Payload): Promise<void> {
  const state = runtime()
  if (!state.ready) {
    const ready = fill(payload)
    state.ready = ready
    ready.catch(() => {
      if (state.ready === ready) state.ready = undefined
    })
  }
  await state.ready
  refreshIfRequested(payload)
}
