import { payloadClient } from '@/catalogue/queries'
import { listedToVisitors } from '@/editorial/access'

import { MAX_PROJECTS } from './queries'

/** The impact overview and every published project, as the anonymous visitor sees them. */
export async function impactSitemapEntries(): Promise<{ rest: string; lastModified?: string }[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'impact-projects',
    where: listedToVisitors,
    depth: 0,
    limit: MAX_PROJECTS,
    sort: 'slug',
    select: { slug: true, updatedAt: true },
    overrideAccess: false,
    user: null,
    draft: false,
  })
  const latest = result.docs.reduce<string | undefined>((max, doc) => (!max || doc.updatedAt > max ? doc.updatedAt : max), undefined)
  return [{ rest: '/impact', lastModified: latest }, ...result.docs.map((doc) => ({ rest: `/impact/${doc.slug}`, lastModified: doc.updatedAt }))]
}
