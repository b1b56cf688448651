import { createRequire } from 'node:module'

/**
 * A strict XML parser for tests (feeds, sitemaps): sax in strict mode rejects anything that is
 * not well-formed (unescaped `&` or `<`, mismatched or unclosed tags, bad attributes). sax ships
 * with Payload's dependencies and has no bundled types, hence the small interface below.
 */
interface SaxTag {
  name: string
  attributes: Record<string, string>
}
interface SaxParser {
  onerror: (error: Error) => void
  onopentag: (tag: SaxTag) => void
  onclosetag: (name: string) => void
  ontext: (text: string) => void
  oncdata: (text: string) => void
  write(xml: string): SaxParser
  close(): SaxParser
}
const sax = createRequire(import.meta.url)('sax') as { parser: (strict: boolean, options?: Record<string, unknown>) => SaxParser }

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

/** Parses a document; throws on the first well-formedness error (and on more than one root). */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { trim: false, normalize: false, xmlns: false })
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' }
  const stack: XmlElement[] = [root]
  let failure: Error | undefined
  parser.onerror = (error) => {
    failure ??= error
  }
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: '' }
    stack[stack.length - 1]!.children.push(element)
    stack.push(element)
  }
  parser.onclosetag = () => {
    stack.pop()
  }
  parser.ontext = (text) => {
    stack[stack.length - 1]!.text += text
  }
  parser.oncdata = parser.ontext
  parser.write(xml).close()
  if (failure) throw failure
  if (root.children.length !== 1) throw new Error(`Expected one root element, found ${root.children.length}`)
  return root.children[0]!
}

/** Direct children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name)
}

/** The text of the first direct child named `name` (undefined when absent). */
export function childText(element: XmlElement, name: string): string | undefined {
  return childrenNamed(element, name)[0]?.text
}
