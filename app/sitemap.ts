import type { MetadataRoute } from 'next'

import { publicSlugs } from '@/catalogue/queries'
import { pagesSitemapEntries, storiesSitemapEntries } from '@/content/sitemap'
import { impactSitemapEntries } from '@/impact/sitemap'
import { partnersSitemapEntries } from '@/partners/sitemap'
import { solutionsSitemapEntries } from '@/solutions/sitemap'
import { trainingSitemapEntries } from '@/training/sitemap'
import { uhcSitemapEntries } from '@/uhc/sitemap'
import { locales } from '@/i18n/locales'
import { absoluteUrl, alternatesFor } from '@/seo/alternates'

// Built from the database on request: the catalogue changes without a rebuild.
export const dynamic = 'force-dynamic'

/** Every public page in every locale, each entry listing its language alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [{ hospitals, packages }, ...governmentPages] = await Promise.all([
    publicSlugs(),
    storiesSitemapEntries(),
    pagesSitemapEntries(),
    uhcSitemapEntries(),
    trainingSitemapEntries(),
    solutionsSitemapEntries(),
    partnersSitemapEntries(),
    impactSitemapEntries(),
  ])
  const pages: { rest: string; lastModified?: string }[] = [
    { rest: '/' },
    { rest: '/hospitals' },
    ...hospitals.map((h) => ({ rest: `/hospitals/${h.slug}`, lastModified: h.updatedAt })),
    ...packages.map((p) => ({ rest: `/packages/${p.slug}`, lastModified: p.updatedAt })),
    ...governmentPages.flat(),
  ]
  return pages.flatMap(({ rest, lastModified }) => {
    const languages = alternatesFor('en', rest).languages as Record<string, string>
    return locales.map((locale) => ({
      url: absoluteUrl(locale, rest),
      lastModified,
      alternates: { languages },
    }))
  })
}
