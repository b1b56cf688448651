/**
 * The embedded search engine: the default adapter of the search port, living in the server
 * process's memory (nothing to install or run). Orama holds the full-text index; the
 * multilingual cutting, synonyms, filters, disjunctive facets and sorting are ours and pure.
 *
 * Consistency: every write (upsert, remove, replaceAll, synonyms) runs one at a time on a
 * queue, while queries read whatever state is current. `replaceAll` builds a whole new state
 * aside, yielding to the event loop between batches so searches keep being answered from the
 * old one, then swaps one reference: a query sees the old index or the new one, never a mix.
 * The index keeps the documents it is given (no copy): callers must not change them after.
 */

import type { AppLocale } from '@/i18n/locales'

import { listFacets, type FacetCounts } from '../facets'
import { haversineKm, roundKm } from '../geo'
import { highlight } from '../highlight'
import { localized } from '../localize'
import { matchesText, planQuery, type Lookup, type QueryPlan } from '../plan'
import type { SearchDoc, SearchHit, SearchIndex, SearchQuery, SearchResult, SearchType } from '../port'
import { compileSynonyms, defaultSynonymGroups, emptySynonyms, type SynonymSet } from '../synonyms'
import { matchPlan } from './match'
import { FacetCodes, fixedOrderFor, fixedOrders, positionOf, rank, rowOf, select, type FixedOrder, type Row, type Selection } from './select'
import { TextIndex, type TextField } from './text-index'

export interface EmbeddedOptions {
  /** Synonym groups to start with; `setSynonyms` replaces them. Default: `defaultSynonymGroups`. */
  synonyms?: string[][]
  /** Records indexed per batch in `replaceAll` before yielding to the event loop. */
  batchSize?: number
}

const SELECTION_CACHE_SIZE = 64

export type Suggestion = { id: string; type: SearchType; slug: string; title: string }

/** One complete index: Orama's text index plus our rows, addressed by Orama's internal id. */
class State {
  readonly text: TextIndex
  readonly rows: (Row | undefined)[] = []
  readonly byId = new Map<string, Row>()
  readonly dictionary = new FacetCodes()
  private readonly orders = new Map<FixedOrder, Row[]>()
  /** Recent selections of queries without text (browsing, filtering), until the next write. */
  private readonly selections = new Map<string, Selection>()

  /** The synonyms the documents were indexed with; queries must be planned with the same. */
  constructor(readonly synonyms: SynonymSet) {
    this.text = new TextIndex(synonyms)
  }

  get size(): number {
    return this.byId.size
  }

  put(doc: SearchDoc): void {
    this.delete(doc.id)
    const internalId = this.text.insert(doc)
    const row = rowOf(internalId, doc, this.dictionary)
    this.rows[internalId] = row
    this.byId.set(doc.id, row)
    for (const [order, rows] of this.orders) rows.splice(positionOf(rows, row, fixedOrders[order]), 0, row)
    this.selections.clear()
  }

  delete(id: string): void {
    const row = this.byId.get(id)
    if (!row) return
    this.text.remove(id)
    this.rows[row.internalId] = undefined
    this.byId.delete(id)
    for (const [order, rows] of this.orders) {
      const at = positionOf(rows, row, fixedOrders[order])
      if (rows[at] === row) rows.splice(at, 1)
    }
    this.selections.clear()
  }

  cachedSelection(key: string): Selection | undefined {
    const selection = this.selections.get(key)
    if (selection) {
      // Most recently used last.
      this.selections.delete(key)
      this.selections.set(key, selection)
    }
    return selection
  }

  rememberSelection(key: string, selection: Selection): void {
    this.selections.set(key, selection)
    if (this.selections.size > SELECTION_CACHE_SIZE) {
      const oldest = this.selections.keys().next()
      if (!oldest.done) this.selections.delete(oldest.value)
    }
  }

  *all(): Iterable<Row> {
    for (const row of this.rows) if (row) yield row
  }

  *matching(scores: ReadonlyMap<number, number>): Iterable<Row> {
    for (const id of scores.keys()) {
      const row = this.rows[id]
      if (row) yield row
    }
  }

  /** Every record in a fixed order: sorted on first use, then kept in order through writes. */
  ordered(order: FixedOrder): Row[] {
    let rows = this.orders.get(order)
    if (!rows) {
      rows = [...this.all()].sort(fixedOrders[order])
      this.orders.set(order, rows)
    }
    return rows
  }

  match(plan: QueryPlan, fields?: readonly TextField[]): Map<number, number> {
    return matchPlan(this.text, plan, fields)
  }
}

export class EmbeddedSearchIndex implements SearchIndex {
  readonly engine = 'embedded' as const
  private state: State
  private writes: Promise<unknown> = Promise.resolve()
  private readonly batchSize: number

  constructor(options: EmbeddedOptions = {}) {
    this.state = new State(compileSynonyms(options.synonyms ?? defaultSynonymGroups))
    this.batchSize = Math.max(1, options.batchSize ?? 100)
  }

  /** Runs writes one after another; a failed write does not block the ones behind it. */
  private write<T>(task: () => T | Promise<T>): Promise<T> {
    const run = this.writes.then(task, task)
    this.writes = run.catch(() => undefined)
    return run
  }

  upsert(docs: SearchDoc[]): Promise<void> {
    return this.write(() => {
      for (const doc of docs) this.state.put(doc)
    })
  }

  remove(ids: string[]): Promise<void> {
    return this.write(() => {
      for (const id of ids) this.state.delete(id)
    })
  }

  removeByHospital(hospitalIds: string[]): Promise<void> {
    return this.write(() => {
      const hospitals = new Set(hospitalIds)
      const doomed = [...this.state.all()].filter((row) => hospitals.has(row.doc.hospitalId)).map((row) => row.doc.id)
      for (const id of doomed) this.state.delete(id)
    })
  }

  /**
   * Documents are indexed under their synonym groups, so changed groups mean a rebuild (aside,
   * then swapped, like `replaceAll`); the same groups again cost nothing.
   */
  setSynonyms(groups: string[][]): Promise<void> {
    return this.write(async () => {
      const synonyms = compileSynonyms(groups)
      if (synonyms.signature === this.state.synonyms.signature) return
      await this.rebuild([...this.state.all()].map((row) => row.doc), synonyms)
    })
  }

  replaceAll(docs: SearchDoc[], onProgress?: (done: number, total: number) => void): Promise<void> {
    return this.write(() => this.rebuild(docs, this.state.synonyms, onProgress))
  }

  private async rebuild(docs: SearchDoc[], synonyms: SynonymSet, onProgress?: (done: number, total: number) => void): Promise<void> {
    const next = new State(synonyms)
    next.text.bulk(true)
    for (let done = 0; done < docs.length; ) {
      const end = Math.min(done + this.batchSize, docs.length)
      for (let i = done; i < end; i++) {
        const doc = docs[i]
        if (doc) next.put(doc)
      }
      done = end
      onProgress?.(done, docs.length)
      // Let searches (answered from the current state) and other work run between batches.
      if (done < docs.length) await yieldToEventLoop()
    }
    if (docs.length === 0) onProgress?.(0, 0)
    next.text.bulk(false)
    this.state = next
  }

  async query(query: SearchQuery): Promise<SearchResult> {
    const start = performance.now()
    const state = this.state // one snapshot for the whole query, whatever swaps meanwhile
    const plan = planQuery(query.q, state.synonyms)
    const scores = plan.clauses.length > 0 ? state.match(plan) : undefined
    const sort = query.sort === 'distance' && !query.near ? 'relevance' : query.sort

    // When the order does not depend on the text (price, or no text at all), read the
    // records in that order, kept sorted between writes, and filter: no sort per query.
    const fixed = fixedOrderFor(sort, scores !== undefined)
    const presorted = fixed !== undefined && (!scores || scores.size * 4 > state.size)
    const key = scores ? undefined : selectionKey(query, presorted ? fixed : undefined)
    let selection = key ? state.cachedSelection(key) : undefined
    if (!selection) {
      const source = presorted
        ? scores
          ? inOrder(state.ordered(fixed), scores)
          : state.ordered(fixed)
        : scores
          ? state.matching(scores)
          : state.all()
      selection = select(source, query, state.dictionary)
      if (key) state.rememberSelection(key, selection)
    }

    const pageSize = Math.max(1, Math.floor(query.pageSize))
    const page = Math.max(1, Math.floor(query.page))
    const limit = page * pageSize
    const ordered = presorted ? selection.matched.slice(0, limit) : rank(selection.matched, scores, sort, query.near, limit)
    const hits = ordered.slice((page - 1) * pageSize).map(({ doc }) => toHit(doc, query, plan.highlights))
    return { hits, facets: copyFacets(selection.facets), total: selection.matched.length, page, pageSize, tookMs: elapsedMs(start) }
  }

  async suggest(q: string, locale: AppLocale, limit: number): Promise<Suggestion[]> {
    const plan = planQuery(q, emptySynonyms)
    if (plan.clauses.length === 0 || limit <= 0) return []
    const state = this.state
    const scores = state.match(plan, ['title'])
    // Titles in the visitor's own language first, then titles that matched in another one.
    const pool = [...scores].sort((a, b) => b[1] - a[1]).slice(0, Math.max(limit * 5, 50))
    const ranked = pool.flatMap(([internalId, score]) => {
      const row = state.rows[internalId]
      return row ? [{ row, score, own: matchesText(plan, row.doc.title[locale] ?? '') }] : []
    })
    ranked.sort((a, b) => Number(b.own) - Number(a.own) || b.score - a.score || (a.row.doc.id < b.row.doc.id ? -1 : 1))
    return ranked.slice(0, limit).map(({ row: { doc } }) => ({
      id: doc.id,
      type: doc.type,
      slug: doc.slug,
      title: localized(doc.title, locale).text,
    }))
  }

  async healthy(): Promise<boolean> {
    return true
  }

  /** How many records the current index holds (for start-up logs and tests). */
  size(): number {
    return this.state.size
  }
}

function toHit(doc: SearchDoc, query: SearchQuery, lookups: readonly Lookup[]): SearchHit {
  const title = localized(doc.title, query.locale).text
  const hit: SearchHit = {
    id: doc.id,
    type: doc.type,
    recordId: doc.recordId,
    slug: doc.slug,
    title,
    summary: localized(doc.summary, query.locale).text,
    hospital: { slug: doc.hospitalSlug, name: localized(doc.hospitalName, query.locale).text },
    prefecture: doc.prefecture,
    specialty: [...doc.specialty],
    highlight: highlight(title, lookups),
  }
  if (doc.priceJPY !== undefined) hit.priceJPY = doc.priceJPY
  if (doc.stayNights !== undefined) hit.stayNights = doc.stayNights
  if (query.near && doc.location) hit.distanceKm = roundKm(haversineKm(query.near, doc.location))
  return hit
}

/** Identifies a query without text by what decides its selection: type, filters, source order. */
function selectionKey(query: SearchQuery, order: FixedOrder | undefined): string {
  const { filters } = query
  return JSON.stringify([
    order ?? '',
    query.type ?? '',
    listFacets.map((facet) => [...(filters[facet] ?? [])].sort()),
    filters.priceMin ?? null,
    filters.priceMax ?? null,
    filters.stayMax ?? null,
  ])
}

function copyFacets(facets: FacetCounts): FacetCounts {
  return Object.fromEntries(Object.entries(facets).map(([facet, counts]) => [facet, { ...counts }])) as FacetCounts
}

function* inOrder(rows: Row[], scores: ReadonlyMap<number, number>): Iterable<Row> {
  for (const row of rows) if (scores.has(row.internalId)) yield row
}

function elapsedMs(start: number): number {
  return Math.round((performance.now() - start) * 100) / 100
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

export function createEmbeddedSearchIndex(options: EmbeddedOptions = {}): EmbeddedSearchIndex {
  return new EmbeddedSearchIndex(options)
}
