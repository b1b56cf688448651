import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { AppLocale } from '@/i18n/locales'

import { currentSearchIndex, ensureSearchReady, withDeadline } from './bootstrap'
import { fallbackSearch, fallbackSuggest } from './fallback'
import { SearchUnavailable, type SearchQuery, type SearchResult, type SearchType } from './port'

/**
 * Search for the site and the API. Asks the engine, with a deadline; when the engine is
 * unavailable or late, answers from the database instead and says so (`degraded: true`).
 * A failing engine degrades search, never the site.
 */

/** How long a visitor waits for the engine before the database answers instead. */
export const ENGINE_TIMEOUT_MS = 1500

export interface SearchResponse extends SearchResult {
  /** True when the database answered because the engine could not. */
  degraded: boolean
  /** Why results look different (degraded mode), for API clients. */
  notice?: string
}

export interface Suggestion {
  id: string
  type: SearchType
  slug: string
  title: string
}

export interface SuggestResponse {
  suggestions: Suggestion[]
  degraded: boolean
}

export interface SearchOptions {
  payload?: Payload
  timeoutMs?: number
}

/**
 * The Payload instance for search. `cron: true` starts the jobs queue's autoRun in this server
 * process if nothing else has yet, so index syncs run where the embedded index lives.
 */
export function searchPayload(): Promise<Payload> {
  return getPayload({ config, cron: true })
}

const LOG_INTERVAL_MS = 30_000
let lastLoggedAt = 0

/** One line per half-minute while the engine is down, not one per search. */
function reportEngineFailure(payload: Payload, error: unknown): void {
  const now = Date.now()
  if (now - lastLoggedAt < LOG_INTERVAL_MS) return
  lastLoggedAt = now
  if (error instanceof SearchUnavailable) {
    payload.logger.warn(`Search engine unavailable, answering from the database: ${error.message}`)
  } else {
    // Not an outage the adapter recognised: likely a bug, so keep the stack.
    payload.logger.error({ err: error, msg: 'Search engine failed unexpectedly; answering from the database' })
  }
}

async function engineSearch(payload: Payload, query: SearchQuery): Promise<SearchResult> {
  // The first search in a process may be the one that fills the embedded index.
  await ensureSearchReady(payload)
  return currentSearchIndex().query(query)
}

export async function search(query: SearchQuery, options: SearchOptions = {}): Promise<SearchResponse> {
  const payload = options.payload ?? (await searchPayload())
  try {
    const result = await withDeadline(engineSearch(payload, query), options.timeoutMs ?? ENGINE_TIMEOUT_MS)
    return { ...result, degraded: false }
  } catch (error) {
    reportEngineFailure(payload, error)
    const { notice, ...result } = await fallbackSearch(payload, query)
    return { ...result, degraded: true, notice }
  }
}

export async function suggest(q: string, locale: AppLocale, limit: number, options: SearchOptions = {}): Promise<SuggestResponse> {
  if (!q) return { suggestions: [], degraded: false }
  const payload = options.payload ?? (await searchPayload())
  try {
    const work = ensureSearchReady(payload).then(() => currentSearchIndex().suggest(q, locale, limit))
    return { suggestions: await withDeadline(work, options.timeoutMs ?? ENGINE_TIMEOUT_MS), degraded: false }
  } catch (error) {
    reportEngineFailure(payload, error)
    return { suggestions: await fallbackSuggest(payload, q, locale, limit), degraded: true }
  }
}
