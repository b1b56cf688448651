/**
 * Evaluates a query plan against the text index: the records matching every clause, with
 * their scores. Work grows with the rarest terms, not the common ones: clauses run rarest
 * first, and each later clause (and each later term of an alternative) only checks the
 * records still in the running, either by probing its postings for each of them or by
 * walking its postings, whichever touches fewer entries.
 *
 * Scores: a term's score for a record is the best of its matching words in each field,
 * summed over fields (BM25); an alternative's is the mean of its terms' times its weight;
 * a clause's is its best alternative's; a record's is the sum over clauses.
 */

import { lookupKey, type Alternative, type Clause, type Lookup, type QueryPlan } from '../plan'
import type { Posting, TextField, TextIndex } from './text-index'

interface Term {
  /** Postings grouped by field. */
  fields: Posting[][]
  size: number
}

type Score = (posting: Posting, id: number) => number

export function matchPlan(text: TextIndex, plan: QueryPlan, fields?: readonly TextField[]): Map<number, number> {
  const terms = new Map<string, Term>()
  const termOf = (lookup: Lookup): Term => {
    const key = lookupKey(lookup)
    let term = terms.get(key)
    if (!term) {
      const { postings, size } = text.resolve(lookup, fields)
      const byField = new Map<TextField, Posting[]>()
      for (const posting of postings) byField.set(posting.field, [...(byField.get(posting.field) ?? []), posting])
      term = { fields: [...byField.values()], size }
      terms.set(key, term)
    }
    return term
  }
  const score = text.scorer()

  const estimate = (clause: Clause) =>
    clause.alternatives.reduce((sum, alt) => sum + Math.min(...alt.lookups.map((lookup) => termOf(lookup).size)), 0)
  const ordered = plan.clauses.map((clause) => ({ clause, size: estimate(clause) })).sort((a, b) => a.size - b.size)

  let running: Map<number, number> | undefined
  for (const { clause } of ordered) {
    const scores = clauseScores(clause, termOf, score, running)
    if (running) {
      const combined = new Map<number, number>()
      for (const [id, value] of scores) combined.set(id, (running.get(id) ?? 0) + value)
      running = combined
    } else {
      running = scores
    }
    if (running.size === 0) break
  }
  return running ?? new Map()
}

function clauseScores(clause: Clause, termOf: (lookup: Lookup) => Term, score: Score, within?: Map<number, number>): Map<number, number> {
  const best = new Map<number, number>()
  for (const alternative of clause.alternatives) {
    for (const [id, value] of alternativeScores(alternative, termOf, score, within)) {
      const previous = best.get(id)
      if (previous === undefined || value > previous) best.set(id, value)
    }
  }
  return best
}

function alternativeScores(alternative: Alternative, termOf: (lookup: Lookup) => Term, score: Score, within?: Map<number, number>): Map<number, number> {
  const terms = alternative.lookups.map(termOf)
  if (terms.length === 0 || terms.some((term) => term.size === 0)) return new Map()
  terms.sort((a, b) => a.size - b.size)
  let running: Map<number, number>
  let next = 0
  if (within) {
    running = new Map()
    for (const id of within.keys()) running.set(id, 0)
  } else {
    running = allScores(terms[0] as Term, score)
    next = 1
  }
  for (; next < terms.length && running.size > 0; next++) running = addScores(terms[next] as Term, running, score)
  const factor = alternative.weight / terms.length
  for (const [id, value] of running) running.set(id, value * factor)
  return running
}

/** Every record a term matches, with its score. */
function allScores(term: Term, score: Score): Map<number, number> {
  const out = new Map<number, number>()
  for (const postings of term.fields) {
    const best = postings.length === 1 ? undefined : new Map<number, number>()
    for (const posting of postings) {
      for (const id of posting.ids) {
        const value = score(posting, id)
        if (!best) out.set(id, (out.get(id) ?? 0) + value)
        else if (value > (best.get(id) ?? 0)) best.set(id, value)
      }
    }
    if (best) for (const [id, value] of best) out.set(id, (out.get(id) ?? 0) + value)
  }
  return out
}

/** The running records that a term also matches, with the term's score added. */
function addScores(term: Term, running: Map<number, number>, score: Score): Map<number, number> {
  const out = new Map<number, number>()
  const probes = running.size * term.fields.reduce((n, postings) => n + postings.length, 0)
  if (probes <= term.size) {
    for (const [id, previous] of running) {
      let total = 0
      let found = false
      for (const postings of term.fields) {
        let best = 0
        for (const posting of postings) {
          if (!posting.ids.has(id)) continue
          found = true
          const value = score(posting, id)
          if (value > best) best = value
        }
        total += best
      }
      if (found) out.set(id, previous + total)
    }
    return out
  }
  for (const postings of term.fields) {
    const best = new Map<number, number>()
    for (const posting of postings) {
      for (const id of posting.ids) {
        if (!running.has(id)) continue
        const value = score(posting, id)
        if (value > (best.get(id) ?? 0)) best.set(id, value)
      }
    }
    for (const [id, value] of best) out.set(id, (out.get(id) ?? running.get(id) ?? 0) + value)
  }
  return out
}
