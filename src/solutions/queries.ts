import type { TypedUser, Where } from 'payload'
import { cache } from 'react'

import { payloadClient } from '@/catalogue/queries'
import type { AppLocale } from '@/i18n/locales'

import type { Solution } from '../../payload-types'
import { SOLUTIONS_PER_PAGE, type SolutionFilters } from './filters'

export type SolutionCard = Pick<Solution, 'id' | 'title' | 'slug' | 'summary' | 'category' | 'company' | 'targetCountries'>

function whereOf(filters: SolutionFilters): Where {
  const and: Where[] = []
  if (filters.category) and.push({ category: { equals: filters.category } })
  if (filters.country) and.push({ targetCountries: { in: [filters.country] } })
  return and.length ? { and } : {}
}

/** Published solutions (or the editor's drafts in preview), filtered and paged. */
export const listSolutions = cache(async (locale: AppLocale, filters: SolutionFilters, draft = false, user: TypedUser | null = null) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'solutions',
    locale,
    depth: 0,
    draft,
    user,
    overrideAccess: false,
    where: whereOf(filters),
    select: { title: true, slug: true, summary: true, category: true, company: true, targetCountries: true },
    sort: 'title',
    limit: SOLUTIONS_PER_PAGE,
    page: filters.page,
  })
  return result as unknown as { docs: SolutionCard[]; totalDocs: number; page: number; totalPages: number }
})

export const getSolutionBySlug = cache(async (locale: AppLocale, slug: string, draft = false, user: TypedUser | null = null): Promise<Solution | null> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'solutions',
    locale,
    depth: 1,
    draft,
    user,
    overrideAccess: false,
    where: { slug: { equals: slug } },
    limit: 1,
  })
  return result.docs[0] ?? null
})
