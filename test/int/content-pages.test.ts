import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { feedStories, getPageBySlug, getStoryBySlug, listStories, relatedStories } from '@/content/queries'
import { pagesSitemapEntries, storiesSitemapEntries } from '@/content/sitemap'
import { transitionContent } from '@/editorial'
import { slugify } from '@/fields/slug'

import { GET as atomGET } from '../../app/(site)/[lang]/stories/atom.xml/route'
import { GET as rssGET } from '../../app/(site)/[lang]/stories/feed.xml/route'
import { seedingContext } from '../../seed/seed'
import { childText, childrenNamed, parseXml } from '../support/xml'
import { testPayload } from './harness'
import { createUser, unique, type Actor } from './support/world'

/**
 * What visitors (and feed readers) get from stories and site pages: only published documents,
 * never a draft, a pending draft of a live document, or an archived one. Preview is for staff.
 */

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }],
  },
})

describe('stories and site pages as the public sees them', () => {
  let payload: Payload
  let editor: Actor
  const slugs = { live: '', liveTech: '', draft: '', pendingEdit: '', archived: '', page: '', draftPage: '' }
  const liveTitle = `Heart care & "precise" <surgery> ${Date.now()}`

  async function publishedStory(title: string, category: 'excellence' | 'technology', extra: Record<string, unknown> = {}) {
    const doc = await payload.create({
      collection: 'stories',
      locale: 'en',
      depth: 0,
      // Seeding context: created live directly (the workflow's approval path is tested elsewhere).
      context: seedingContext,
      data: {
        title,
        slug: slugify(unique(title.slice(0, 20))),
        category,
        author: { name: 'Aiko Tanaka & team' },
        summary: `Summary of ${title}`,
        body: paragraph(Array.from({ length: 450 }, () => 'care').join(' ')),
        sourceLocale: 'en',
        workflowStatus: 'published',
        _status: 'published',
        ...extra,
      },
    })
    return doc
  }

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createUser(payload, ['editor'], [], 'editor')

    const live = await publishedStory(liveTitle, 'excellence', { publishedAt: '2026-03-01T09:00:00.000Z' })
    slugs.live = live.slug
    await payload.update({
      collection: 'stories',
      id: live.id,
      locale: 'ja',
      context: seedingContext,
      depth: 0,
      data: { title: '心臓の治療', summary: '日本語の要約', body: paragraph('日本の医療'.repeat(200)), _status: 'published' },
    })
    const tech = await publishedStory('Particle therapy explained', 'technology', { publishedAt: '2026-04-01T09:00:00.000Z' })
    slugs.liveTech = tech.slug

    const draft = await payload.create({
      collection: 'stories',
      locale: 'en',
      draft: true,
      depth: 0,
      user: editor,
      overrideAccess: false,
      data: { title: 'Secret draft story', slug: slugify(unique('secret-draft')), category: 'excellence', author: { name: 'Draft Author' } },
    })
    slugs.draft = draft.slug

    const edited = await publishedStory('Published before an edit', 'excellence', { publishedAt: '2026-02-01T09:00:00.000Z' })
    slugs.pendingEdit = edited.slug
    await payload.update({
      collection: 'stories',
      id: edited.id,
      locale: 'en',
      draft: true,
      depth: 0,
      user: editor,
      overrideAccess: false,
      data: { title: 'Unapproved new title' },
    })

    const archived = await publishedStory('Archived story', 'excellence')
    slugs.archived = archived.slug
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    await transitionContent(req, 'stories', archived.id, 'archived')

    const page = await payload.create({
      collection: 'pages',
      locale: 'en',
      depth: 0,
      context: seedingContext,
      data: {
        title: 'About us',
        slug: slugify(unique('about')),
        sourceLocale: 'en',
        workflowStatus: 'published',
        _status: 'published',
        layout: [
          { blockType: 'hero', heading: 'About us', text: 'Who we are' },
          { blockType: 'faq', heading: 'Questions', items: [{ question: 'Is it free?', answer: 'Yes.' }] },
        ],
      },
    })
    slugs.page = page.slug
    await payload.update({ collection: 'pages', id: page.id, locale: 'ja', context: seedingContext, depth: 0, data: { title: '私たちについて', _status: 'published' } })
    const draftPage = await payload.create({
      collection: 'pages',
      locale: 'en',
      draft: true,
      depth: 0,
      user: editor,
      overrideAccess: false,
      data: { title: 'Draft terms', slug: slugify(unique('draft-terms')) },
    })
    slugs.draftPage = draftPage.slug
  })

  describe('the stories list', () => {
    it('lists only published stories, newest first, with the published title of a story that has a pending edit', async () => {
      const list = await listStories('en', undefined, 1)
      const listed = list.docs.map((d) => d.slug)
      expect(listed).toEqual([slugs.liveTech, slugs.live, slugs.pendingEdit])
      expect(list.totalDocs).toBe(3)
      expect(list.docs.find((d) => d.slug === slugs.pendingEdit)?.title).toBe('Published before an edit')
      expect(list.docs.map((d) => d.title)).not.toContain('Secret draft story')
    })

    it('filters by category and shows an empty page past the last one', async () => {
      expect((await listStories('en', 'technology', 1)).docs.map((d) => d.slug)).toEqual([slugs.liveTech])
      expect((await listStories('en', 'patient-story', 1)).docs).toEqual([])
      expect((await listStories('en', undefined, 5)).docs).toEqual([])
    })

    it('shows the reading time computed from the body, per language', async () => {
      const list = await listStories('en', 'excellence', 1)
      expect(list.docs.find((d) => d.slug === slugs.live)?.readingMinutes).toBe(2) // 450 words
      const ja = await getStoryBySlug('ja', slugs.live)
      expect(ja?.title).toBe('心臓の治療')
      expect(ja?.readingMinutes).toBe(2) // 1,000 characters
    })
  })

  describe('a story page', () => {
    it('finds a published story by slug, and nothing for a draft or an archived one', async () => {
      expect((await getStoryBySlug('en', slugs.live))?.title).toBe(liveTitle)
      expect(await getStoryBySlug('en', slugs.draft)).toBeUndefined()
      expect(await getStoryBySlug('en', slugs.archived)).toBeUndefined()
    })

    it('shows the latest draft only in preview, to staff', async () => {
      expect((await getStoryBySlug('en', slugs.pendingEdit))?.title).toBe('Published before an edit')
      expect((await getStoryBySlug('en', slugs.pendingEdit, { draft: true, user: { ...editor, collection: 'users' } }))?.title).toBe(
        'Unapproved new title',
      )
      expect((await getStoryBySlug('en', slugs.draft, { draft: true, user: { ...editor, collection: 'users' } }))?.title).toBe('Secret draft story')
      // A preview request without a staff user reads as the visitor.
      expect(await getStoryBySlug('en', slugs.draft, { draft: true, user: null })).toBeUndefined()
    })

    it('relates other published stories of the same category, never drafts', async () => {
      const story = await getStoryBySlug('en', slugs.live)
      if (!story) throw new Error('missing story')
      const related = await relatedStories('en', story)
      expect(related.map((r) => r.slug)).toEqual([slugs.pendingEdit])
    })
  })

  describe('site pages', () => {
    it('finds a published page by slug in each language, with its blocks', async () => {
      const page = await getPageBySlug('en', slugs.page)
      expect(page?.title).toBe('About us')
      expect(page?.layout?.map((b) => b.blockType)).toEqual(['hero', 'faq'])
      expect((await getPageBySlug('ja', slugs.page))?.title).toBe('私たちについて')
    })

    it('returns nothing for a draft page or an unknown slug', async () => {
      expect(await getPageBySlug('en', slugs.draftPage)).toBeUndefined()
      expect(await getPageBySlug('en', 'no-such-page')).toBeUndefined()
    })
  })

  describe('feeds', () => {
    const request = (path: string) => new Request(`http://localhost:3000${path}`)

    it('serves valid RSS 2.0 of published stories only, with the RSS content type', async () => {
      const response = await rssGET(request('/en/stories/feed.xml'), { params: Promise.resolve({ lang: 'en' }) })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
      const rss = parseXml(await response.text())
      const channel = childrenNamed(rss, 'channel')[0]!
      expect(childrenNamed(channel, 'atom:link')[0]?.attributes.href).toMatch(/\/en\/stories\/feed\.xml$/)
      const titles = childrenNamed(channel, 'item').map((item) => childText(item, 'title'))
      expect(titles).toEqual(['Particle therapy explained', liveTitle, 'Published before an edit'])
      const first = childrenNamed(channel, 'item')[1]!
      expect(childText(first, 'link')).toMatch(new RegExp(`/en/stories/${slugs.live}$`))
      expect(childText(first, 'dc:creator')).toBe('Aiko Tanaka & team')
    })

    it('serves valid Atom 1.0 in the requested language', async () => {
      const response = await atomGET(request('/ja/stories/atom.xml'), { params: Promise.resolve({ lang: 'ja' }) })
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
      const feed = parseXml(await response.text())
      expect(feed.attributes['xml:lang']).toBe('ja')
      const entries = childrenNamed(feed, 'entry')
      expect(entries).toHaveLength(3)
      expect(entries.map((e) => childText(e, 'title'))).toContain('心臓の治療')
      expect(entries.map((e) => childText(e, 'title'))).not.toContain('Secret draft story')
    })

    it('answers 404 for a language the site does not have', async () => {
      const response = await rssGET(request('/xx/stories/feed.xml'), { params: Promise.resolve({ lang: 'xx' }) })
      expect(response.status).toBe(404)
    })

    it('feeds and the sitemap never include drafts or archived stories', async () => {
      const feed = (await feedStories('en')).map((s) => s.slug)
      expect(feed).not.toContain(slugs.draft)
      expect(feed).not.toContain(slugs.archived)
      const stories = (await storiesSitemapEntries()).map((e) => e.rest)
      expect(stories).toEqual(expect.arrayContaining(['/stories', `/stories/${slugs.live}`, `/stories/${slugs.pendingEdit}`]))
      expect(stories).not.toContain(`/stories/${slugs.draft}`)
      expect(stories).not.toContain(`/stories/${slugs.archived}`)
      const pages = (await pagesSitemapEntries()).map((e) => e.rest)
      expect(pages).toEqual([`/${slugs.page}`])
    })
  })
})
