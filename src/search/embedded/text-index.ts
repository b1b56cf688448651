/**
 * The full-text part of the embedded engine: an Orama database whose four searchable fields
 * hold a record's text in every locale, cut by our tokeniser (`documentTokens`). Orama keeps
 * the inverted index (a radix tree per field, so prefixes and one-typo matches are tree walks,
 * not scans) and the statistics BM25 needs as records come and go; `resolve` walks the trees
 * for one lookup and `scorer` turns what it found into BM25 scores. The query logic on top
 * (clauses, synonyms, facets) is ours.
 */

import { components, count, create, insert, remove, type Orama, type Tokenizer } from '@orama/orama'

import type { Lookup } from '../plan'
import { findWords } from './radix'
import type { LocalizedText, SearchDoc } from '../port'
import { documentTokens, type SynonymSet } from '../synonyms'

const schema = { title: 'string', hospital: 'string', keywords: 'string', summary: 'string' } as const
type TextSchema = typeof schema
export type TextField = keyof TextSchema
export const textFields = Object.keys(schema) as TextField[]

/** A match in a title weighs three times one in a summary. */
const boost: Record<TextField, number> = { title: 3, hospital: 1.5, keywords: 1.5, summary: 1 }
/**
 * A field holds a record's text in up to 13 languages, so its length says more about how
 * many translations it has than about focus: length normalisation is kept mild.
 */
const bm25 = { k: 1.2, b: 0.5, d: 0.5 }
/** A prefix match counts less than the whole word, a one-typo match less again. */
const PREFIX_WEIGHT = 0.7
const TYPO_WEIGHT = 0.5

type Index = components.index.Index
const defaultIndex = components.index.createIndex()

/**
 * Distinct texts whose terms are remembered during a bulk build: hospital names, specialty
 * keywords and template titles repeat across records, and ICU segmentation is the costly part.
 */
const TOKEN_CACHE_SIZE = 5_000

type Fields = Record<TextField, Map<string, number>>

/**
 * A text index whose documents are cut by `documentTokens` with these synonyms.
 *
 * Orama keeps, besides the inverted index, a term → frequency table per record and field,
 * and counts each term by scanning the field's whole term list (quadratic in the field's
 * length: seconds per thousand records of 13-language text). Our tokeniser emits each term
 * once per field, so every frequency is 1: the table is not kept, and the number of records
 * per term (BM25's document frequency) lives in a Map here. Lengths stay where Orama keeps them.
 */
export class TextIndex {
  readonly orama: Orama<TextSchema>
  private readonly occurrences = Object.fromEntries(textFields.map((field) => [field, new Map<string, number>()])) as Fields
  private readonly cache = new Map<string, string[]>()
  private caching = false

  constructor(synonyms: SynonymSet) {
    const occurrences = this.occurrences
    const cache = this.cache
    const caching = () => this.caching
    const tokenizer: Tokenizer = {
      language: 'multilingual',
      normalizationCache: new Map(),
      // Lookup terms arrive already cut (by `planQuery`, from the same functions), so at
      // query time (no property given) a term passes through as is.
      tokenize: (raw, _language, prop) => {
        if (!prop) return [raw]
        if (!caching()) return documentTokens(raw, synonyms)
        let tokens = cache.get(raw)
        if (!tokens) {
          if (cache.size >= TOKEN_CACHE_SIZE) cache.clear()
          tokens = documentTokens(raw, synonyms)
          cache.set(raw, tokens)
        }
        return tokens
      },
    }
    const counts = (prop: string) => occurrences[prop as TextField] as Map<string, number> | undefined
    const index = {
      ...defaultIndex,
      insertDocumentScoreParameters(index: Index, prop: string, id: number | string, tokens: string[], docsCount: number): void {
        const internalId = components.internalDocumentIDStore.getInternalDocumentId(index.sharedInternalDocumentStore, id)
        index.avgFieldLength[prop] = ((index.avgFieldLength[prop] ?? 0) * (docsCount - 1) + tokens.length) / docsCount
        const lengths = index.fieldLengths[prop]
        if (lengths) lengths[internalId] = tokens.length
      },
      insertTokenScoreParameters(_index: Index, prop: string, _id: number | string, _tokens: string[], token: string): void {
        const map = counts(prop)
        map?.set(token, (map.get(token) ?? 0) + 1)
      },
      removeTokenScoreParameters(_index: Index, prop: string, token: string): void {
        const map = counts(prop)
        const left = (map?.get(token) ?? 0) - 1
        if (left > 0) map?.set(token, left)
        else map?.delete(token)
      },
    }
    this.orama = create({ schema, sort: { enabled: false }, components: { tokenizer, index } })
  }

  /** Remembers the terms of repeated texts while many records are indexed at once; forgets them after. */
  bulk(on: boolean): void {
    this.caching = on
    if (!on) this.cache.clear()
  }

  /** Indexes a record's text; returns Orama's internal id for it (stable for the id's lifetime in this index). */
  insert(doc: SearchDoc): number {
    sync(
      insert(this.orama, {
        id: doc.id,
        title: joined(doc.title),
        hospital: joined(doc.hospitalName),
        keywords: joined(doc.keywords),
        summary: joined(doc.summary),
      }),
    )
    return components.internalDocumentIDStore.getInternalDocumentId(this.orama.internalDocumentIDStore, doc.id)
  }

  remove(id: string): boolean {
    return sync(remove(this.orama, id))
  }

  /** The words a lookup finds in each field, as postings to score. */
  resolve(lookup: Lookup, fields: readonly TextField[] = textFields): Resolved {
    const index = this.orama.data.index
    const docsCount = count(this.orama)
    const postings: Posting[] = []
    let size = 0
    for (const field of fields) {
      const tree = index.indexes[field]
      if (tree?.type !== 'Radix') continue
      const occurrences = this.occurrences[field]
      for (const match of findWords(tree.node, lookup.token, lookup.prefix, lookup.typos)) {
        const matching = occurrences.get(match.word) ?? match.ids.size
        const idf = Math.log(1 + (docsCount - matching + 0.5) / (matching + 0.5))
        const closeness = (match.typos > 0 ? TYPO_WEIGHT : 1) * (match.partial ? PREFIX_WEIGHT : 1)
        postings.push({ field, ids: match.ids, weight: boost[field] * closeness * idf * (bm25.d + bm25.k + 1) })
        size += match.ids.size
      }
    }
    return { postings, size }
  }

  /**
   * BM25 of one posting for one record, with a term count of 1 (each term is indexed once per
   * field); the length normalisation uses the field's length for the record.
   */
  scorer(): (posting: Posting, id: number) => number {
    const index = this.orama.data.index
    const norms = new Map<TextField, { lengths: Record<number, number | undefined>; average: number }>()
    for (const field of textFields) norms.set(field, { lengths: index.fieldLengths[field] ?? {}, average: index.avgFieldLength[field] || 1 })
    return (posting, id) => {
      const norm = norms.get(posting.field)
      const average = norm?.average ?? 1
      const length = norm?.lengths[id] ?? average
      return posting.weight / (1 + bm25.k * (1 - bm25.b + (bm25.b * length) / average))
    }
  }
}

function joined(text: LocalizedText): string {
  // One line per locale, so a CJK run never joins the end of one language to the next; a
  // locale that repeats another's text (a fallback copy) adds nothing.
  const values = new Set<string>()
  for (const value of Object.values(text)) if (typeof value === 'string' && value.trim() !== '') values.add(value.trim())
  return [...values].join('\n')
}

/** The records holding one matched word in one field, with the BM25 factors that do not depend on the record. */
export interface Posting {
  field: TextField
  ids: ReadonlySet<number>
  /** Field boost × closeness of the word to the term × idf × (d + k + 1). */
  weight: number
}

export interface Resolved {
  postings: Posting[]
  /** Number of (record, field, word) entries: the cost of scoring them all. */
  size: number
}

/** Orama answers synchronously unless a component is async; ours are not, and the hot path relies on it. */
function sync<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('Orama returned a promise: an async component slipped in')
  return value
}
