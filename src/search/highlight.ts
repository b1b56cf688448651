/**
 * Marks the words of a title that a query matched, as HTML: the matched parts wrapped in
 * `<mark>`, everything else escaped. Pure. The title is normalised character by character
 * so each normalised position points back into the original text, then cut by the same
 * `segment` the index uses, so what is marked is what matched.
 */

import { escapeHtml, normalizeText } from './normalize'
import { wordMatches, type Lookup } from './plan'
import { isGramScript, segment } from './tokenize'

export function highlight(title: string, lookups: readonly Lookup[]): string {
  if (!title || lookups.length === 0) return escapeHtml(title)
  const text = title.normalize('NFC')
  const { normalized, from, to } = mapNormalized(text)
  const marked = new Uint8Array(text.length)
  const mark = (start: number, end: number) => {
    if (end <= start) return
    const originStart = from[start] ?? 0
    const originEnd = to[end - 1] ?? text.length
    marked.fill(1, originStart, originEnd)
  }

  const wordLookups = lookups.filter((l) => !isGramScript(l.token))
  const gramLookups = lookups.filter((l) => isGramScript(l.token))
  for (const piece of segment(normalized)) {
    if (!piece.grams) {
      if (wordLookups.some((lookup) => wordMatches(piece.text, lookup))) mark(piece.start, piece.end)
      continue
    }
    for (const { token } of gramLookups) {
      for (let at = piece.text.indexOf(token); at !== -1; at = piece.text.indexOf(token, at + 1)) {
        mark(piece.start + at, piece.start + at + token.length)
      }
    }
  }
  return render(text, marked)
}

/**
 * Normalises text one code point at a time, recording for each UTF-16 unit of the result the
 * span of the original it came from.
 */
function mapNormalized(text: string): { normalized: string; from: number[]; to: number[] } {
  let normalized = ''
  const from: number[] = []
  const to: number[] = []
  let offset = 0
  for (const char of text) {
    const piece = normalizeText(char)
    for (let k = 0; k < piece.length; k++) {
      from.push(offset)
      to.push(offset + char.length)
    }
    normalized += piece
    offset += char.length
  }
  return { normalized, from, to }
}

function render(text: string, marked: Uint8Array): string {
  let html = ''
  let i = 0
  while (i < text.length) {
    let j = i
    while (j < text.length && marked[j] === marked[i]) j++
    const part = escapeHtml(text.slice(i, j))
    html += marked[i] ? `<mark>${part}</mark>` : part
    i = j
  }
  return html
}
