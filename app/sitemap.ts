import type { MetadataRoute } from 'next'

import { publicSlugs } from '@/catalogue/queries'
import { locales } from '@/i18n/locales'
import { absoluteUrl, alternatesFor } from '@/seo/alternates'

// Built from the database on request: the catalogue changes without a rebuild.
export const dynamic = 'force-dynamic'

/** Every public page in every locale, each entry listing its language alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { hospitals, packages } = await publicSlugs()
  const pages: { rest: string; lastModified?: string }[] = [
    { rest: '/' },
    { rest: '/hospitals' },
    ...hospitals.map((h) => ({ rest: `/hospitals/${h.slug}`, lastModified: h.updatedAt })),
    ...packages.map((p) => ({ rest: `/packages/${p.slug}`, lastModified: p.updatedAt })),
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
