import { buildAtom, buildRss, feedResponse, ATOM_CONTENT_TYPE, RSS_CONTENT_TYPE, type Feed } from '@/feeds'
import { isLocale, type AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { absoluteUrl } from '@/seo/alternates'

import { latestResources } from './queries'

export type UhcFeedFormat = 'rss' | 'atom'
export const uhcFeedPath: Record<UhcFeedFormat, string> = { rss: '/uhc/feed.xml', atom: '/uhc/atom.xml' }

/** The hub feed of one locale: its newest published resources (read as the visitor). */
export async function uhcFeed(locale: AppLocale, format: UhcFeedFormat): Promise<Feed> {
  const t = getTranslator(locale, 'uhc')
  const resources = await latestResources(locale)
  return {
    title: t('feedTitle'),
    description: t('intro'),
    link: absoluteUrl(locale, '/uhc'),
    selfUrl: absoluteUrl(locale, uhcFeedPath[format]),
    language: locale,
    items: resources.map((r) => {
      const url = absoluteUrl(locale, `/uhc/${r.slug}`)
      return {
        id: url,
        title: r.title,
        link: url,
        summary: r.summary,
        published: r.publishedOn ?? r.updatedAt,
        updated: r.updatedAt,
        authors: (r.authors ?? []).map((a) => a.name),
        categories: [t(`type.${r.resourceType}`)],
      }
    }),
  }
}

export async function uhcFeedResponse(lang: string, format: UhcFeedFormat): Promise<Response> {
  if (!isLocale(lang)) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  const feed = await uhcFeed(lang, format)
  return format === 'rss' ? feedResponse(buildRss(feed), RSS_CONTENT_TYPE) : feedResponse(buildAtom(feed), ATOM_CONTENT_TYPE)
}
