import config from '@payload-config'
import { getPayload, type Payload, type TypedUser, type Where } from 'payload'
import { cache } from 'react'

import type { KnowledgeResource, ResourceFile } from '../../payload-types'
import type { AppLocale } from '@/i18n/locales'

/**
 * Reads for the hub's public pages. They run with the caller's `ContentReadMode`
 * (src/editorial/preview.ts): the anonymous visitor sees published resources only; an editor
 * previewing sees the latest draft. Always `overrideAccess: false`, explicit locale, depth, select.
 */

const payloadClient = cache((): Promise<Payload> => getPayload({ config }))

export interface ReadMode {
  draft: boolean
  user: TypedUser | null
}

export type ResourceDownload = {
  language: string
  label?: string | null
  file: Pick<ResourceFile, 'id' | 'filename' | 'filesize' | 'mimeType' | 'url'>
}

export type ResourcePage = Omit<KnowledgeResource, 'files' | 'related'> & {
  files: ResourceDownload[]
  related: string[]
}

export type ResourceCard = Pick<KnowledgeResource, 'id' | 'slug' | 'title' | 'summary' | 'resourceType' | 'publishedOn' | 'countries' | 'languages'>

const cardSelect = { slug: true, title: true, summary: true, resourceType: true, publishedOn: true, countries: true, languages: true } as const

export const getResourceBySlug = cache(async (slug: string, locale: AppLocale, draft: boolean, user: TypedUser | null): Promise<ResourcePage | null> => {
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'knowledge-resources',
    where: { slug: { equals: slug } },
    locale,
    draft,
    depth: 1,
    limit: 1,
    overrideAccess: false,
    user,
    populate: { 'resource-files': { filename: true, filesize: true, mimeType: true, url: true } },
  })
  const doc = found.docs[0]
  if (!doc) return null
  const files: ResourceDownload[] = []
  for (const entry of doc.files ?? []) {
    // A file the reader may not read stays an ID after population: it is left out.
    if (entry.file && typeof entry.file === 'object' && entry.file.filename) {
      files.push({ language: entry.language, label: entry.label, file: entry.file })
    }
  }
  const related = (doc.related ?? []).map((r) => (typeof r === 'object' && r ? String(r.id) : String(r)))
  return { ...doc, files, related }
})

/** Explicitly related resources first, then others sharing a building block or topic; newest first. */
export const relatedResources = cache(async (resource: ResourcePage, locale: AppLocale, limit = 4): Promise<ResourceCard[]> => {
  const payload = await payloadClient()
  const asVisitor = { overrideAccess: false, user: null, locale, depth: 0, select: cardSelect } as const
  const out: ResourceCard[] = []
  if (resource.related.length) {
    const explicit = await payload.find({ collection: 'knowledge-resources', where: { id: { in: resource.related } }, limit, ...asVisitor })
    // Keep the editor's order.
    for (const id of resource.related) {
      const doc = explicit.docs.find((d) => String(d.id) === id)
      if (doc) out.push(doc)
    }
  }
  // Then the same topic (closest), then the same building block; newest first within each.
  const shared: Where[] = [
    ...(resource.topics?.length ? [{ topics: { in: resource.topics } }] : []),
    ...(resource.buildingBlocks?.length ? [{ buildingBlocks: { in: resource.buildingBlocks } }] : []),
  ]
  for (const where of shared) {
    if (out.length >= limit) break
    const more = await payload.find({
      collection: 'knowledge-resources',
      where: { and: [{ id: { not_in: [String(resource.id), ...out.map((d) => String(d.id))] } }, where] },
      sort: '-publishedOn',
      limit: limit - out.length,
      ...asVisitor,
    })
    out.push(...more.docs)
  }
  return out.slice(0, limit)
})

/** The newest published resources, for the feeds. */
export async function latestResources(locale: AppLocale, limit = 30): Promise<(ResourceCard & { updatedAt: string; authors?: KnowledgeResource['authors'] })[]> {
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'knowledge-resources',
    locale,
    sort: '-publishedOn',
    limit,
    depth: 0,
    overrideAccess: false,
    user: null,
    select: { ...cardSelect, updatedAt: true, authors: true },
  })
  return found.docs
}
