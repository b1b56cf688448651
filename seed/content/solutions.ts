import type { Payload, RequestContext } from 'payload'

import { lexicalParagraphs } from '../build'
import { solutionSeeds } from '../data/solutions'
import type { SeedCounts } from '../seed'

/** The ten solutions, published, in English and Japanese. Idempotent: looked up by slug. */
export async function seedSolutions(payload: Payload, context: RequestContext): Promise<SeedCounts> {
  const counts: SeedCounts = { created: 0, skipped: 0 }
  for (const seed of solutionSeeds) {
    const existing = await payload.count({ collection: 'solutions', where: { slug: { equals: seed.slug } }, context })
    if (existing.totalDocs > 0) {
      counts.skipped += 1
      continue
    }
    const created = await payload.create({
      collection: 'solutions',
      locale: 'en',
      depth: 0,
      context,
      data: {
        title: seed.title.en,
        slug: seed.slug,
        category: seed.category,
        summary: seed.summary.en,
        body: lexicalParagraphs(seed.body.en),
        company: { name: seed.company.name.en, website: seed.company.website, country: 'JP' },
        targetCountries: seed.targetCountries,
        referenceProjects: seed.referenceProjects.map((p) => ({ title: p.title.en, country: p.country, year: p.year, description: p.description.en })),
        _status: 'published',
        workflowStatus: 'published',
        sourceLocale: 'en',
      },
    })
    // Array rows keep their IDs across locales: the Japanese texts go into the same rows.
    const rows = created.referenceProjects ?? []
    await payload.update({
      collection: 'solutions',
      id: created.id,
      locale: 'ja',
      depth: 0,
      context,
      select: { updatedAt: true },
      data: {
        title: seed.title.ja,
        summary: seed.summary.ja,
        body: lexicalParagraphs(seed.body.ja),
        company: { name: seed.company.name.ja },
        referenceProjects: rows.map((row, i) => ({ id: row.id, title: seed.referenceProjects[i]?.title.ja ?? row.title, description: seed.referenceProjects[i]?.description.ja })),
      },
    })
    counts.created += 1
  }
  return counts
}
