import { normalizeText } from '@/search/normalize'
import { grams, piecesTokens, segment, isParticle } from '@/search/tokenize'

import type { UhcDoc } from './port'

/**
 * Text matching for the embedded hub engine, on the catalogue's tokenizer (src/search/tokenize):
 * every query word must be found (a Latin word as a prefix of a document word, a CJK/Thai run
 * by all its bigrams) in the title, summary, authors or organisations in any locale.
 */

export interface DocTerms {
  title: Set<string>
  titleSorted: string[]
  every: Set<string>
  /** Sorted, for prefix lookups. */
  all: string[]
}

function tokensOf(texts: readonly (string | undefined)[]): Set<string> {
  const out = new Set<string>()
  for (const text of texts) if (text) for (const token of piecesTokens(segment(normalizeText(text)))) out.add(token)
  return out
}

export function docTerms(doc: UhcDoc): DocTerms {
  const title = tokensOf(Object.values(doc.title))
  const rest = tokensOf([...Object.values(doc.summary), ...doc.authors, ...doc.organisations])
  const every = new Set([...title, ...rest])
  return { title, titleSorted: [...title].sort(), every, all: [...every].sort() }
}

/** What a query asks for: each unit is a list of terms that must all be present (bigrams) or a prefix. */
export type QueryUnit = { kind: 'prefix'; word: string } | { kind: 'grams'; grams: string[] }

export function queryUnits(q: string): QueryUnit[] {
  const units: QueryUnit[] = []
  for (const piece of segment(normalizeText(q))) {
    if (piece.grams) {
      if (isParticle(piece.text)) continue
      units.push({ kind: 'grams', grams: grams(piece.text) })
    } else units.push({ kind: 'prefix', word: piece.text })
  }
  return units
}

function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] ?? '') < prefix) lo = mid + 1
    else hi = mid
  }
  return (sorted[lo] ?? '').startsWith(prefix)
}

function inSet(terms: Set<string>, sorted: readonly string[], unit: QueryUnit): boolean {
  if (unit.kind === 'grams') {
    // A one-character query is a prefix of a bigram.
    return unit.grams.every((g) => terms.has(g) || hasPrefix(sorted, g))
  }
  return hasPrefix(sorted, unit.word)
}

/** Score of a document for the query units, or 0 when some unit is missing. */
export function scoreTerms(terms: DocTerms, units: readonly QueryUnit[]): number {
  let score = 0
  for (const unit of units) {
    if (!inSet(terms.every, terms.all, unit)) return 0
    score += inSet(terms.title, terms.titleSorted, unit) ? 3 : 1
  }
  return score
}
