import type { Payload } from 'payload'

import type { KnowledgeResource } from '../../../payload-types'
import { resourcePdf } from '../../../seed/content/knowledge'
import { knowledgeResources } from '../../../seed/data/knowledge'

/** The seed's own context: creates content published directly and skips index syncs. */
export const seedingContext = { seeding: true, skipSearchSync: true }

export async function createResourceFile(payload: Payload, name = 'brief.pdf') {
  const data = await resourcePdf(knowledgeResources[0] as (typeof knowledgeResources)[number], 'en')
  return payload.create({
    collection: 'resource-files',
    data: { originalName: name },
    file: { data, name, mimetype: 'application/pdf', size: data.length },
    depth: 0,
  })
}

/** A resource with one PDF, published (through the seed's path) or left as a draft. */
export async function createResource(
  payload: Payload,
  options: { slug: string; title: string; blocks?: KnowledgeResource['buildingBlocks']; published: boolean; countries?: KnowledgeResource['countries'] },
): Promise<{ resource: KnowledgeResource; fileId: string; filename: string }> {
  const file = await createResourceFile(payload, `${options.slug}.pdf`)
  const resource = await payload.create({
    collection: 'knowledge-resources',
    locale: 'en',
    depth: 0,
    context: options.published ? seedingContext : { skipSearchSync: true },
    data: {
      title: options.title,
      slug: options.slug,
      resourceType: 'policy-brief',
      summary: `${options.title}: summary.`,
      publishedOn: '2024-01-15T00:00:00.000Z',
      buildingBlocks: options.blocks ?? ['financing'],
      countries: options.countries ?? ['KE'],
      licence: 'cc-by-4.0',
      files: [{ language: 'en', file: String(file.id) }],
      workflowStatus: options.published ? 'published' : 'draft',
      sourceLocale: 'en',
      ...(options.published ? { _status: 'published' as const } : {}),
    },
  })
  return { resource, fileId: String(file.id), filename: file.filename ?? '' }
}
