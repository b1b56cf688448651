import type { Payload, RequestContext } from 'payload'

import { env } from '@/env'

import { partnerMemberEmail, partnerSeeds } from '../data/partners'
import type { SeedCounts } from '../seed'

const idBySlug = async (payload: Payload, collection: 'solutions' | 'training-programs' | 'hospitals', slug: string, context: RequestContext) =>
  (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, select: { slug: true }, context })).docs[0]?.id

/**
 * The six partners, each with its member account (verified, the seed password) and its requests.
 * Idempotent: partners by slug, accounts by email; requests are written only with a new partner.
 * Run after `seedSolutions` and `seedTraining` so requests can name what they are about.
 */
export async function seedPartners(payload: Payload, context: RequestContext): Promise<SeedCounts> {
  const counts: SeedCounts = { created: 0, skipped: 0 }
  for (const seed of partnerSeeds) {
    const email = partnerMemberEmail(seed.slug)
    let member = (await payload.find({ collection: 'patients', where: { email: { equals: email } }, limit: 1, depth: 0, context })).docs[0]
    if (!member) {
      member = await payload.create({
        collection: 'patients',
        depth: 0,
        context,
        disableVerificationEmail: true,
        data: { email, password: env.seed.password, name: seed.member.name, preferredLanguage: seed.member.preferredLanguage, _verified: true },
      })
      counts.created += 1
    }

    const existing = await payload.count({ collection: 'partners', where: { slug: { equals: seed.slug } }, context })
    if (existing.totalDocs > 0) {
      counts.skipped += 1
      continue
    }
    const partner = await payload.create({
      collection: 'partners',
      locale: 'en',
      depth: 0,
      context,
      data: {
        name: seed.name,
        slug: seed.slug,
        kind: seed.kind,
        country: seed.country,
        website: seed.website,
        contactEmail: `office@${new URL(seed.website).hostname}`,
        description: seed.description.en,
        members: [member.id],
        verificationStatus: seed.verificationStatus,
      },
    })
    for (const locale of ['ja', 'fr', 'es', 'pt'] as const) {
      const description = seed.description[locale]
      if (description) await payload.update({ collection: 'partners', id: partner.id, locale, data: { description }, depth: 0, context, select: { updatedAt: true } })
    }
    counts.created += 1

    // Oldest first, a few days apart, so the list reads like a real history.
    for (const [index, request] of seed.requests.entries()) {
      const about = request.about
        ? await idBySlug(payload, request.kind === 'training' ? 'training-programs' : 'solutions', request.about, context)
        : undefined
      const routedTo = request.routedTo ? await idBySlug(payload, 'hospitals', request.routedTo, context) : undefined
      const at = new Date(Date.UTC(2026, 9, 1 + index * 9)).toISOString()
      const history: { status: typeof request.status; at: string; by: string }[] = [{ status: 'new', at, by: 'partner' }]
      if (request.status !== 'new') history.push({ status: request.status, at: new Date(Date.UTC(2026, 9, 4 + index * 9)).toISOString(), by: 'editor@kakehashi.example' })
      await payload.create({
        collection: 'partner-requests',
        depth: 0,
        context,
        data: {
          partner: partner.id,
          requestedBy: member.id,
          kind: request.kind,
          subject: request.subject,
          message: request.message,
          solution: request.kind === 'solution' ? (about ?? null) : null,
          trainingProgram: request.kind === 'training' ? (about ?? null) : null,
          status: request.status,
          routedTo: routedTo ?? null,
          history,
        },
      })
      counts.created += 1
    }
  }
  return counts
}
