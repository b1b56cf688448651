import type { Payload, RequestContext } from 'payload'

import { lexicalParagraphs } from '../build'
import { programSeeds, type ProgramSeed } from '../data/training'
import type { SeedCounts } from '../seed'

/** Ensures Japanese and any other locales a programme has are written (Payload stores one locale per call). */
const extraLocales = ['ja', 'fr', 'es', 'pt'] as const

function localeData(seed: ProgramSeed, locale: (typeof extraLocales)[number]) {
  const pick = (value: Partial<Record<string, string>> | null) => value?.[locale]
  return {
    title: pick(seed.title),
    summary: pick(seed.summary),
    body: locale === 'ja' ? lexicalParagraphs(seed.body.ja) : undefined,
    eligibility: pick(seed.eligibility),
    scholarship: seed.scholarship ? { details: pick(seed.scholarship) } : undefined,
    host: 'university' in seed.host && pick(seed.host.university) ? { name: pick(seed.host.university) } : undefined,
  }
}

/**
 * The eight training programmes, published. Idempotent: looked up by slug; a programme whose
 * host hospital is not seeded is skipped.
 */
export async function seedTraining(payload: Payload, context: RequestContext): Promise<SeedCounts> {
  const counts: SeedCounts = { created: 0, skipped: 0 }
  for (const seed of programSeeds) {
    const existing = await payload.count({ collection: 'training-programs', where: { slug: { equals: seed.slug } }, context })
    if (existing.totalDocs > 0) {
      counts.skipped += 1
      continue
    }
    let host
    if ('hospital' in seed.host) {
      const hospital = (await payload.find({ collection: 'hospitals', where: { slug: { equals: seed.host.hospital } }, limit: 1, depth: 0, select: { slug: true }, context })).docs[0]
      if (!hospital) {
        counts.skipped += 1
        continue
      }
      host = { kind: 'hospital' as const, hospital: hospital.id }
    } else {
      host = { kind: 'university' as const, name: seed.host.university.en, website: seed.host.website }
    }
    const created = await payload.create({
      collection: 'training-programs',
      locale: 'en',
      depth: 0,
      context,
      data: {
        title: seed.title.en,
        slug: seed.slug,
        summary: seed.summary.en,
        body: lexicalParagraphs(seed.body.en),
        host,
        field: seed.field,
        format: seed.format,
        lengthWeeks: seed.lengthWeeks,
        instructionLanguages: seed.instructionLanguages,
        eligibility: seed.eligibility.en,
        scholarship: seed.scholarship ? { available: true, details: seed.scholarship.en } : { available: false },
        applicationDeadline: new Date(`${seed.applicationDeadline}T23:59:59.000Z`).toISOString(),
        startDate: new Date(`${seed.startDate}T00:00:00.000Z`).toISOString(),
        seats: seed.seats,
        _status: 'published',
        workflowStatus: 'published',
        sourceLocale: 'en',
      },
    })
    for (const locale of extraLocales) {
      if (!seed.title[locale]) continue
      const data = localeData(seed, locale)
      await payload.update({ collection: 'training-programs', id: created.id, locale, data, depth: 0, context, select: { updatedAt: true } })
    }
    counts.created += 1
  }
  return counts
}
