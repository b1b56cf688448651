import { cache } from 'react'

import type { ImpactProject } from '../../payload-types'
import { payloadClient } from '@/catalogue/queries'
import { listedToVisitors, visitorMode } from '@/editorial/access'
import type { ContentReadMode } from '@/editorial/preview'
import type { AppLocale } from '@/i18n/locales'

/**
 * Reads of impact projects for the public site. The overview and the sitemap read as the
 * anonymous visitor and ask for published, non-archived documents explicitly, so a draft never
 * reaches them whatever the access rules become; a project page reads in the given mode
 * (`?preview=1` shows staff the latest draft, see contentReadMode).
 */
const asVisitor = { overrideAccess: false, user: null, draft: false } as const
/** The overview shows every project at once (charts compare them); far below this in practice. */
export const MAX_PROJECTS = 100

export type ImpactProjectCard = Pick<
  ImpactProject,
  'id' | 'title' | 'slug' | 'summary' | 'country' | 'region' | 'period' | 'sdgIndicators' | 'metrics' | 'updatedAt'
>

export const listImpactProjects = cache(async (locale: AppLocale): Promise<ImpactProjectCard[]> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'impact-projects',
    locale,
    where: listedToVisitors,
    depth: 0,
    limit: MAX_PROJECTS,
    sort: 'title',
    select: { title: true, slug: true, summary: true, country: true, region: true, period: true, sdgIndicators: true, metrics: true, updatedAt: true },
    ...asVisitor,
  })
  return result.docs
})

async function findProject(locale: AppLocale, slug: string, mode: ContentReadMode): Promise<ImpactProject | undefined> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'impact-projects',
    locale,
    where: mode.draft ? { slug: { equals: slug } } : { and: [listedToVisitors, { slug: { equals: slug } }] },
    // Partners' own records are linked by id only; the project shows the names it stores.
    depth: 0,
    limit: 1,
    draft: mode.draft,
    user: mode.user,
    overrideAccess: false,
  })
  return result.docs[0]
}

const findPublishedProject = cache((locale: AppLocale, slug: string) => findProject(locale, slug, visitorMode))

/** One project by slug: published for visitors, the latest draft in preview. */
export function getImpactProjectBySlug(locale: AppLocale, slug: string, mode: ContentReadMode = visitorMode): Promise<ImpactProject | undefined> {
  return mode.draft ? findProject(locale, slug, mode) : findPublishedProject(locale, slug)
}
