import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getImpactProjectBySlug, listImpactProjects } from '@/impact/queries'
import { impactSitemapEntries } from '@/impact/sitemap'

import { seedImpactProjects } from '../../seed/content/impact'
import { impactProjects } from '../../seed/data/impact'
import { seedingContext } from '../../seed/seed'
import { testPayload } from './harness'
import { createUser, unique, type Actor } from './support/world'

/**
 * Impact projects through the Local API and the public site's queries: the seed, what visitors
 * may see (published only, drafts and archived never), preview for editors, and the metric
 * rules editors meet when a project is saved for publication.
 */

const kisumu = 'kisumu-uhc-benefit-package-pilot'
const senegal = 'senegal-community-health-insurance-scale-up'

/** The messages Payload's ValidationError carries for each invalid field. */
function validationMessages(error: unknown): string {
  const data = (error as { data?: { errors?: { message?: string }[] } }).data
  return (data?.errors ?? []).map((e) => e.message ?? '').join(' | ')
}

function baseProject(slug: string) {
  return {
    title: `Project ${slug}`,
    slug,
    country: 'KE' as const,
    period: { start: '2022-01-01T00:00:00.000Z' },
    sourceLocale: 'en' as const,
  }
}

describe('impact projects', () => {
  let payload: Payload
  let editor: Actor
  let firstRun: { created: number; skipped: number }

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createUser(payload, ['editor'], [], 'impact-editor')
    firstRun = await seedImpactProjects(payload, seedingContext)
  })

  it('seeds five published projects, and a second run creates nothing', async () => {
    expect(firstRun).toEqual({ created: impactProjects.length, skipped: 0 })
    expect(impactProjects).toHaveLength(5)
    expect(await seedImpactProjects(payload, seedingContext)).toEqual({ created: 0, skipped: 5 })
    const { docs } = await payload.find({ collection: 'impact-projects', depth: 0, pagination: false, select: { slug: true, workflowStatus: true, _status: true } })
    expect(docs).toHaveLength(5)
    expect(docs.every((d) => d._status === 'published' && d.workflowStatus === 'published')).toBe(true)
  })

  it('stores each project in English and Japanese (and French for Senegal) with the same values in every language', async () => {
    const ja = await getImpactProjectBySlug('ja', kisumu)
    const en = await getImpactProjectBySlug('en', kisumu)
    expect(ja?.title).toBe('キスム必須給付パッケージ試行事業')
    expect(ja?.metrics?.[0]?.name).toBe('UHCサービスカバレッジ指数（郡推計）')
    expect(ja?.dimensions?.who).toContain('40万人')
    expect(ja?.metrics?.map((m) => m.measurements?.map((v) => v.value))).toEqual(en?.metrics?.map((m) => m.measurements?.map((v) => v.value)))
    expect(en?.region).toBe('AFR')
    const fr = await getImpactProjectBySlug('fr', senegal)
    expect(fr?.title).toBe('Extension de l’assurance maladie communautaire à Kaolack et Fatick')
    expect(fr?.partners?.[0]?.role).toBe('Partenaire de mise en œuvre')
  })

  it('lists only published projects on the overview and in the sitemap; a draft is never shown, but editors preview it', async () => {
    const slug = unique('draft-impact')
    await payload.create({
      collection: 'impact-projects',
      locale: 'en',
      draft: true,
      depth: 0,
      user: editor,
      overrideAccess: false,
      data: { ...baseProject(slug), title: 'Unpublished pilot' },
    })

    const listed = await listImpactProjects('en')
    expect(listed.map((p) => p.slug).sort()).toEqual(impactProjects.map((p) => p.slug).sort())
    expect(listed.some((p) => p.title === 'Unpublished pilot')).toBe(false)
    expect(await getImpactProjectBySlug('en', slug)).toBeUndefined()

    const sitemap = await impactSitemapEntries()
    expect(sitemap.map((e) => e.rest)).toContain(`/impact/${kisumu}`)
    expect(sitemap.map((e) => e.rest)).toContain('/impact')
    expect(sitemap.map((e) => e.rest)).not.toContain(`/impact/${slug}`)

    const visitor = await payload.find({ collection: 'impact-projects', where: { slug: { equals: slug } }, overrideAccess: false, user: null, depth: 0 })
    expect(visitor.docs).toHaveLength(0)

    const preview = await getImpactProjectBySlug('en', slug, { draft: true, user: editor })
    expect(preview?.title).toBe('Unpublished pilot')
  })

  it('keeps showing the published version while a newer draft of it waits', async () => {
    const published = await getImpactProjectBySlug('en', kisumu)
    if (!published) throw new Error('seeded project missing')
    await payload.update({
      collection: 'impact-projects',
      id: published.id,
      locale: 'en',
      draft: true,
      depth: 0,
      user: editor,
      overrideAccess: false,
      data: { title: 'Kisumu pilot — unreviewed rewrite' },
    })
    const listed = await listImpactProjects('en')
    expect(listed.find((p) => p.slug === kisumu)?.title).toBe('Kisumu essential benefit package pilot')
    const page = await payload.find({ collection: 'impact-projects', where: { slug: { equals: kisumu } }, overrideAccess: false, user: null, depth: 0, draft: false })
    expect(page.docs[0]?.title).toBe('Kisumu essential benefit package pilot')
  })

  it('hides an archived project from the overview', async () => {
    const slug = unique('archived-impact')
    await payload.create({
      collection: 'impact-projects',
      locale: 'en',
      depth: 0,
      context: seedingContext,
      data: { ...baseProject(slug), _status: 'published', workflowStatus: 'archived' },
    })
    const listed = await listImpactProjects('en')
    expect(listed.some((p) => p.slug === slug)).toBe(false)
    expect(await getImpactProjectBySlug('en', slug)).toBeUndefined()
  })

  it('refuses to save a metric with the same year measured twice, saying which metric and year', async () => {
    const error = await payload
      .create({
        collection: 'impact-projects',
        locale: 'en',
        depth: 0,
        context: seedingContext,
        data: {
          ...baseProject(unique('dup-years')),
          _status: 'published',
          workflowStatus: 'published',
          metrics: [
            {
              code: 'uhc-sci',
              name: 'UHC service coverage index',
              unit: 'index',
              direction: 'higher-is-better',
              baseline: { year: 2022, value: 48 },
              target: { year: 2027, value: 65 },
              measurements: [
                { year: 2023, value: 51 },
                { year: 2023, value: 52 },
              ],
            },
          ],
        },
      })
      .then(() => null, (e: unknown) => e)
    expect(error).not.toBeNull()
    expect(validationMessages(error)).toContain('Metric 1: 2023 is measured more than once. Keep one value per year.')
  })

  it('applies the same rule to an editor’s draft, which Payload would otherwise save unvalidated', async () => {
    const error = await payload
      .create({
        collection: 'impact-projects',
        locale: 'en',
        draft: true,
        depth: 0,
        user: editor,
        overrideAccess: false,
        data: {
          ...baseProject(unique('dup-years-draft')),
          metrics: [
            {
              code: 'hw-density',
              name: 'Health worker density',
              unit: 'per-10k-population',
              direction: 'higher-is-better',
              baseline: { year: 2022, value: 8.9 },
              measurements: [
                { year: 2024, value: 10.4 },
                { year: 2024, value: 10.6 },
              ],
            },
          ],
        },
      })
      .then(() => null, (e: unknown) => e)
    expect(validationMessages(error)).toContain('Metric 1: 2024 is measured more than once.')
  })

  it('refuses a target year before the baseline year and an IRIS+ code of the wrong shape', async () => {
    const error = await payload
      .create({
        collection: 'impact-projects',
        locale: 'en',
        depth: 0,
        context: seedingContext,
        data: {
          ...baseProject(unique('bad-target')),
          _status: 'published',
          workflowStatus: 'published',
          metrics: [
            {
              code: 'mmr',
              name: 'Maternal mortality ratio',
              unit: 'per-100k-live-births',
              direction: 'lower-is-better',
              irisCode: 'IRIS-123',
              baseline: { year: 2022, value: 168 },
              target: { year: 2019, value: 110 },
              measurements: [],
            },
          ],
        },
      })
      .then(() => null, (e: unknown) => e)
    const messages = validationMessages(error)
    expect(messages).toContain('the target year (2019) must not be earlier than the baseline year (2022)')
    expect(messages).toContain('An IRIS+ code is two capital letters and four digits')
  })
})
