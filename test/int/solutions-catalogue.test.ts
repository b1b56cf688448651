import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/env'
import { partnersSitemapEntries } from '@/partners/sitemap'
import { solutionsSitemapEntries } from '@/solutions/sitemap'
import { listSolutions } from '@/solutions/queries'
import { trainingSitemapEntries } from '@/training/sitemap'
import { listPrograms } from '@/training/queries'

import { seedPartners } from '../../seed/content/partners'
import { seedSolutions } from '../../seed/content/solutions'
import { seedTraining } from '../../seed/content/training'
import { demoPartnerSlug, partnerMemberEmail } from '../../seed/data/partners'
import { testPayload } from './harness'
import { createSolution } from './support/cooperation'

/**
 * The seeded solutions, programmes and partners as visitors find them: filters, pagination,
 * drafts kept out, and the sitemap entries; the seed is idempotent.
 */
describe('solutions, programmes and partners from the seed', () => {
  let payload: Payload
  const context = { seeding: true, skipSearchSync: true }
  const first: Record<string, { created: number; skipped: number }> = {}

  beforeAll(async () => {
    payload = await testPayload()
    first.solutions = await seedSolutions(payload, context)
    first.training = await seedTraining(payload, context)
    first.partners = await seedPartners(payload, context)
  })

  it('seeds ten solutions across all five categories, and a second run changes nothing', async () => {
    expect(first.solutions).toEqual({ created: 10, skipped: 0 })
    expect(await seedSolutions(payload, context)).toEqual({ created: 0, skipped: 10 })
    const all = await payload.find({ collection: 'solutions', user: null, overrideAccess: false, pagination: false, depth: 0 })
    expect(new Set(all.docs.map((s) => s.category)).size).toBe(5)
  })

  it('solutions have Japanese texts', async () => {
    const ja = await payload.find({ collection: 'solutions', locale: 'ja', where: { slug: { equals: 'tele-icu-remote-critical-care' } }, depth: 0 })
    expect(ja.docs[0]?.title).toBe('遠隔ICU（Tele-ICU）')
    expect(ja.docs[0]?.referenceProjects?.[0]?.title).toBe('ハブ・アンド・スポーク型ICUネットワーク')
  })

  it('filters solutions by category and target country, and pages them', async () => {
    const telemedicine = await listSolutions('en', { category: 'telemedicine', page: 1 })
    expect(telemedicine.docs.map((s) => s.slug).sort()).toEqual(['tele-icu-remote-critical-care', 'tele-radiology-reading-network'])
    const kenya = await listSolutions('en', { country: 'KE', page: 1 })
    expect(kenya.totalDocs).toBeGreaterThan(0)
    expect(kenya.docs.every((s) => s.targetCountries?.includes('KE'))).toBe(true)
    const none = await listSolutions('en', { category: 'telemedicine', country: 'SN', page: 1 })
    expect(none.totalDocs).toBe(0)
  })

  it('keeps drafts out of the list and the sitemap', async () => {
    const draft = await createSolution(payload, 'draft', 'telemedicine')
    const list = await listSolutions('en', { category: 'telemedicine', page: 1 })
    expect(list.docs.map((s) => s.id)).not.toContain(draft.id)
    const sitemap = await solutionsSitemapEntries()
    expect(sitemap.map((e) => e.rest)).toContain('/solutions/tele-icu-remote-critical-care')
    expect(sitemap.map((e) => e.rest)).not.toContain(`/solutions/${draft.slug}`)
    expect(sitemap).toHaveLength(11)
  })

  it('seeds university programmes and skips hospital ones whose hospital is absent', async () => {
    expect(first.training).toEqual({ created: 3, skipped: 5 })
    const online = await listPrograms('en', { format: 'online', scholarship: false, page: 1 })
    expect(online.docs.map((p) => p.slug)).toEqual(['uhc-policy-and-financing'])
    const french = await listPrograms('en', { language: 'fr', scholarship: true, page: 1 })
    expect(french.docs.map((p) => p.slug)).toEqual(['uhc-policy-and-financing'])
    expect((await trainingSitemapEntries()).map((e) => e.rest)).toContain('/training/maternal-and-child-health-handbook')
  })

  it('seeds six partners with member accounts; the public sees the five verified ones', async () => {
    const partners = await payload.find({ collection: 'partners', user: null, overrideAccess: false, pagination: false, depth: 0 })
    expect(partners.totalDocs).toBe(5)
    expect(partners.docs.map((p) => p.slug)).not.toContain('instituto-mocambicano-de-enfermagem-comunitaria')
    const { user } = await payload.login({ collection: 'patients', data: { email: partnerMemberEmail(demoPartnerSlug), password: env.seed.password } })
    const requests = await payload.find({ collection: 'partner-requests', user: { ...user, collection: 'patients' }, overrideAccess: false, depth: 0, pagination: false })
    expect(requests.totalDocs).toBe(3)
    expect(new Set(requests.docs.map((r) => r.status))).toEqual(new Set(['in-progress', 'answered', 'new']))
    expect(await partnersSitemapEntries()).toEqual([{ rest: '/partners' }])
    const again = await seedPartners(payload, context)
    expect(again.created).toBe(0)
  })
})
