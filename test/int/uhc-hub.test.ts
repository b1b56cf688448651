import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildAtom, buildRss } from '@/feeds'
import { uhcFeed } from '@/uhc/feed'
import { getResourceBySlug, latestResources } from '@/uhc/queries'
import { uhcSitemapEntries } from '@/uhc/sitemap'

import { sampleBytes } from '../fixtures/uploads'
import { childText, childrenNamed, parseXml } from '../support/xml'
import { testPayload } from './harness'
import { createResource } from './support/uhc'
import { attempt, createUser, type Actor } from './support/world'

/**
 * The hub over the doors a visitor and an editor use: uploads checked by their bytes, files
 * downloadable only while a published resource links them, drafts absent from the API, the
 * pages' queries, the sitemap and the feeds.
 */

const rest = REST_GET(config)
async function get(apiPath: string) {
  const url = new URL(`/api/${apiPath}`, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return rest(new Request(url), { params: Promise.resolve({ slug }) })
}

const upload = (name: string, data: Buffer, mimetype: string) => ({ name, data, mimetype, size: data.length })

describe('UHC knowledge hub', () => {
  let payload: Payload
  let editor: Actor
  let published: Awaited<ReturnType<typeof createResource>>
  let draft: Awaited<ReturnType<typeof createResource>>

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createUser(payload, ['editor'], [], 'uhc-editor')
    published = await createResource(payload, { slug: 'hub-published-brief', title: 'Hub published brief', published: true, countries: ['KE', 'VN'] })
    draft = await createResource(payload, { slug: 'hub-draft-brief', title: 'Hub draft brief', published: false })
  })

  describe('uploads', () => {
    it('refuses a file that is not a PDF although it is named .pdf, saying so', async () => {
      const error = await payload
        .create({
          collection: 'resource-files',
          data: {},
          file: upload('report.pdf', sampleBytes('html-as-scan.pdf'), 'application/pdf'),
          user: editor,
          overrideAccess: false,
        })
        .then(
          () => undefined,
          (e: unknown) => e as { status?: number; data?: { errors?: { path: string; message: string }[] } },
        )
      expect(error?.status).toBe(400)
      expect(error?.data?.errors?.[0]).toEqual({
        path: 'file',
        message: '“report.pdf” is not a PDF or CSV file (we check the content, not the name).',
      })
    })

    it("gives the refusal in the editor's language", async () => {
      const error = await payload
        .create({
          collection: 'resource-files',
          data: {},
          locale: 'fr',
          file: upload('rapport.pdf', sampleBytes('html-as-scan.pdf'), 'application/pdf'),
          user: editor,
          overrideAccess: false,
        })
        .then(
          () => undefined,
          (e: unknown) => e as { data?: { errors?: { message: string }[] } },
        )
      expect(error?.data?.errors?.[0]?.message).toBe('« rapport.pdf » n’est pas un fichier PDF ou CSV (nous vérifions le contenu, pas le nom).')
    })

    it('refuses a binary file named .csv and an empty file', async () => {
      const zip = await attempt(() =>
        payload.create({ collection: 'resource-files', data: {}, file: upload('data.csv', sampleBytes('zip-as-photo.jpg'), 'text/csv'), user: editor, overrideAccess: false }),
      )
      expect(zip.ok).toBe(false)
      const empty = await attempt(() =>
        payload.create({ collection: 'resource-files', data: {}, file: upload('empty.csv', Buffer.alloc(0), 'text/csv'), user: editor, overrideAccess: false }),
      )
      expect(empty.ok).toBe(false)
    })

    it('accepts a CSV table and a real PDF, typed by their bytes', async () => {
      const csv = await payload.create({
        collection: 'resource-files',
        data: {},
        file: upload('coverage.csv', Buffer.from('country,year,value\nKE,2023,0.53\nVN,2023,0.71\n'), 'application/octet-stream'),
        user: editor,
        overrideAccess: false,
      })
      expect(csv.mimeType).toBe('text/csv')
      expect(csv.filename).toMatch(/^coverage-[0-9a-f]{8}\.csv$/)
      expect(csv.originalName).toBe('coverage.csv')
      const pdf = await payload.create({
        collection: 'resource-files',
        data: {},
        file: upload('referral.bin', sampleBytes('referral.pdf'), 'application/octet-stream'),
        user: editor,
        overrideAccess: false,
      })
      expect(pdf.mimeType).toBe('application/pdf')
      expect(pdf.filename).toMatch(/\.pdf$/)
    })

    it('is closed to visitors and public accounts', async () => {
      const anonymous = await attempt(() =>
        payload.create({ collection: 'resource-files', data: {}, file: upload('a.pdf', sampleBytes('referral.pdf'), 'application/pdf'), overrideAccess: false }),
      )
      expect(anonymous.ok).toBe(false)
    })
  })

  describe('file downloads', () => {
    it('serves the file of a published resource to anyone', async () => {
      const response = await get(`resource-files/file/${published.filename}`)
      expect(response.status).toBe(200)
      const bytes = Buffer.from(await response.arrayBuffer())
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    })

    it('does not serve the file of a draft-only resource anonymously, even by its exact name', async () => {
      const response = await get(`resource-files/file/${draft.filename}`)
      expect([401, 403, 404]).toContain(response.status)
      const listed = (await (await get('resource-files?limit=100')).json()) as { docs: { id: string }[] }
      expect(listed.docs.map((d) => String(d.id))).toContain(published.fileId)
      expect(listed.docs.map((d) => String(d.id))).not.toContain(draft.fileId)
    })

    it('lets editors read every file', async () => {
      const files = await payload.find({ collection: 'resource-files', user: editor, overrideAccess: false, depth: 0, pagination: false })
      expect(files.docs.map((d) => String(d.id))).toEqual(expect.arrayContaining([published.fileId, draft.fileId]))
    })
  })

  describe('drafts stay private', () => {
    it('over REST', async () => {
      const body = (await (await get('knowledge-resources?limit=100')).json()) as { docs: { slug: string }[] }
      const slugs = body.docs.map((d) => d.slug)
      expect(slugs).toContain('hub-published-brief')
      expect(slugs).not.toContain('hub-draft-brief')
    })

    it("in the pages' queries, the sitemap and the feeds", async () => {
      expect(await getResourceBySlug('hub-draft-brief', 'en', false, null)).toBeNull()
      const page = await getResourceBySlug('hub-published-brief', 'en', false, null)
      expect(page?.files.map((f) => f.file.filename)).toEqual([published.filename])
      expect((await latestResources('en')).map((r) => r.slug)).not.toContain('hub-draft-brief')
      const sitemap = (await uhcSitemapEntries()).map((e) => e.rest)
      expect(sitemap).toContain('/uhc/hub-published-brief')
      expect(sitemap).not.toContain('/uhc/hub-draft-brief')
    })

    it('the preview shows the draft to an editor', async () => {
      const preview = await getResourceBySlug('hub-draft-brief', 'en', true, editor)
      expect(preview?.title).toBe('Hub draft brief')
    })
  })

  it('derives WHO regions from the countries', async () => {
    expect(published.resource.regions).toEqual(expect.arrayContaining(['AFR', 'WPR']))
  })

  describe('feeds', () => {
    it('RSS is well-formed and lists published resources only', async () => {
      const xml = buildRss(await uhcFeed('en', 'rss'))
      const rss = parseXml(xml)
      const channel = childrenNamed(rss, 'channel')[0]
      expect(channel).toBeTruthy()
      const titles = childrenNamed(channel!, 'item').map((i) => childText(i, 'title'))
      expect(titles).toContain('Hub published brief')
      expect(titles).not.toContain('Hub draft brief')
    })

    it('Atom is well-formed and lists published resources only', async () => {
      const atom = parseXml(buildAtom(await uhcFeed('ja', 'atom')))
      const entries = childrenNamed(atom, 'entry')
      expect(entries.length).toBeGreaterThan(0)
      expect(entries.map((e) => childText(e, 'title'))).not.toContain('Hub draft brief')
    })
  })
})
