import { describe, expect, it } from 'vitest'

import { buildAtom, buildRss, escapeXml, type Feed } from '@/feeds'

import { childText, childrenNamed, parseXml } from '../support/xml'

const feed: Feed = {
  title: 'Kakehashi stories & news <weekly>',
  link: 'https://kakehashi.example/en/stories',
  selfUrl: 'https://kakehashi.example/en/stories/feed.xml?x=1&y=2',
  language: 'en',
  description: 'Care in Japan "for" everyone',
  items: [
    {
      id: 'https://kakehashi.example/en/stories/heart-care',
      title: 'Heart care: <fast> & "precise"',
      link: 'https://kakehashi.example/en/stories/heart-care?utm=a&b=c',
      summary: 'Cardiology > expectations & more',
      published: '2026-03-02T09:00:00.000Z',
      updated: '2026-03-05T10:00:00.000Z',
      authors: ['Aiko Tanaka & team'],
      categories: ['Technology & care'],
    },
    {
      id: 'https://kakehashi.example/en/stories/second',
      title: '日本の医療 — عربى',
      link: 'https://kakehashi.example/en/stories/second',
      summary: null,
      published: '2026-01-10T00:00:00.000Z',
    },
  ],
}

describe('escapeXml', () => {
  it('escapes the five XML special characters and drops characters XML forbids', () => {
    expect(escapeXml(`a & b < c > d " e ' f\u0001`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f')
  })
})

describe('buildRss', () => {
  const xml = buildRss(feed)
  const rss = parseXml(xml)
  const channel = childrenNamed(rss, 'channel')[0]!

  it('is a well-formed RSS 2.0 document with an atom:link to itself', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(rss.name).toBe('rss')
    expect(rss.attributes.version).toBe('2.0')
    expect(rss.attributes['xmlns:atom']).toBe('http://www.w3.org/2005/Atom')
    const self = childrenNamed(channel, 'atom:link')[0]!
    expect(self.attributes).toMatchObject({ rel: 'self', type: 'application/rss+xml', href: feed.selfUrl })
  })

  it('has the required channel elements, with the escaped text read back unchanged', () => {
    expect(childText(channel, 'title')).toBe(feed.title)
    expect(childText(channel, 'link')).toBe(feed.link)
    expect(childText(channel, 'description')).toBe(feed.description)
    expect(childText(channel, 'language')).toBe('en')
    expect(new Date(childText(channel, 'lastBuildDate') ?? '').toISOString()).toBe('2026-03-05T10:00:00.000Z')
  })

  it('lists every item with title, link, permalink guid, RFC 822 date, summary, author and category', () => {
    const items = childrenNamed(channel, 'item')
    expect(items).toHaveLength(2)
    const [first, second] = items
    expect(childText(first!, 'title')).toBe('Heart care: <fast> & "precise"')
    expect(childText(first!, 'link')).toBe(feed.items[0]!.link)
    expect(childrenNamed(first!, 'guid')[0]!.attributes.isPermaLink).toBe('true')
    expect(childText(first!, 'pubDate')).toBe('Mon, 02 Mar 2026 09:00:00 GMT')
    expect(childText(first!, 'description')).toBe('Cardiology > expectations & more')
    expect(childText(first!, 'dc:creator')).toBe('Aiko Tanaka & team')
    expect(childText(first!, 'category')).toBe('Technology & care')
    expect(childText(second!, 'title')).toBe('日本の医療 — عربى')
    expect(childrenNamed(second!, 'description')).toHaveLength(0)
  })

  it('stays valid for an empty feed', () => {
    const empty = parseXml(buildRss({ ...feed, items: [] }))
    expect(childrenNamed(childrenNamed(empty, 'channel')[0]!, 'item')).toHaveLength(0)
  })
})

describe('buildAtom', () => {
  const xml = buildAtom(feed)
  const atom = parseXml(xml)

  it('is a well-formed Atom 1.0 feed with id, self and alternate links and updated', () => {
    expect(atom.name).toBe('feed')
    expect(atom.attributes.xmlns).toBe('http://www.w3.org/2005/Atom')
    expect(atom.attributes['xml:lang']).toBe('en')
    expect(childText(atom, 'title')).toBe(feed.title)
    expect(childText(atom, 'id')).toBe(feed.selfUrl)
    const links = childrenNamed(atom, 'link').map((l) => l.attributes)
    expect(links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rel: 'self', href: feed.selfUrl }),
        expect.objectContaining({ rel: 'alternate', href: feed.link }),
      ]),
    )
    expect(childText(atom, 'updated')).toBe('2026-03-05T10:00:00.000Z')
  })

  it('gives every entry an id, title, link, updated and an author (the feed title when it has none)', () => {
    const entries = childrenNamed(atom, 'entry')
    expect(entries).toHaveLength(2)
    for (const entry of entries) {
      expect(childText(entry, 'id')).toMatch(/^https:\/\//)
      expect(childText(entry, 'title')).toBeTruthy()
      expect(childText(entry, 'updated')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
      expect(childrenNamed(entry, 'link')[0]!.attributes.href).toMatch(/^https:\/\//)
      expect(childrenNamed(entry, 'author').length).toBeGreaterThan(0)
    }
    const [first, second] = entries
    expect(childText(first!, 'title')).toBe('Heart care: <fast> & "precise"')
    expect(childText(first!, 'published')).toBe('2026-03-02T09:00:00.000Z')
    expect(childText(first!, 'updated')).toBe('2026-03-05T10:00:00.000Z')
    expect(childText(childrenNamed(first!, 'author')[0]!, 'name')).toBe('Aiko Tanaka & team')
    expect(childrenNamed(first!, 'category')[0]!.attributes.term).toBe('Technology & care')
    expect(childText(childrenNamed(second!, 'author')[0]!, 'name')).toBe(feed.title)
    expect(childText(second!, 'updated')).toBe('2026-01-10T00:00:00.000Z')
  })
})

describe('the strict parser used by these tests', () => {
  it('rejects an unescaped ampersand, so the checks above can fail', () => {
    expect(() => parseXml('<rss><title>A & B</title></rss>')).toThrow()
    expect(() => parseXml('<rss><title>A</rss>')).toThrow()
  })
})
