/**
 * Text normalisation shared by indexing and querying, so a visitor finds a record however
 * they type it: full-width or half-width, upper or lower case, with or without accents.
 * Pure and script-aware: accents are stripped from Latin, Greek and Cyrillic letters only,
 * because the same Unicode "combining marks" carry meaning elsewhere (Thai vowels and tones,
 * the Japanese voicing mark that tells が from か, the jamo inside a Hangul syllable).
 */

/** Letters that Unicode does not decompose into a base letter plus a mark. */
const foldedLetters: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
}
const FOLDED = new RegExp(`[${Object.keys(foldedLetters).join('')}]`, 'gu')

/** A Latin, Greek or Cyrillic letter followed by its combining marks (after NFD). */
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu

// Arabic, following the usual search normalisation (as Lucene's ArabicNormalizer):
// short vowels and other diacritics (harakat, U+064B–U+065F, superscript alef U+0670,
// Quranic annotation marks) and the tatweel stretching character carry no meaning for search.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/gu
const ARABIC_ALEF = /[\u0622\u0623\u0625\u0671]/gu // آ أ إ ٱ → ا
const ARABIC_YEH = /[\u0649\u06CC]/gu // ى (alef maqsura) and Persian ی → ي
const ARABIC_TEH_MARBUTA = /\u0629/gu // ة → ه
// NFKC splits Thai SARA AM (ำ) into NIKHAHIT + SARA AA, which ICU's Thai dictionary does not
// know, so the words around it segment differently; put it back together (and Lao's twin).
const THAI_LAO_AM = /\u0E4D\u0E32|\u0ECD\u0EB2/gu
const ARABIC_HINT = /[\u0600-\u06FF]/u
const NON_ASCII = /[^\u0000-\u007F]/u

/**
 * NFKC (full-width Latin and half-width katakana become their usual forms), lower case,
 * accents removed from Latin/Greek/Cyrillic (`khám sức khỏe` → `kham suc khoe`, `ё` → `е`),
 * `đ` → `d` and similar letters folded, Arabic diacritics and letter variants unified.
 * Lengths may change; callers that need positions normalise piece by piece.
 */
export function normalizeText(input: string): string {
  let text = input.normalize('NFKC').toLowerCase()
  if (NON_ASCII.test(text)) {
    text = text
      .replace(THAI_LAO_AM, (pair) => (pair.startsWith('\u0E4D') ? '\u0E33' : '\u0EB3'))
  }
  if (ARABIC_HINT.test(text)) {
    text = text
      .replace(ARABIC_MARKS, '')
      .replace(ARABIC_ALEF, '\u0627')
      .replace(ARABIC_YEH, '\u064A')
      .replace(ARABIC_TEH_MARBUTA, '\u0647')
  }
  if (NON_ASCII.test(text)) {
    // Decompose, drop the marks that follow Latin/Greek/Cyrillic letters, recompose the rest
    // (Hangul syllables and kana with voicing marks come back whole).
    text = text.normalize('NFD').replace(ACCENTED, '$1').normalize('NFC').replace(FOLDED, (c) => foldedLetters[c] ?? c)
  }
  return text
}

/** Prefixes of the Arabic definite article, longest first: `والقلب`, `بالقلب`, `القلب` → `قلب`. */
const ARABIC_ARTICLES = ['\u0648\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0641\u0627\u0644', '\u0627\u0644', '\u0644\u0644']

/**
 * Word-level folding applied after segmentation: strips the Arabic definite article so
 * `القلب` (the heart) and `قلب` (heart) are one term. A light stem, not a full stemmer:
 * only prefixes that leave at least two letters are removed.
 */
export function normalizeWord(word: string): string {
  const first = word.charCodeAt(0)
  if (first >= 0x0600 && first <= 0x06ff) {
    for (const article of ARABIC_ARTICLES) {
      if (word.startsWith(article) && word.length - article.length >= 2) return word.slice(article.length)
    }
  }
  return word
}

const KATAKANA = /[\u30A1-\u30F6]/gu

/**
 * Japanese writes the same word in either kana (`がん`, `ガン`): katakana folds to hiragana.
 * Applied to words after segmentation, because ICU's dictionary knows `コース`, not `こーす`.
 * Keeps the length (one UTF-16 unit for one).
 */
export function foldKana(text: string): string {
  return text.replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c] ?? c)
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
