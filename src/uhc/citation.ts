import { slugify } from '@/fields/slug'

import type { ResourceType } from './vocabulary'

/**
 * "How to cite" for a knowledge resource: APA 7 and BibTeX, from the resource's own fields.
 * Personal authors are stored as "Family, Given"; without them the organisations are the
 * (corporate) author. A DOI wins over a URL; without either the resource's page is the URL.
 */

export interface CitationSource {
  slug: string
  title: string
  resourceType: ResourceType
  authors?: { name: string }[] | null
  organisations?: { name: string }[] | null
  /** ISO date. */
  publishedOn?: string | null
  citation?: { publisher?: string | null; doi?: string | null; url?: string | null; edition?: string | null } | null
  /** The resource's public page, used when there is neither DOI nor URL. */
  pageUrl?: string
}

interface PersonName {
  family: string
  given: string[]
}

export function parsePersonName(name: string): PersonName {
  const trimmed = name.trim().replace(/\s+/g, ' ')
  const comma = trimmed.indexOf(',')
  if (comma >= 0) {
    return { family: trimmed.slice(0, comma).trim(), given: trimmed.slice(comma + 1).trim().split(' ').filter(Boolean) }
  }
  const parts = trimmed.split(' ')
  const family = parts.pop() ?? ''
  return { family, given: parts }
}

/** "Jean-Paul Kemunto" → "J.-P. K." */
function initials(given: string[]): string {
  return given
    .map((g) =>
      g
        .split('-')
        .map((part) => {
          const first = Array.from(part)[0]
          return first ? `${first.toUpperCase()}.` : ''
        })
        .filter(Boolean)
        .join('-'),
    )
    .join(' ')
}

function apaPerson(name: string): string {
  const { family, given } = parsePersonName(name)
  const init = initials(given)
  return init ? `${family}, ${init}` : family
}

/** APA's list: "A", "A, & B", "A, B, & C"; beyond 20, the first 19, an ellipsis, then the last. */
function apaList(names: string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  if (names.length === 2) return `${names[0]}, & ${names[1]}`
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names.at(-1)}`
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`
}

const apaDescriptions: Record<ResourceType, string | undefined> = {
  'case-study': 'Case study',
  'policy-brief': 'Policy brief',
  toolkit: 'Toolkit',
  'training-material': 'Training material',
  dataset: 'Data set',
  report: undefined,
  video: 'Video',
}

const endsWithPunctuation = (text: string) => /[.?!]$/.test(text)
const withPeriod = (text: string) => (endsWithPunctuation(text) ? text : `${text}.`)

export function citationYear(source: Pick<CitationSource, 'publishedOn'>): string {
  const year = source.publishedOn?.slice(0, 4)
  return year && /^\d{4}$/.test(year) ? year : 'n.d.'
}

function personalAuthors(source: CitationSource): string[] {
  return (source.authors ?? []).map((a) => a.name.trim()).filter(Boolean)
}

function organisationNames(source: CitationSource): string[] {
  return (source.organisations ?? []).map((o) => o.name.trim()).filter(Boolean)
}

function link(source: CitationSource): string | undefined {
  const doi = source.citation?.doi?.trim()
  if (doi) return `https://doi.org/${doi.replace(/^https?:\/\/(dx\.)?doi\.org\//, '')}`
  return source.citation?.url?.trim() || source.pageUrl
}

/** APA 7 reference as plain text (the title is in italics in print; plain text has none). */
export function apaCitation(source: CitationSource): string {
  const people = personalAuthors(source)
  const organisations = organisationNames(source)
  const author = people.length ? apaList(people.map(apaPerson)) : apaList(organisations)
  const publisher = source.citation?.publisher?.trim()
  const edition = source.citation?.edition?.trim()
  const description = apaDescriptions[source.resourceType]
  const title = source.title.trim()
  let titlePart = title
  if (edition) titlePart += ` (${edition})`
  if (description) titlePart += ` [${description}]`
  const parts: string[] = []
  const date = `(${citationYear(source)}).`
  if (author) parts.push(`${withPeriod(author)} ${date}`, withPeriod(titlePart))
  else parts.push(withPeriod(titlePart), date)
  // APA 7: the publisher is left out when it is the same as the (corporate) author.
  const authorNames = people.length ? [] : organisations
  if (publisher && !authorNames.includes(publisher)) parts.push(withPeriod(publisher))
  const url = link(source)
  if (url) parts.push(url)
  return parts.join(' ')
}

const bibtexSpecials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
}

export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => bibtexSpecials[c] ?? c)
}

const bibtexTypes: Record<ResourceType, { entry: string; type?: string }> = {
  'case-study': { entry: 'techreport', type: 'Case study' },
  'policy-brief': { entry: 'techreport', type: 'Policy brief' },
  report: { entry: 'techreport' },
  dataset: { entry: 'dataset' },
  toolkit: { entry: 'misc', type: 'Toolkit' },
  'training-material': { entry: 'misc', type: 'Training material' },
  video: { entry: 'misc', type: 'Video' },
}

const stopWords = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'for', 'and', 'to', 'from', 'with', 'at', 'by'])

/** A stable key: first author's family name (or first organisation's first word), year, first significant title word. */
export function bibtexKey(source: CitationSource): string {
  const people = personalAuthors(source)
  const first = people[0] ? parsePersonName(people[0]).family : (organisationNames(source)[0] ?? '')
  const who = slugify(first).split('-').filter(Boolean)
  const whoPart = (people.length ? who.join('') : who.find((w) => !stopWords.has(w))) ?? ''
  const word = slugify(source.title).split('-').find((w) => w && !stopWords.has(w)) ?? ''
  const year = citationYear(source).replace('n.d.', 'nd')
  const key = `${whoPart}${year}${word}`
  return /^[a-z]/.test(key) ? key : `${slugify(source.slug).replace(/-/g, '').slice(0, 20) || 'resource'}${year}`
}

export function bibtexCitation(source: CitationSource): string {
  const { entry, type } = bibtexTypes[source.resourceType]
  const people = personalAuthors(source)
  const organisations = organisationNames(source)
  const publisher = source.citation?.publisher?.trim()
  const edition = source.citation?.edition?.trim()
  const doi = source.citation?.doi?.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//, '')
  const url = source.citation?.url?.trim() || (doi ? undefined : source.pageUrl)
  const author = people.length
    ? people
        .map((p) => {
          const { family, given } = parsePersonName(p)
          return escapeBibtex(given.length ? `${family}, ${given.join(' ')}` : family)
        })
        .join(' and ')
    : organisations.map((o) => `{${escapeBibtex(o)}}`).join(' and ')
  const fields: [string, string | undefined][] = [
    ['author', author || undefined],
    // Double braces keep the title's capitals as written.
    ['title', `{${escapeBibtex(source.title.trim())}}`],
    ['year', citationYear(source) === 'n.d.' ? undefined : citationYear(source)],
    [entry === 'techreport' ? 'institution' : 'publisher', publisher ? escapeBibtex(publisher) : organisations[0] && people.length ? escapeBibtex(organisations[0]) : undefined],
    ['type', entry === 'techreport' && type ? type : undefined],
    ['howpublished', entry === 'misc' && type ? type : undefined],
    [entry === 'techreport' ? 'number' : 'edition', edition ? escapeBibtex(edition) : undefined],
    ['doi', doi || undefined],
    ['url', url || undefined],
  ]
  const body = fields
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n')
  return `@${entry}{${bibtexKey(source)},\n${body}\n}`
}
