import { payloadClient } from '@/catalogue/queries'

/** Public solution pages: the list and every published solution (read as the visitor). */
export async function solutionsSitemapEntries(): Promise<{ rest: string; lastModified?: string }[]> {
  const payload = await payloadClient()
  const solutions = await payload.find({
    collection: 'solutions',
    user: null,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: { slug: true, updatedAt: true },
  })
  return [{ rest: '/solutions' }, ...solutions.docs.map((doc) => ({ rest: `/solutions/${doc.slug}`, lastModified: doc.updatedAt }))]
}
