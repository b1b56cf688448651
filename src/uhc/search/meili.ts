import { Meilisearch, type EnqueuedTaskPromise, type Hit, type MultiSearchQuery } from 'meilisearch'

import { locales } from '@/i18n/locales'
import { SearchUnavailable } from '@/search/port'

import { emptyUhcFacets, toHit } from './facets'
import { uhcFacetNames, type UhcDoc, type UhcFacet, type UhcFilters, type UhcIndex, type UhcQuery, type UhcResult } from './port'

/**
 * The Meilisearch adapter of the hub's port: one index (`kakehashi_uhc` by default) beside the
 * catalogue's, same client setup and the same failure rule (anything wrong → SearchUnavailable,
 * so the service answers from the database). Text lives in `title_<locale>`, `summary_<locale>`
 * fields so every locale is searched; facet counts come from one extra search per active facet
 * without that facet's own filter (disjunctive faceting), all in one multi-search request.
 */

export interface UhcMeiliOptions {
  host: string
  apiKey?: string
  index?: string
  requestTimeoutMs?: number
  taskTimeoutMs?: number
}

export const DEFAULT_UHC_INDEX = 'kakehashi_uhc'

type MeiliUhcDoc = Omit<UhcDoc, 'title' | 'summary'> & Record<string, unknown> & { timestamp: number }

const textFields = locales.flatMap((l) => [`title_${l}`, `summary_${l}`])

export function toMeiliUhcDoc(doc: UhcDoc): MeiliUhcDoc {
  const { title, summary, ...rest } = doc
  const out: MeiliUhcDoc = { ...rest, timestamp: Date.parse(doc.publishedOn) || 0 }
  for (const l of locales) {
    if (title[l]) out[`title_${l}`] = title[l]
    if (summary[l]) out[`summary_${l}`] = summary[l]
  }
  return out
}

export function fromMeiliUhcDoc(hit: Hit): UhcDoc {
  const title: UhcDoc['title'] = {}
  const summary: UhcDoc['summary'] = {}
  for (const l of locales) {
    if (typeof hit[`title_${l}`] === 'string') title[l] = hit[`title_${l}`] as string
    if (typeof hit[`summary_${l}`] === 'string') summary[l] = hit[`summary_${l}`] as string
  }
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : [])
  return {
    id: String(hit.id),
    slug: String(hit.slug ?? ''),
    title,
    summary,
    authors: list(hit.authors),
    organisations: list(hit.organisations),
    publishedOn: String(hit.publishedOn ?? ''),
    type: String(hit.type ?? ''),
    topic: list(hit.topic),
    block: list(hit.block),
    sdg: list(hit.sdg),
    country: list(hit.country),
    region: list(hit.region),
    language: list(hit.language),
    year: String(hit.year ?? ''),
  }
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

export function uhcMeiliFilter(filters: UhcFilters, except?: UhcFacet): string[] {
  const clauses: string[] = []
  for (const facet of uhcFacetNames) {
    const values = filters[facet]
    if (facet === except || !values?.length) continue
    clauses.push(`${facet} IN [${values.map(quote).join(', ')}]`)
  }
  return clauses
}

export class MeiliUhcIndex implements UhcIndex {
  readonly engine = 'meilisearch' as const
  readonly indexUid: string
  private readonly client: Meilisearch
  private readonly taskTimeoutMs: number
  private settingsReady: Promise<void> | undefined

  constructor(options: UhcMeiliOptions) {
    this.indexUid = options.index ?? DEFAULT_UHC_INDEX
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: options.requestTimeoutMs ?? 5000 })
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000
  }

  private async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      if (error instanceof SearchUnavailable) throw error
      throw new SearchUnavailable(`Meilisearch could not ${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
    }
  }

  private async task(enqueued: EnqueuedTaskPromise, tolerate?: string): Promise<void> {
    const task = await this.call('complete a task', () => enqueued.waitTask({ timeout: this.taskTimeoutMs }))
    if (task.status === 'succeeded') return
    if (task.status === 'failed' && tolerate && task.error?.code === tolerate) return
    throw new SearchUnavailable(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no details'}`)
  }

  private async prepare(uid: string): Promise<void> {
    await this.task(this.client.createIndex(uid, { primaryKey: 'id' }), 'index_already_exists')
    await this.task(
      this.client.index(uid).updateSettings({
        searchableAttributes: [...locales.map((l) => `title_${l}`), 'authors', 'organisations', ...locales.map((l) => `summary_${l}`)],
        filterableAttributes: [...uhcFacetNames],
        sortableAttributes: ['timestamp'],
        displayedAttributes: ['*'],
        pagination: { maxTotalHits: 10_000 },
        faceting: { maxValuesPerFacet: 200 },
      }),
    )
  }

  ensureSettings(): Promise<void> {
    this.settingsReady ??= this.prepare(this.indexUid).catch((error: unknown) => {
      this.settingsReady = undefined
      throw error
    })
    return this.settingsReady
  }

  async upsert(docs: UhcDoc[]): Promise<void> {
    if (!docs.length) return
    await this.ensureSettings()
    await this.task(this.client.index(this.indexUid).addDocuments(docs.map(toMeiliUhcDoc), { primaryKey: 'id' }))
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return
    await this.ensureSettings()
    await this.task(this.client.index(this.indexUid).deleteDocuments(ids))
  }

  async replaceAll(docs: UhcDoc[]): Promise<void> {
    await this.ensureSettings()
    await this.task(this.client.index(this.indexUid).deleteAllDocuments())
    await this.upsert(docs)
  }

  async query(query: UhcQuery): Promise<UhcResult> {
    await this.ensureSettings()
    const common = { indexUid: this.indexUid, q: query.q.trim() }
    const active = uhcFacetNames.filter((f) => query.filters[f]?.length)
    const main: MultiSearchQuery = {
      ...common,
      filter: uhcMeiliFilter(query.filters),
      facets: uhcFacetNames.filter((f) => !active.includes(f)),
      page: Math.max(1, query.page),
      hitsPerPage: Math.max(1, query.pageSize),
      ...(query.sort === 'newest' || !common.q ? { sort: ['timestamp:desc'] } : {}),
    }
    const perFacet: MultiSearchQuery[] = active.map((facet) => ({
      ...common,
      filter: uhcMeiliFilter(query.filters, facet),
      facets: [facet],
      page: 1,
      hitsPerPage: 0,
    }))
    const response = await this.call('search', () => this.client.multiSearch({ queries: [main, ...perFacet] }))
    const [first, ...others] = response.results
    if (!first) throw new SearchUnavailable('Meilisearch answered a search without results')
    const facets = emptyUhcFacets()
    for (const f of uhcFacetNames.filter((n) => !active.includes(n))) facets[f] = { ...(first.facetDistribution?.[f] ?? {}) }
    active.forEach((f, i) => {
      facets[f] = { ...(others[i]?.facetDistribution?.[f] ?? {}) }
    })
    return {
      hits: first.hits.map((hit) => toHit(fromMeiliUhcDoc(hit), query.locale)),
      facets,
      total: first.totalHits ?? first.estimatedTotalHits ?? first.hits.length,
      page: query.page,
      pageSize: query.pageSize,
    }
  }

  healthy(): Promise<boolean> {
    return this.client.isHealthy()
  }

  async drop(): Promise<void> {
    await this.task(this.client.deleteIndex(this.indexUid), 'index_not_found')
    this.settingsReady = undefined
  }
}

export function createMeiliUhcIndex(options: UhcMeiliOptions): MeiliUhcIndex {
  return new MeiliUhcIndex(options)
}

export { textFields as uhcMeiliTextFields }
