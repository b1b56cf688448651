import { payloadClient } from '@/catalogue/queries'

/** Public training pages: the list and every published programme (read as the visitor). */
export async function trainingSitemapEntries(): Promise<{ rest: string; lastModified?: string }[]> {
  const payload = await payloadClient()
  const programs = await payload.find({
    collection: 'training-programs',
    user: null,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: { slug: true, updatedAt: true },
  })
  return [{ rest: '/training' }, ...programs.docs.map((doc) => ({ rest: `/training/${doc.slug}`, lastModified: doc.updatedAt }))]
}
