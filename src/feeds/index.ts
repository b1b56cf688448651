/**
 * RSS 2.0 and Atom 1.0 from one neutral description of a feed, shared by the stories feed and
 * the UHC hub feed. Everything that comes from content is XML-escaped here, so callers pass
 * plain text (titles with `&`, `<` or quotes are fine).
 */

export interface FeedItem {
  /** A stable, unique identifier (the item's absolute URL is a good one). */
  id: string
  title: string
  /** Absolute URL of the item's page. */
  link: string
  summary?: string | null
  /** ISO 8601 date-time. */
  published: string
  /** ISO 8601 date-time; defaults to `published`. */
  updated?: string | null
  authors?: string[]
  categories?: string[]
}

export interface Feed {
  title: string
  /** Absolute URL of the HTML page the feed mirrors. */
  link: string
  /** Absolute URL of the feed document itself (atom:link rel="self" / Atom id). */
  selfUrl: string
  /** BCP 47 language tag (`ja`, `zh-CN`). */
  language: string
  /** ISO 8601 date-time of the latest change; defaults to the newest item (or now). */
  updated?: string | null
  description?: string | null
  items: FeedItem[]
}

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8'
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8'

// Characters XML 1.0 forbids outright (control characters other than tab, LF, CR, and unpaired surrogates).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Escapes text for element content and attribute values alike. */
export function escapeXml(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function validDate(value: string | null | undefined): Date | undefined {
  if (!value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

function dateOf(value: string | null | undefined, fallback: Date): Date {
  return validDate(value) ?? fallback
}

function feedUpdated(feed: Feed): Date {
  const explicit = validDate(feed.updated)
  if (explicit) return explicit
  const times = feed.items.map((item) => dateOf(item.updated ?? item.published, new Date(0)).getTime())
  return times.length ? new Date(Math.max(...times)) : new Date()
}

const el = (name: string, text: string | null | undefined, indent: string): string =>
  text ? `${indent}<${name}>${escapeXml(text)}</${name}>\n` : ''

/** RSS 2.0 with an `atom:link rel="self"` (as the RSS Advisory Board recommends). */
export function buildRss(feed: Feed): string {
  const updated = feedUpdated(feed)
  const items = feed.items
    .map((item) => {
      const published = dateOf(item.published, updated)
      const authors = (item.authors ?? []).filter(Boolean)
      return (
        '    <item>\n' +
        el('title', item.title, '      ') +
        el('link', item.link, '      ') +
        // An RSS guid marked as a permalink must be a URL; ours is when it starts with http.
        `      <guid isPermaLink="${/^https?:\/\//.test(item.id) ? 'true' : 'false'}">${escapeXml(item.id)}</guid>\n` +
        `      <pubDate>${published.toUTCString()}</pubDate>\n` +
        el('description', item.summary, '      ') +
        // RSS's <author> must be an e-mail address; Dublin Core carries a plain name.
        authors.map((name) => el('dc:creator', name, '      ')).join('') +
        (item.categories ?? []).filter(Boolean).map((c) => el('category', c, '      ')).join('') +
        '    </item>\n'
      )
    })
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n' +
    '  <channel>\n' +
    el('title', feed.title, '    ') +
    el('link', feed.link, '    ') +
    // <description> is required in RSS 2.0: the title stands in when there is none.
    el('description', feed.description || feed.title, '    ') +
    el('language', feed.language, '    ') +
    `    <lastBuildDate>${updated.toUTCString()}</lastBuildDate>\n` +
    `    <atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>\n` +
    items +
    '  </channel>\n' +
    '</rss>\n'
  )
}

/** Atom 1.0 (RFC 4287). Every entry has an author: the entry's, or the feed title when it has none. */
export function buildAtom(feed: Feed): string {
  const updated = feedUpdated(feed)
  const entries = feed.items
    .map((item) => {
      const published = dateOf(item.published, updated)
      const entryUpdated = dateOf(item.updated, published)
      const authors = (item.authors ?? []).filter(Boolean)
      return (
        '  <entry>\n' +
        `    <title type="text">${escapeXml(item.title)}</title>\n` +
        `    <link rel="alternate" type="text/html" href="${escapeXml(item.link)}"/>\n` +
        el('id', item.id, '    ') +
        `    <published>${published.toISOString()}</published>\n` +
        `    <updated>${entryUpdated.toISOString()}</updated>\n` +
        (item.summary ? `    <summary type="text">${escapeXml(item.summary)}</summary>\n` : '') +
        (authors.length ? authors : [feed.title]).map((name) => `    <author><name>${escapeXml(name)}</name></author>\n`).join('') +
        (item.categories ?? []).filter(Boolean).map((c) => `    <category term="${escapeXml(c)}"/>\n`).join('') +
        '  </entry>\n'
      )
    })
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">\n` +
    `  <title type="text">${escapeXml(feed.title)}</title>\n` +
    (feed.description ? `  <subtitle type="text">${escapeXml(feed.description)}</subtitle>\n` : '') +
    `  <id>${escapeXml(feed.selfUrl)}</id>\n` +
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>\n` +
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.link)}"/>\n` +
    `  <updated>${updated.toISOString()}</updated>\n` +
    entries +
    '</feed>\n'
  )
}

/** A feed as an HTTP response, cacheable for a few minutes (readers poll). */
export function feedResponse(body: string, contentType: string): Response {
  return new Response(body, {
    status: 200,
    headers: { 'content-type': contentType, 'cache-control': 'public, max-age=300, s-maxage=300' },
  })
}
