import type { Where } from 'payload'
import { cache } from 'react'

import type { Page, Story } from '../../payload-types'
import { payloadClient } from '@/catalogue/queries'
import { listedToVisitors, visitorMode } from '@/editorial/access'
import type { ContentReadMode } from '@/editorial/preview'
import type { AppLocale } from '@/i18n/locales'

import { STORIES_PER_PAGE, type StoryCategory } from './vocabulary'

/**
 * Reads of stories and site pages for the public site and the feeds. Lists, feeds and the
 * sitemap always read as the anonymous visitor and ask for published documents explicitly,
 * so a draft never leaks into them whatever the access rules become. A single story or page
 * reads in the given mode: `?preview=1` shows staff the latest draft (see contentReadMode).
 */
const asVisitor = { overrideAccess: false, user: null, draft: false } as const

const imageFields = { url: true, alt: true, filename: true, sizes: true, width: true, height: true } as const

export type StoryCard = Pick<Story, 'id' | 'title' | 'slug' | 'summary' | 'category' | 'heroImage' | 'author' | 'readingMinutes' | 'publishedAt'>

const storyCardSelect = {
  title: true,
  slug: true,
  summary: true,
  category: true,
  heroImage: true,
  author: true,
  readingMinutes: true,
  publishedAt: true,
} as const

export interface StoryListQuery {
  category?: StoryCategory
  page: number
}

export interface StoryList {
  docs: StoryCard[]
  totalDocs: number
  page: number
  totalPages: number
}

export const listStories = cache(async (locale: AppLocale, category: StoryCategory | undefined, page: number): Promise<StoryList> => {
  const payload = await payloadClient()
  const where: Where = category ? { and: [listedToVisitors, { category: { equals: category } }] } : listedToVisitors
  const result = await payload.find({
    collection: 'stories',
    locale,
    where,
    depth: 1,
    populate: { media: imageFields },
    limit: STORIES_PER_PAGE,
    page: Math.max(1, page),
    sort: ['-publishedAt', 'slug'],
    select: storyCardSelect,
    ...asVisitor,
  })
  return { docs: result.docs, totalDocs: result.totalDocs, page: result.page ?? 1, totalPages: Math.max(1, result.totalPages) }
})

async function findStory(locale: AppLocale, slug: string, mode: ContentReadMode): Promise<Story | undefined> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'stories',
    locale,
    where: mode.draft ? { slug: { equals: slug } } : { and: [listedToVisitors, { slug: { equals: slug } }] },
    depth: 1,
    populate: {
      media: imageFields,
      hospitals: { name: true, slug: true, prefecture: true, city: true },
      specialties: { name: true, slug: true },
    },
    limit: 1,
    draft: mode.draft,
    user: mode.user,
    overrideAccess: false,
  })
  return result.docs[0]
}

const findPublishedStory = cache((locale: AppLocale, slug: string) => findStory(locale, slug, visitorMode))

/** One story by slug: published for visitors, the latest draft in preview. */
export function getStoryBySlug(locale: AppLocale, slug: string, mode: ContentReadMode = visitorMode): Promise<Story | undefined> {
  return mode.draft ? findStory(locale, slug, mode) : findPublishedStory(locale, slug)
}

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : undefined

/** Up to `limit` other published stories: first those about the same hospitals or specialties, then the same category. */
export const relatedStories = cache(async (locale: AppLocale, story: Story, limit = 3): Promise<StoryCard[]> => {
  const payload = await payloadClient()
  const hospitals = (story.relatedHospitals ?? []).flatMap((h) => idOf(h) ?? [])
  const specialties = (story.relatedSpecialties ?? []).flatMap((s) => idOf(s) ?? [])
  const near: Where[] = [{ category: { equals: story.category } }]
  if (hospitals.length) near.push({ relatedHospitals: { in: hospitals } })
  if (specialties.length) near.push({ relatedSpecialties: { in: specialties } })
  const result = await payload.find({
    collection: 'stories',
    locale,
    where: { and: [listedToVisitors, { slug: { not_equals: story.slug } }, { or: near }] },
    depth: 1,
    populate: { media: imageFields },
    limit: 12,
    sort: ['-publishedAt', 'slug'],
    select: { ...storyCardSelect, relatedHospitals: true, relatedSpecialties: true },
    ...asVisitor,
  })
  const score = (doc: (typeof result.docs)[number]): number => {
    const sharedHospitals = (doc.relatedHospitals ?? []).filter((h) => hospitals.includes(idOf(h) ?? '')).length
    const sharedSpecialties = (doc.relatedSpecialties ?? []).filter((s) => specialties.includes(idOf(s) ?? '')).length
    return sharedHospitals * 3 + sharedSpecialties * 2 + (doc.category === story.category ? 1 : 0)
  }
  return result.docs
    .map((doc, index) => ({ doc, index, score: score(doc) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ doc }) => {
      const { relatedHospitals: _h, relatedSpecialties: _s, ...card } = doc
      return card
    })
})

export type FeedStory = Pick<Story, 'id' | 'title' | 'slug' | 'summary' | 'category' | 'author' | 'publishedAt' | 'updatedAt'>

/** The newest published stories of a locale, for its RSS and Atom feeds. */
export const feedStories = cache(async (locale: AppLocale, limit = 30): Promise<FeedStory[]> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'stories',
    locale,
    where: listedToVisitors,
    depth: 0,
    limit,
    sort: ['-publishedAt', 'slug'],
    select: { title: true, slug: true, summary: true, category: true, author: true, publishedAt: true, updatedAt: true },
    ...asVisitor,
  })
  return result.docs
})

async function findPage(locale: AppLocale, slug: string, mode: ContentReadMode): Promise<Page | undefined> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'pages',
    locale,
    where: mode.draft ? { slug: { equals: slug } } : { and: [listedToVisitors, { slug: { equals: slug } }] },
    depth: 0,
    limit: 1,
    draft: mode.draft,
    user: mode.user,
    overrideAccess: false,
  })
  return result.docs[0]
}

const findPublishedPage = cache((locale: AppLocale, slug: string) => findPage(locale, slug, visitorMode))

/** One site page by slug: published for visitors, the latest draft in preview. */
export function getPageBySlug(locale: AppLocale, slug: string, mode: ContentReadMode = visitorMode): Promise<Page | undefined> {
  return mode.draft ? findPage(locale, slug, mode) : findPublishedPage(locale, slug)
}

/** Slugs and last changes of every published story and page (for the sitemap). */
export async function publishedContentSlugs(collection: 'stories' | 'pages'): Promise<{ slug: string; updatedAt: string }[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection,
    where: listedToVisitors,
    depth: 0,
    pagination: false,
    select: { slug: true, updatedAt: true },
    ...asVisitor,
  })
  return result.docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt }))
}
