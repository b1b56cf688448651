/**
 * Right-to-left text for pdfkit. fontkit shapes Arabic (joining forms) and lays an Arabic run out
 * right to left by reversing the whole run, including any Latin letters or digits inside it, which
 * would come out backwards ("KH-7F" as "F7-HK"). Reversing each left-to-right stretch beforehand
 * cancels that, so references, amounts and Latin names read correctly inside Arabic sentences.
 *
 * Limitation (honest): this is not the full Unicode bidi algorithm. It handles one level of
 * embedding (Latin/digits inside Arabic), which is what this document contains; brackets are not
 * mirrored, and a left-to-right stretch that pdfkit wraps over two lines keeps its words reversed.
 */
const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}]/u
const STRONG_LTR_OR_DIGIT = /[\p{L}\p{N}]/u

export function isRightToLeftText(text: string): boolean {
  for (const ch of text) {
    if (STRONG_RTL.test(ch)) return true
    if (STRONG_LTR_OR_DIGIT.test(ch)) return false
  }
  return false
}

export function prepareRtlForPdf(text: string): string {
  if (!isRightToLeftText(text)) return text
  const chars = [...text]
  const out: string[] = []
  let i = 0
  while (i < chars.length) {
    const ch = chars[i] as string
    if (!STRONG_RTL.test(ch) && STRONG_LTR_OR_DIGIT.test(ch)) {
      // A left-to-right stretch: from this strong character to the last strong LTR character
      // before the next Arabic one (neutrals between them belong to the stretch).
      let end = i
      let j = i
      while (j < chars.length && !STRONG_RTL.test(chars[j] as string)) {
        if (STRONG_LTR_OR_DIGIT.test(chars[j] as string)) end = j
        j += 1
      }
      out.push(...chars.slice(i, end + 1).reverse())
      i = end + 1
    } else {
      out.push(ch)
      i += 1
    }
  }
  return out.join('')
}
