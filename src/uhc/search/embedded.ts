import { assembleResult } from './facets'
import type { UhcDoc, UhcIndex, UhcQuery, UhcResult } from './port'
import { docTerms, queryUnits, scoreTerms, type DocTerms } from './text'

interface Entry {
  doc: UhcDoc
  terms: DocTerms
}

/** The embedded hub engine: a few hundred resources in memory, scanned per query. */
export class EmbeddedUhcIndex implements UhcIndex {
  readonly engine = 'embedded' as const
  private entries = new Map<string, Entry>()

  private entry(doc: UhcDoc): Entry {
    return { doc, terms: docTerms(doc) }
  }

  async upsert(docs: UhcDoc[]): Promise<void> {
    for (const doc of docs) this.entries.set(doc.id, this.entry(doc))
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) this.entries.delete(id)
  }

  async replaceAll(docs: UhcDoc[]): Promise<void> {
    const next = new Map<string, Entry>()
    for (const doc of docs) next.set(doc.id, this.entry(doc))
    this.entries = next
  }

  async query(query: UhcQuery): Promise<UhcResult> {
    const units = queryUnits(query.q)
    const matched: { doc: UhcDoc; score: number }[] = []
    for (const entry of this.entries.values()) {
      if (units.length === 0) {
        matched.push({ doc: entry.doc, score: 0 })
        continue
      }
      const score = scoreTerms(entry.terms, units)
      if (score > 0) matched.push({ doc: entry.doc, score })
    }
    return assembleResult(matched, query)
  }

  async healthy(): Promise<boolean> {
    return true
  }
}

export function createEmbeddedUhcIndex(): EmbeddedUhcIndex {
  return new EmbeddedUhcIndex()
}
