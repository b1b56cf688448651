/**
 * Multilingual tokenisation for the embedded search engine. The same functions cut documents
 * and queries, so whatever a record's text becomes, a query for it becomes the same.
 *
 * 1. `normalizeText` (NFKC, lower case, accents off Latin/Greek/Cyrillic, Arabic variants).
 * 2. `Intl.Segmenter` (ICU word boundaries) finds the words, including in scripts written
 *    without spaces: ICU's dictionaries split Thai (`ตรวจสุขภาพ` → `ตรวจ` `สุขภาพ`), Japanese
 *    and Chinese (`がん検診コース` → `がん` `検診` `コース`).
 * 3. Han, kana, Hangul and Thai are then also cut into overlapping character bigrams over
 *    each unbroken run (`全面体检套餐` → `全面` `面体` `体检` `检套` `套餐`). Dictionary
 *    segmentation depends on context (ICU cuts `สุขภาพ` whole in one sentence and as `สุข`
 *    `ภาพ` in another), bigrams do not. Documents are indexed under the bigrams of their whole
 *    runs; a query looks up the bigrams inside each of its ICU words (`がん検診` → `がん`,
 *    `検診`), all of which a record containing those words has, however ICU cut the record.
 *    Korean gets bigrams too because particles stick to words (`건강검진을`).
 */

import { foldKana, normalizeText, normalizeWord } from './normalize'

const segmenter = new Intl.Segmenter('und', { granularity: 'word' })

const CJK_CLASS = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}'
const THAI_CLASS = '\\u0E00-\\u0E7F'
const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`, 'u')
const THAI_CHAR = new RegExp(`[${THAI_CLASS}]`, 'u')
/** Splits a segment into runs of one script family: CJK, Thai, anything else. */
const SCRIPT_PARTS = new RegExp(`[${CJK_CLASS}]+|[${THAI_CLASS}]+|[^${CJK_CLASS}${THAI_CLASS}]+`, 'gu')
/** A Thai character with the vowel and tone marks written above or below it. */
const THAI_CLUSTER = /[\u0E00-\u0E30\u0E32\u0E33\u0E3F-\u0E46\u0E4F-\u0E7F][\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]*|[\s\S]/gu
const PLAIN_WORD = /^[a-z0-9_.,]+$/
const NOT_ELISION = /[^'’‘`]+/gu
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** One word of normalised text, or one unbroken run of CJK or Thai words. */
export interface Piece {
  text: string
  /** CJK and Thai runs, which are written without spaces, are matched by bigrams. */
  grams: boolean
  /** For a run, the words ICU's dictionary finds inside it; for a word, the word itself. */
  words: string[]
  /** UTF-16 offsets in the normalised text (an Arabic word's span includes its article). */
  start: number
  end: number
}

export function isCjk(text: string): boolean {
  return CJK_CHAR.test(text)
}

/** Whether text is in a script matched by bigrams (CJK or Thai). */
export function isGramScript(text: string): boolean {
  return CJK_CHAR.test(text) || THAI_CHAR.test(text)
}

/**
 * Cuts already-normalised text into pieces: words (Latin, Cyrillic, Arabic, …) and maximal
 * runs of adjacent CJK words or of adjacent Thai words. Katakana folds to hiragana once ICU
 * has found the words (`ガン` → `がん`); French elisions split (`l'hopital` → `l`, `hopital`);
 * Arabic words lose the definite article (`القلب` → `قلب`).
 */
export function segment(normalized: string): Piece[] {
  const pieces: Piece[] = []
  for (const { segment: text, index, isWordLike } of segmenter.segment(normalized)) {
    if (!isWordLike) continue
    if (PLAIN_WORD.test(text)) {
      // The common case, a plain ASCII word: nothing to split or fold.
      pieces.push({ text, grams: false, words: [text], start: index, end: index + text.length })
      continue
    }
    for (const match of text.matchAll(SCRIPT_PARTS)) {
      const start = index + match.index
      const part = match[0]
      const end = start + part.length
      if (isGramScript(part)) {
        const folded = foldKana(part)
        const previous = pieces.at(-1)
        if (previous?.grams && previous.end === start && isCjk(previous.text) === isCjk(folded)) {
          previous.text += folded
          previous.words.push(folded)
          previous.end = end
        } else {
          pieces.push({ text: folded, grams: true, words: [folded], start, end })
        }
        continue
      }
      for (const sub of part.matchAll(NOT_ELISION)) {
        if (!HAS_LETTER_OR_DIGIT.test(sub[0])) continue
        const word = normalizeWord(sub[0])
        const subStart = start + sub.index
        pieces.push({ text: word, grams: false, words: [word], start: subStart, end: subStart + sub[0].length })
      }
    }
  }
  return pieces
}

/**
 * The characters bigrams are made of: code points for CJK (so rare Han characters outside
 * the BMP stay whole), for Thai a letter with the vowel and tone marks stacked on it.
 */
export function gramUnits(run: string): string[] {
  return THAI_CHAR.test(run) ? (run.match(THAI_CLUSTER) ?? []) : Array.from(run)
}

/** The overlapping bigrams of a CJK or Thai word (its single character when it has one). */
export function grams(word: string): string[] {
  const units = gramUnits(word)
  if (units.length <= 1) return units
  const out = new Set<string>()
  for (let i = 0; i + 1 < units.length; i++) out.add(`${units[i]}${units[i + 1]}`)
  return [...out]
}

/**
 * The terms a document's text is indexed under, each once: every word, and for each CJK or
 * Thai run its bigrams plus its last character alone. A one-character query (`癌`) is looked
 * up as a prefix, which then reaches every position: each character starts a bigram except
 * the last of a run, which is indexed by itself.
 */
export function indexTokens(text: string): string[] {
  return piecesTokens(segment(normalizeText(text)))
}

/** `indexTokens` for text already cut into pieces. */
export function piecesTokens(pieces: readonly Piece[]): string[] {
  const tokens = new Set<string>()
  for (const piece of pieces) {
    if (!piece.grams) {
      tokens.add(piece.text)
      continue
    }
    for (const gram of grams(piece.text)) tokens.add(gram)
    const last = gramUnits(piece.text).at(-1)
    if (last) tokens.add(last)
  }
  return [...tokens]
}

/** Query words that carry no meaning alone: Japanese particles between the words of a query. */
const particles = new Set(['の', 'を', 'に', 'は', 'が', 'で', 'と', 'へ', 'も', 'や'])

export function isParticle(word: string): boolean {
  return particles.has(word)
}

/** Length in code points (what a reader counts as characters). */
export function charLength(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}
