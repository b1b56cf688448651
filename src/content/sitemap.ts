import { publishedContentSlugs } from './queries'

/** The stories list and every published story (as the visitor sees them), for app/sitemap.ts. */
export async function storiesSitemapEntries(): Promise<{ rest: string; lastModified?: string }[]> {
  const stories = await publishedContentSlugs('stories')
  const newest = stories.map((s) => s.updatedAt).sort().at(-1)
  return [{ rest: '/stories', lastModified: newest }, ...stories.map((s) => ({ rest: `/stories/${s.slug}`, lastModified: s.updatedAt }))]
}

/** Every published site page at /{lang}/{slug}, for app/sitemap.ts. */
export async function pagesSitemapEntries(): Promise<{ rest: string; lastModified?: string }[]> {
  const pages = await publishedContentSlugs('pages')
  return pages.map((p) => ({ rest: `/${p.slug}`, lastModified: p.updatedAt }))
}
