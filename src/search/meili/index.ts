/**
 * The Meilisearch adapter of the search port: the production engine, a separate service
 * (`MEILI_HOST`, `MEILI_MASTER_KEY`). Same contract as the embedded engine; the contract suite
 * runs against both when a server is configured.
 *
 * - Settings are applied by code (`ensureSettings`, idempotent) before the first operation.
 * - Every write waits for its Meilisearch task, so a caller that awaited `upsert` finds the
 *   record in its next search, and a failed task is an error rather than a silent loss.
 * - Writes from this process run one at a time; `replaceAll` fills `<index>_tmp`, then swaps
 *   it with the live index in one Meilisearch task and deletes the old one.
 * - Any failure talking to the server (network, HTTP error, failed or timed-out task) is
 *   raised as `SearchUnavailable`, so callers can fall back to the database.
 */

import type { AppLocale } from '@/i18n/locales'
import { Meilisearch, type EnqueuedTaskPromise, type FacetDistribution, type IndexSwap, type MultiSearchResponse } from 'meilisearch'

import { emptyFacetCounts, orderedCounts } from '../facets'
import { localized } from '../localize'
import { SearchUnavailable, type SearchDoc, type SearchIndex, type SearchQuery, type SearchResult, type SearchType } from '../port'
import { synonymMap } from '../synonyms'
import { fromMeiliHit, hitTexts, meiliKey, toMeiliDoc } from './documents'
import { meiliSettings, searchRequests, suggestRequests } from './query'

export interface MeiliOptions {
  host: string
  apiKey?: string
  /** Index uid; default `kakehashi`. Tests use their own. */
  index?: string
  /** Per HTTP request, in ms; default 5000. */
  requestTimeoutMs?: number
  /** How long to wait for an indexing task, in ms; default 120000. */
  taskTimeoutMs?: number
  /** Documents per addDocuments call in `replaceAll`; default 1000. */
  batchSize?: number
}

export const DEFAULT_INDEX = 'kakehashi'

export class MeiliSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch' as const
  readonly indexUid: string
  private readonly client: Meilisearch
  private readonly taskTimeoutMs: number
  private readonly batchSize: number
  private settingsReady: Promise<void> | undefined
  /** Whether the server accepts `localizedAttributes` (Meilisearch ≥ 1.10); learnt on first settings update. */
  private localized = true
  /** The editors' groups once `setSynonyms` has run in this process; otherwise the live index's are kept. */
  private synonyms: string[][] | undefined
  private writes: Promise<unknown> = Promise.resolve()

  constructor(options: MeiliOptions) {
    this.indexUid = options.index ?? DEFAULT_INDEX
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: options.requestTimeoutMs ?? 5000 })
    this.taskTimeoutMs = options.taskTimeoutMs ?? 120_000
    this.batchSize = options.batchSize ?? 1000
  }

  /** Creates the index if needed and applies the settings; once per process unless it fails. */
  ensureSettings(): Promise<void> {
    this.settingsReady ??= this.prepare(this.indexUid).catch((error: unknown) => {
      this.settingsReady = undefined
      throw error
    })
    return this.settingsReady
  }

  private async prepare(uid: string): Promise<void> {
    await this.task(this.client.createIndex(uid, { primaryKey: 'key' }), { tolerate: 'index_already_exists' })
    try {
      await this.task(this.client.index(uid).updateSettings(meiliSettings({ localized: this.localized })))
    } catch (error) {
      // Before 1.10 Meilisearch has no localizedAttributes: its own language detection then applies.
      if (!this.localized || !String(error instanceof Error ? error.message : error).includes('localizedAttributes')) throw error
      this.localized = false
      await this.task(this.client.index(uid).updateSettings(meiliSettings({ localized: false })))
    }
  }

  /** Waits for a task; a failed one (or a request that never got through) becomes SearchUnavailable. */
  private async task(enqueued: EnqueuedTaskPromise, options: { tolerate?: string } = {}): Promise<void> {
    const task = await this.call('complete a task', () => enqueued.waitTask({ timeout: this.taskTimeoutMs }))
    if (task.status === 'succeeded') return
    if (task.status === 'failed' && options.tolerate && task.error?.code === options.tolerate) return
    throw new SearchUnavailable(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no details'}`)
  }

  private async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      if (error instanceof SearchUnavailable) throw error
      const detail = error instanceof Error ? error.message : String(error)
      throw new SearchUnavailable(`Meilisearch could not ${what}: ${detail}`, { cause: error })
    }
  }

  private write<T>(task: () => Promise<T>): Promise<T> {
    const run = this.writes.then(task, task)
    this.writes = run.catch(() => undefined)
    return run
  }

  upsert(docs: SearchDoc[]): Promise<void> {
    return this.write(async () => {
      await this.ensureSettings()
      for (let i = 0; i < docs.length; i += this.batchSize) {
        const batch = docs.slice(i, i + this.batchSize).map(toMeiliDoc)
        await this.task(this.client.index(this.indexUid).addDocuments(batch, { primaryKey: 'key' }))
      }
    })
  }

  remove(ids: string[]): Promise<void> {
    return this.write(async () => {
      if (ids.length === 0) return
      await this.ensureSettings()
      await this.task(this.client.index(this.indexUid).deleteDocuments(ids.map(meiliKey)))
    })
  }

  removeByHospital(hospitalIds: string[]): Promise<void> {
    return this.write(async () => {
      if (hospitalIds.length === 0) return
      await this.ensureSettings()
      const list = hospitalIds.map((id) => JSON.stringify(id)).join(', ')
      await this.task(this.client.index(this.indexUid).deleteDocuments({ filter: `hospitalId IN [${list}]` }))
    })
  }

  setSynonyms(groups: string[][]): Promise<void> {
    return this.write(async () => {
      await this.ensureSettings()
      this.synonyms = groups
      await this.task(this.client.index(this.indexUid).updateSynonyms(synonymMap(groups)))
    })
  }

  replaceAll(docs: SearchDoc[], onProgress?: (done: number, total: number) => void): Promise<void> {
    return this.write(async () => {
      await this.ensureSettings()
      const live = this.client.index(this.indexUid)
      const synonyms = this.synonyms ? synonymMap(this.synonyms) : await this.call('read the synonyms', () => live.getSynonyms())
      const aside = `${this.indexUid}_tmp`
      // A leftover from an interrupted rebuild would mix its documents into this one.
      await this.task(this.client.deleteIndex(aside), { tolerate: 'index_not_found' })
      await this.prepare(aside)
      const next = this.client.index(aside)
      await this.task(next.updateSynonyms(synonyms))
      for (let done = 0; done < docs.length; ) {
        const batch = docs.slice(done, done + this.batchSize).map(toMeiliDoc)
        await this.task(next.addDocuments(batch, { primaryKey: 'key' }))
        done += batch.length
        onProgress?.(done, docs.length)
      }
      if (docs.length === 0) onProgress?.(0, 0)
      // One task swaps the two indexes' contents; `rename` is left out because servers before
      // Meilisearch 1.18 refuse the field (both indexes exist here, so it is not needed).
      const swap = { indexes: [this.indexUid, aside] } as IndexSwap
      await this.task(this.client.swapIndexes([swap]))
      await this.task(this.client.deleteIndex(aside))
    })
  }

  async query(query: SearchQuery): Promise<SearchResult> {
    const start = performance.now()
    await this.ensureSettings()
    const { queries, facetsByQuery } = searchRequests(this.indexUid, query)
    const response: MultiSearchResponse = await this.call('search', () => this.client.multiSearch({ queries }))
    const [main, ...others] = response.results
    if (!main) throw new SearchUnavailable('Meilisearch answered a search without results')

    const facets = emptyFacetCounts()
    const take = (distribution: FacetDistribution | undefined, names: readonly string[]) => {
      for (const name of names) {
        const counts = distribution?.[name] ?? {}
        if (name in facets) facets[name as keyof typeof facets] = orderedCounts(Object.entries(counts))
      }
    }
    take(main.facetDistribution, facetsByQuery[0] ?? [])
    others.forEach((result, i) => take(result.facetDistribution, facetsByQuery[i + 1] ?? []))

    const hits = main.hits.map((hit) => fromMeiliHit(hit, query.locale, query.near))
    return {
      hits,
      facets,
      total: main.totalHits ?? main.estimatedTotalHits ?? hits.length,
      page: main.page ?? query.page,
      pageSize: main.hitsPerPage ?? query.pageSize,
      tookMs: Math.round((performance.now() - start) * 100) / 100,
    }
  }

  async suggest(q: string, locale: AppLocale, limit: number): Promise<{ id: string; type: SearchType; slug: string; title: string }[]> {
    if (!q.trim() || limit <= 0) return []
    await this.ensureSettings()
    const queries = suggestRequests(this.indexUid, q, locale, limit)
    const response: MultiSearchResponse = await this.call('suggest', () => this.client.multiSearch({ queries }))
    const seen = new Set<string>()
    const out: { id: string; type: SearchType; slug: string; title: string }[] = []
    for (const result of response.results) {
      for (const hit of result.hits) {
        const id = typeof hit.id === 'string' ? hit.id : ''
        if (!id || seen.has(id) || out.length >= limit) continue
        seen.add(id)
        out.push({
          id,
          type: hit.type === 'hospital' ? 'hospital' : 'package',
          slug: typeof hit.slug === 'string' ? hit.slug : '',
          title: localized(hitTexts(hit, 'title'), locale).text,
        })
      }
    }
    return out
  }

  healthy(): Promise<boolean> {
    return this.client.isHealthy()
  }

  /** Deletes the index (tests clean up after themselves). */
  async drop(): Promise<void> {
    for (const uid of [this.indexUid, `${this.indexUid}_tmp`]) {
      await this.task(this.client.deleteIndex(uid), { tolerate: 'index_not_found' })
    }
    this.settingsReady = undefined
  }
}

export function createMeiliSearchIndex(options: MeiliOptions): MeiliSearchIndex {
  return new MeiliSearchIndex(options)
}
