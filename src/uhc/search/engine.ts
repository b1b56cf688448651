import type { Payload } from 'payload'

import { env, type Env } from '@/env'
import { withDeadline } from '@/search/bootstrap'

import { loadUhcDocs } from './documents'
import { createEmbeddedUhcIndex } from './embedded'
import { createMeiliUhcIndex } from './meili'
import type { UhcIndex } from './port'

/**
 * Picks the hub's engine once (Meilisearch when MEILI_HOST is set, else embedded) and keeps it
 * filled. State is on globalThis, like the catalogue's (src/search/bootstrap.ts): Next bundles
 * route handlers, pages and jobs separately, and each copy must share one index.
 */

export function createUhcIndex(config: Pick<Env, 'search'> = env): UhcIndex {
  const { meiliHost, meiliKey } = config.search
  if (meiliHost) return createMeiliUhcIndex({ host: meiliHost, apiKey: meiliKey })
  return createEmbeddedUhcIndex()
}

interface UhcRuntime {
  index?: UhcIndex
  ready?: Promise<void>
  tail: Promise<unknown>
}

const RUNTIME = Symbol.for('kakehashi.uhc.search.runtime')

function runtime(): UhcRuntime {
  const holder = globalThis as typeof globalThis & { [RUNTIME]?: UhcRuntime }
  holder[RUNTIME] ??= { tail: Promise.resolve() }
  return holder[RUNTIME]
}

export function currentUhcIndex(): UhcIndex {
  const state = runtime()
  state.index ??= createUhcIndex()
  return state.index
}

/** Tests inject an index (a failing one, a fresh embedded one); `undefined` goes back to the configured engine. */
export function useUhcIndex(index: UhcIndex | undefined): void {
  const state = runtime()
  state.index = index
  state.ready = undefined
}

/** One writer at a time: a rebuild and the sync jobs must not interleave. */
export function withUhcIndexLock<T>(work: () => Promise<T>): Promise<T> {
  const state = runtime()
  const run = state.tail.then(work, work)
  state.tail = run.catch(() => undefined)
  return run
}

/** Rebuilds the whole hub index from the database. */
export async function rebuildUhcIndex(payload: Payload): Promise<number> {
  const docs = await loadUhcDocs(payload)
  await withUhcIndexLock(() => currentUhcIndex().replaceAll(docs))
  return docs.length
}

const PROBE_TIMEOUT_MS = 10_000

async function fill(payload: Payload): Promise<void> {
  const index = currentUhcIndex()
  if (index.engine === 'meilisearch') {
    // Shared and persistent: only an empty index (a new deployment) is filled here.
    const probe = await withDeadline(index.query({ q: '', locale: 'en', filters: {}, sort: 'newest', page: 1, pageSize: 1 }), PROBE_TIMEOUT_MS)
    if (probe.total > 0) return
  }
  const count = await rebuildUhcIndex(payload)
  payload.logger.info(`UHC hub index (${index.engine}) built from the database: ${count} resources`)
}

/** Fills this process's index on first use; concurrent callers share the build; a failure is retried next time. */
export async function ensureUhcReady(payload: Payload): Promise<void> {
  const state = runtime()
  if (!state.ready) {
    const ready = fill(payload)
    state.ready = ready
    ready.catch(() => {
      if (state.ready === ready) state.ready = undefined
    })
  }
  await state.ready
}
