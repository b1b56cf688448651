/**
 * Reading time of a Lexical document. Readers of Japanese and Chinese read characters, not
 * words (about 500 a minute); other scripts count words (about 220 a minute). Intl.Segmenter
 * finds words in scripts written without spaces (Thai) as well.
 */

export const WORDS_PER_MINUTE = 220
export const CJK_CHARACTERS_PER_MINUTE = 500

// Han ideographs, Hiragana, Katakana (and their half-width forms, the iteration mark 々).
const CJK = /[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/gu

interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
}

/** The plain text of a Lexical document (or of any node), one block per line. */
export function lexicalText(value: unknown): string {
  if (!value || typeof value !== 'object') return ''
  const node = ('root' in value ? (value as { root: unknown }).root : value) as LexicalNode
  const parts: string[] = []
  const walk = (n: LexicalNode): void => {
    if (typeof n.text === 'string') parts.push(n.text)
    if (Array.isArray(n.children)) {
      for (const child of n.children) walk(child)
      if (n.type !== 'text' && n.type !== 'root') parts.push('\n')
    }
  }
  walk(node)
  return parts.join('').replace(/[ \t]*\n+[ \t]*/g, '\n').trim()
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' })

/** Words in text that is not CJK (CJK characters are counted separately). */
function countWords(text: string): number {
  let words = 0
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1
  return words
}

/** Minutes to read `text`, at least 1 for any non-empty text, 0 for none. */
export function readingMinutesOfText(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0
  const words = countWords(text.replace(CJK, ' '))
  if (cjk === 0 && words === 0) return 0
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARACTERS_PER_MINUTE))
}

/** Minutes to read a Lexical rich-text value. */
export function readingMinutes(body: unknown): number {
  return readingMinutesOfText(lexicalText(body))
}
