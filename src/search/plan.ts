/**
 * Turns a visitor's query into what the embedded engine looks up: clauses that must all
 * match (AND), each a choice of alternatives (OR: the words as typed, or a synonym), each
 * alternative a list of index terms that must all be present. Pure.
 *
 * How a term is looked up:
 * - a word of 5 or more characters tolerates one typo (`cardiolgy` → `cardiology`), though
 *   not in its first letter (as Meilisearch, which counts that as two);
 * - the last word of the query, if 3 or more characters, also matches as a prefix
 *   (`cardio` → `cardiology`), as a visitor may not have finished typing it;
 * - a synonym term is looked up as written, or as its group's term (`synonymToken`);
 * - CJK and Thai words are looked up by their bigrams, exactly, never with typo tolerance (a
 *   one-letter change to a bigram is a different word); a one-character word by prefix.
 */

import { normalizeText } from './normalize'
import { matchSynonyms, synonymToken, type SynonymSet } from './synonyms'
import { charLength, grams, indexTokens, isParticle, segment, type Piece } from './tokenize'

export interface Lookup {
  token: string
  /** Also words that start with the token. */
  prefix: boolean
  /** Edits tolerated, 0 or 1; the first letter must be as typed. */
  typos: number
}

export function lookupKey(lookup: Lookup): string {
  return `${lookup.prefix ? 'p' : 'w'}${lookup.typos}:${lookup.token}`
}

export interface Alternative {
  lookups: Lookup[]
  /** Score multiplier: 1 for the words as typed, less for a synonym. */
  weight: number
}

export interface Clause {
  alternatives: Alternative[]
}

export interface QueryPlan {
  clauses: Clause[]
  /** The words to mark in a title: the query's own and, for a synonym, every term of its group. */
  highlights: Lookup[]
}

/** Bounds the work of one query: words beyond this many are not looked up. */
export const MAX_CLAUSES = 24
export const SYNONYM_WEIGHT = 0.5
/** Words at least this long tolerate one typo. */
export const TYPO_MIN_LENGTH = 5
/** A last word this long also matches as a prefix (shorter ones would match half the index). */
export const PREFIX_MIN_LENGTH = 3

const DIGITS = /^\p{N}+$/u

export function planQuery(q: string, synonyms: SynonymSet, options: { prefixLast?: boolean } = {}): QueryPlan {
  const prefixLast = options.prefixLast ?? true
  const items = matchSynonyms(segment(normalizeText(q)), synonyms)
  const wordCount = items.reduce((n, item) => n + (item.kind === 'piece' ? item.piece.words.length : 1), 0)
  const clauses: Clause[] = []
  const highlights: Lookup[] = []
  items.forEach((item, index) => {
    const last = prefixLast && index === items.length - 1
    if (item.kind === 'synonym') {
      // The words as typed, or any term of the group (one lookup: see `synonymToken`).
      const typed = item.phrase.pieces.flatMap(exactLookups)
      clauses.push({
        alternatives: [
          { lookups: typed, weight: 1 },
          { lookups: [{ token: synonymToken(item.phrase.group), prefix: false, typos: 0 }], weight: SYNONYM_WEIGHT },
        ],
      })
      for (const phrase of synonyms.groups[item.phrase.group] ?? [item.phrase]) highlights.push(...phrase.pieces.flatMap(exactLookups))
      return
    }
    const { piece } = item
    if (!piece.grams) {
      const lookup = wordLookup(piece.text, last)
      clauses.push({ alternatives: [{ lookups: [lookup], weight: 1 }] })
      highlights.push(lookup)
      return
    }
    for (const word of piece.words) {
      if (wordCount > 1 && isParticle(word)) continue
      const lookups = gramLookups(word)
      clauses.push({ alternatives: [{ lookups, weight: 1 }] })
      highlights.push(...lookups)
    }
  })
  return {
    clauses: clauses.filter((c) => c.alternatives.some((a) => a.lookups.length > 0)).slice(0, MAX_CLAUSES),
    highlights: dedupeLookups(highlights),
  }
}

function dedupeLookups(lookups: Lookup[]): Lookup[] {
  return [...new Map(lookups.map((lookup) => [lookupKey(lookup), lookup])).values()]
}

function wordLookup(word: string, last: boolean): Lookup {
  const length = charLength(word)
  return {
    token: word,
    prefix: last && length >= PREFIX_MIN_LENGTH,
    typos: length >= TYPO_MIN_LENGTH && !DIGITS.test(word) ? 1 : 0,
  }
}

function gramLookups(word: string): Lookup[] {
  const list = grams(word)
  if (list.length === 1 && charLength(list[0] ?? '') === 1) return [{ token: list[0] ?? '', prefix: true, typos: 0 }]
  return list.map((token) => ({ token, prefix: false, typos: 0 }))
}

/** A synonym term as written: its words exactly, its CJK/Thai words by bigrams. */
function exactLookups(piece: Piece): Lookup[] {
  if (!piece.grams) return [{ token: piece.text, prefix: false, typos: 0 }]
  return piece.words.flatMap(gramLookups)
}

/**
 * Whether one text on its own satisfies a plan (every clause has an alternative whose
 * terms all occur in it), judged as the index would. For a handful of candidates, such as
 * type-ahead suggestions, not for scanning a catalogue.
 */
export function matchesText(plan: QueryPlan, text: string): boolean {
  if (plan.clauses.length === 0 || !text) return false
  const tokens = indexTokens(text)
  const exact = new Set(tokens)
  const has = (lookup: Lookup) =>
    exact.has(lookup.token) || ((lookup.prefix || lookup.typos > 0) && tokens.some((token) => wordMatches(token, lookup)))
  return plan.clauses.every((clause) => clause.alternatives.some((a) => a.lookups.every(has)))
}

/** Whether one normalised word matches a lookup the way the index does (`embedded/radix.ts`). */
export function wordMatches(word: string, { token, prefix, typos }: Lookup): boolean {
  if (word === token || (prefix && word.startsWith(token))) return true
  if (typos === 0 || word.charAt(0) !== token.charAt(0)) return false
  if (withinOneEdit(word, token)) return true
  if (!prefix) return false
  return [token.length - 1, token.length, token.length + 1].some((n) => n > 0 && withinOneEdit(word.slice(0, n), token))
}

/** Levenshtein distance ≤ 1, without building the matrix. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (long.length - short.length > 1) return false
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1)
  return short.slice(i) === long.slice(i + 1)
}

