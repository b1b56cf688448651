import { buildAtom, buildRss, feedResponse, ATOM_CONTENT_TYPE, RSS_CONTENT_TYPE, type Feed } from '@/feeds'
import { isLocale, type AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { absoluteUrl } from '@/seo/alternates'

import { storiesFeedPath, type FeedFormat } from './feedPaths'
import { feedStories } from './queries'

/** The stories feed of one locale: its newest published stories, linked to their pages in that locale. */
export async function storiesFeed(locale: AppLocale, format: FeedFormat): Promise<Feed> {
  const t = getTranslator(locale, 'content')
  const stories = await feedStories(locale)
  return {
    title: t('feed.storiesTitle', { site: getTranslator(locale)('site.name') }),
    description: t('feed.storiesDescription'),
    link: absoluteUrl(locale, '/stories'),
    selfUrl: absoluteUrl(locale, storiesFeedPath[format]),
    language: locale,
    items: stories.map((story) => {
      const url = absoluteUrl(locale, `/stories/${story.slug}`)
      return {
        id: url,
        title: story.title,
        link: url,
        summary: story.summary,
        published: story.publishedAt ?? story.updatedAt,
        updated: story.updatedAt,
        authors: story.author?.name ? [story.author.name] : [],
        categories: [t(`category.${story.category}`)],
      }
    }),
  }
}

/** GET handler body shared by the RSS and Atom routes; an unknown language is a 404. */
export async function storiesFeedResponse(lang: string, format: FeedFormat): Promise<Response> {
  if (!isLocale(lang)) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  const feed = await storiesFeed(lang, format)
  return format === 'rss' ? feedResponse(buildRss(feed), RSS_CONTENT_TYPE) : feedResponse(buildAtom(feed), ATOM_CONTENT_TYPE)
}
