/**
 * Walks of Orama's radix tree (one per text field) that find the indexed words a lookup
 * matches: exactly, by prefix, or within one typo. The typo walk is a Levenshtein automaton
 * run along the tree's edges, pruned as soon as every alignment needs more than one edit;
 * like Meilisearch it counts a wrong first letter as too many, which keeps the walk inside
 * one first-letter subtree. Reads the tree's public fields only and never changes it.
 */

import type { radix } from '@orama/orama/trees'

type Node = radix.RadixNode

export interface WordMatch {
  word: string
  ids: ReadonlySet<number>
  /** Edits between the word (or its prefix) and the token: 0 or 1. */
  typos: number
  /** Whether the token matched the start of a longer word rather than the whole word. */
  partial: boolean
}

/** The node where `term` ends, or where it ends part-way along the edge into it. */
function descend(root: Node, term: string): { node: Node; exact: boolean } | undefined {
  let node = root
  let i = 0
  while (i < term.length) {
    const child = node.c.get(term.charAt(i))
    if (!child) return undefined
    const label = child.s
    let j = 0
    while (j < label.length && i + j < term.length && label.charAt(j) === term.charAt(i + j)) j++
    if (j === label.length) {
      node = child
      i += j
    } else if (i + j === term.length) {
      return { node: child, exact: false }
    } else {
      return undefined
    }
  }
  return { node, exact: true }
}

/** Every word in a subtree. */
function collect(node: Node, out: WordMatch[], typos: number, exactWord: string | undefined): void {
  const stack: Node[] = [node]
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.e && current.d.size > 0) out.push({ word: current.w, ids: current.d, typos, partial: current.w !== exactWord })
    for (const child of current.c.values()) stack.push(child)
  }
}

export function findWords(root: Node, term: string, prefix: boolean, typos: number): WordMatch[] {
  if (!term) return []
  if (typos > 0) return findWithTypo(root, term, prefix)
  const found = descend(root, term)
  if (!found) return []
  const out: WordMatch[] = []
  if (prefix) {
    collect(found.node, out, 0, term)
  } else if (found.exact && found.node.e && found.node.d.size > 0) {
    out.push({ word: found.node.w, ids: found.node.d, typos: 0, partial: false })
  }
  return out
}

/**
 * Words within one edit of `term` (and, with `prefix`, words that start with something
 * within one edit of it). `row[j]` is the edit distance between the path walked so far and
 * the first j characters of the term.
 */
function findWithTypo(root: Node, term: string, prefix: boolean): WordMatch[] {
  const n = term.length
  const out: WordMatch[] = []
  const seen = new Set<Node>()
  const first = root.c.get(term.charAt(0))
  if (!first) return out
  const start = Array.from({ length: n + 1 }, (_, j) => j)
  const stack: { node: Node; row: number[] }[] = [{ node: first, row: start }]
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node } = item
    let row = item.row
    let pruned = false
    let swallowed = false
    for (let k = 0; k < node.s.length; k++) {
      const ch = node.s.charAt(k)
      const next = new Array<number>(n + 1)
      next[0] = (row[0] ?? 0) + 1
      let best = next[0]
      for (let j = 1; j <= n; j++) {
        const cost = term.charAt(j - 1) === ch ? 0 : 1
        const value = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost)
        next[j] = value
        if (value < best) best = value
      }
      row = next
      if (best > 1) {
        pruned = true
        break
      }
      if (prefix && (row[n] ?? 2) <= 1) {
        // The path so far is the term with at most one edit: everything below starts with it.
        if (!seen.has(node)) {
          seen.add(node)
          collect(node, out, row[n] ?? 1, term)
        }
        swallowed = true
        break
      }
    }
    if (pruned || swallowed) continue
    const distance = row[n] ?? 2
    if (node.e && distance <= 1 && node.d.size > 0) out.push({ word: node.w, ids: node.d, typos: distance, partial: false })
    for (const child of node.c.values()) stack.push({ node: child, row })
  }
  return out
}
