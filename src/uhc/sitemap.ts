import config from '@payload-config'
import { getPayload } from 'payload'

/** Every published hub resource (read as the visitor), plus the hub itself. */
export async function uhcSitemapEntries(): Promise<{ rest: string; lastModified?: string }[]> {
  const payload = await getPayload({ config })
  const found = await payload.find({
    collection: 'knowledge-resources',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: null,
    select: { slug: true, updatedAt: true },
    sort: '-updatedAt',
  })
  const latest = found.docs[0]?.updatedAt
  return [
    { rest: '/uhc', ...(latest ? { lastModified: latest } : {}) },
    ...found.docs.map((d) => ({ rest: `/uhc/${d.slug}`, lastModified: d.updatedAt })),
  ]
}
