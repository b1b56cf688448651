import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { checkResourceFile } from '@/uhc/files'
import { buildingBlocks, resourceTypes } from '@/uhc/vocabulary'

import { seedKnowledgeResources } from '../../seed/content/knowledge'
import { testPayload } from './harness'
import { seedingContext } from './support/uhc'

/** The hub's seed: 40 published resources over every type and building block, with real files; twice is once. */
describe('seedKnowledgeResources', { timeout: 600_000 }, () => {
  let payload: Payload
  let first: { created: number; skipped: number }

  beforeAll(async () => {
    payload = await testPayload()
    first = await seedKnowledgeResources(payload, seedingContext)
  }, 600_000)

  it('creates 40 published resources across every type and building block', async () => {
    expect(first).toEqual({ created: 40, skipped: 0 })
    const all = await payload.find({ collection: 'knowledge-resources', pagination: false, depth: 0, overrideAccess: false, locale: 'en' })
    expect(all.docs).toHaveLength(40)
    expect(new Set(all.docs.map((d) => d.resourceType))).toEqual(new Set(resourceTypes))
    expect(new Set(all.docs.flatMap((d) => d.buildingBlocks ?? []))).toEqual(new Set(buildingBlocks))
    expect(new Set(all.docs.map((d) => d.publishedOn.slice(0, 4))).size).toBeGreaterThanOrEqual(5)
    expect(all.docs.every((d) => d.workflowStatus === 'published' && (d.sdgTargets ?? []).length > 0)).toBe(true)
  })

  it('has Japanese for all and French, Spanish, Portuguese and Arabic for a dozen', async () => {
    const ja = await payload.find({ collection: 'knowledge-resources', pagination: false, depth: 0, locale: 'ja', fallbackLocale: false, select: { title: true } })
    expect(ja.docs.every((d) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(d.title ?? ''))).toBe(true)
    const ar = await payload.find({ collection: 'knowledge-resources', pagination: false, depth: 0, locale: 'ar', fallbackLocale: false, select: { title: true, summary: true } })
    expect(ar.docs.filter((d) => /\p{Script=Arabic}/u.test(d.title ?? '') && /\p{Script=Arabic}/u.test(d.summary ?? '')).length).toBe(12)
  })

  it('gives every language a valid downloadable file (CSV for datasets)', async () => {
    const all = await payload.find({ collection: 'knowledge-resources', pagination: false, depth: 1, locale: 'en' })
    for (const doc of all.docs) {
      expect(doc.files?.length).toBe(doc.languages?.length)
      for (const entry of doc.files ?? []) {
        const file = entry.file
        if (typeof file !== 'object') throw new Error('file not populated')
        expect(file.mimeType).toBe(doc.resourceType === 'dataset' ? 'text/csv' : 'application/pdf')
        expect(file.filesize ?? 0).toBeGreaterThan(200)
      }
    }
    // One generated file, read back from disk, passes the upload check.
    const { readFile } = await import('node:fs/promises')
    const { resourceFilesDir } = await import('@/uhc/files')
    const one = (await payload.find({ collection: 'resource-files', limit: 1, depth: 0, where: { mimeType: { equals: 'application/pdf' } } })).docs[0]
    const bytes = await readFile(`${resourceFilesDir()}/${one?.filename}`)
    expect(checkResourceFile(bytes)).toEqual({ ok: true, mimeType: 'application/pdf' })
  })

  it('links related resources', async () => {
    const kenya = (await payload.find({ collection: 'knowledge-resources', where: { slug: { equals: 'kenya-county-insurance-phc' } }, depth: 1, select: { related: true } })).docs[0]
    expect((kenya?.related ?? []).map((r) => (typeof r === 'object' ? r.slug : r))).toEqual(['japan-uhc-1961-lessons', 'rwanda-community-based-insurance'])
  })

  it('changes nothing the second time', async () => {
    const files = await payload.count({ collection: 'resource-files' })
    expect(await seedKnowledgeResources(payload, seedingContext)).toEqual({ created: 0, skipped: 40 })
    expect((await payload.count({ collection: 'resource-files' })).totalDocs).toBe(files.totalDocs)
  })
})
