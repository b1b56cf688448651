import type { Story } from '../../payload-types'

/** A Lexical document of plain paragraphs, in the text direction of its language. */
export function lexicalDocument(paragraphs: string[], direction: 'ltr' | 'rtl' = 'ltr'): NonNullable<Story['body']> {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}
