/**
 * Loads the demo data: fictional hospitals in real Japanese cities, their care packages,
 * the specialty taxonomy, exchange rates and one login per role.
 *
 * Idempotent: every record is looked up by its natural key (slug, email, currency) and only
 * what is missing is created. Existing records are never updated, so a second run changes
 * nothing, not even an updatedAt.
 */
import { displayCurrencies } from '@/catalogue/money'
import { env } from '@/env'
import { locales, type AppLocale } from '@/i18n/locales'
import { slugify } from '@/fields/slug'
import { defaultSynonymGroups } from '@/search/synonyms'
import type { Payload, RequestContext, RequiredDataFromCollectionSlug } from 'payload'
import type { DeepPartial } from 'ts-essentials'

import {
  hospitalCreateData,
  hospitalExtraLocaleData,
  hospitalJapaneseData,
  hospitalPhotoAlt,
  type PackagePlan,
  packagePlans,
  specialtyCreateData,
} from './build'
import { fxRates, fxRatesAsOf } from './data/fxRates'
import { hospitals } from './data/hospitals'
import { specialties } from './data/specialties'
import { extraLocales } from './data/text'
import { demoPatientEmail, editorEmail, hospitalAdminEmail, reviewerEmail, type StaffSeed } from './data/users'
import { hospitalIllustration } from './images'
import { seedImpactProjects } from './content/impact'
import { seedKnowledgeResources } from './content/knowledge'
import { seedPages } from './content/pages'
import { seedPartners } from './content/partners'
import { seedSolutions } from './content/solutions'
import { seedStories } from './content/stories'
import { seedTraining } from './content/training'
import { seedDemoSlots } from './slots'

export interface SeedCounts {
  created: number
  skipped: number
}

export interface SeedSummary {
  specialties: SeedCounts
  fxRates: SeedCounts
  hospitals: SeedCounts
  media: SeedCounts
  carePackages: SeedCounts
  users: SeedCounts
  searchSynonyms: SeedCounts
  stories: SeedCounts
  pages: SeedCounts
  knowledgeResources: SeedCounts
  trainingPrograms: SeedCounts
  solutions: SeedCounts
  partners: SeedCounts
  impactProjects: SeedCounts
  durationMs: number
}

export interface SeedOptions {
  /** Receives one line per step; silent when omitted. */
  log?: (line: string) => void
  /** Render and upload one illustration per new hospital (default true). */
  images?: boolean
}

/**
 * Hooks see this in `req.context` and skip side effects (search sync, notifications) while seeding.
 * The search index is built from the database on first use (or `npm run search:reindex`).
 */
export const seedingContext: RequestContext = { seeding: true, skipSearchSync: true }

/**
 * Stores one more locale of a record created in English: Payload saves one locale per call,
 * so every seeded record is created once and then updated with each translation it has.
 */
function localeWriter(payload: Payload, context: RequestContext) {
  return async <TSlug extends 'specialties' | 'hospitals' | 'care-packages' | 'media'>(
    collection: TSlug,
    id: string,
    locale: AppLocale,
    data: DeepPartial<RequiredDataFromCollectionSlug<TSlug>>,
  ): Promise<void> => {
    // Select one small field: the seed never reads the updated document back.
    await payload.update({ collection, id, locale, data, depth: 0, select: { updatedAt: true }, context })
  }
}

/** The seed's key for a default synonym group: readable, and stable while its first term is. */
export function synonymGroupKey(terms: readonly string[], index: number): string {
  return `default-${slugify(terms[0] ?? '') || index + 1}`
}

/** Creates the default synonym groups that are missing (by key); groups editors changed are left alone. */
export async function seedSynonymGroups(payload: Payload, context: RequestContext = seedingContext): Promise<SeedCounts> {
  const counts: SeedCounts = { created: 0, skipped: 0 }
  const groups = defaultSynonymGroups.map((terms, index) => ({ key: synonymGroupKey(terms, index), terms }))
  const existing = await payload.find({
    collection: 'search-synonyms',
    where: { key: { in: groups.map((g) => g.key) } },
    select: { key: true },
    pagination: false,
    depth: 0,
    context,
  })
  const present = new Set(existing.docs.map((doc) => doc.key))
  for (const group of groups) {
    if (present.has(group.key)) {
      counts.skipped += 1
      continue
    }
    await payload.create({
      collection: 'search-synonyms',
      data: { key: group.key, terms: group.terms.map((term) => ({ term })) },
      depth: 0,
      context,
    })
    counts.created += 1
  }
  return counts
}

// Seeding is not a request path: the Local API's default overrideAccess (true) is intended
// throughout, as the seed writes records no role could create on its own (verified hospitals, admins).

export async function seedDatabase(payload: Payload, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now()
  const log = options.log ?? (() => undefined)
  const context = seedingContext
  const addLocale = localeWriter(payload, context)
  const withImages = options.images ?? true
  const count = (): SeedCounts => ({ created: 0, skipped: 0 })
  const summary: Omit<SeedSummary, 'durationMs'> = {
    specialties: count(),
    fxRates: count(),
    hospitals: count(),
    media: count(),
    carePackages: count(),
    users: count(),
    searchSynonyms: count(),
    stories: count(),
    pages: count(),
    knowledgeResources: count(),
    trainingPrograms: count(),
    solutions: count(),
    partners: count(),
    impactProjects: count(),
  }
  const report = (label: string, counts: SeedCounts): void =>
    log(`${label.padEnd(14)} ${String(counts.created).padStart(4)} created, ${String(counts.skipped).padStart(4)} already there`)

  // ------------------------------------------------------------ specialties
  const specialtyIds = new Map<string, string>()
  {
    const existing = await payload.find({
      collection: 'specialties',
      where: { slug: { in: specialties.map((s) => s.slug) } },
      select: { slug: true },
      pagination: false,
      depth: 0,
      locale: 'en',
      context,
    })
    for (const doc of existing.docs) specialtyIds.set(doc.slug, doc.id)
    for (const specialty of specialties) {
      if (specialtyIds.has(specialty.slug)) {
        summary.specialties.skipped += 1
        continue
      }
      const created = await payload.create({
        collection: 'specialties',
        locale: 'en',
        data: specialtyCreateData(specialty.slug),
        depth: 0,
        context,
      })
      for (const locale of locales) {
        if (locale === 'en') continue
        await addLocale('specialties', created.id, locale, {
          name: specialty.name[locale],
          ...(locale === 'ja' ? { description: specialty.description.ja } : {}),
        })
      }
      specialtyIds.set(specialty.slug, created.id)
      summary.specialties.created += 1
    }
    report('specialties', summary.specialties)
  }

  // ------------------------------------------------------------ exchange rates
  {
    const existing = await payload.find({
      collection: 'fx-rates',
      select: { currency: true },
      pagination: false,
      depth: 0,
      locale: 'en',
      context,
    })
    const present = new Set(existing.docs.map((doc) => doc.currency))
    for (const currency of displayCurrencies) {
      if (present.has(currency)) {
        summary.fxRates.skipped += 1
        continue
      }
      await payload.create({
        collection: 'fx-rates',
        locale: 'en',
        data: { currency, yenPerUnit: fxRates[currency], asOf: fxRatesAsOf },
        depth: 0,
        context,
      })
      summary.fxRates.created += 1
    }
    report('fx rates', summary.fxRates)
  }

  // ------------------------------------------------------------ hospitals (and their photo)
  const hospitalIds = new Map<string, string>()
  {
    const existing = await payload.find({
      collection: 'hospitals',
      where: { slug: { in: hospitals.map((h) => h.slug) } },
      select: { slug: true },
      pagination: false,
      depth: 0,
      locale: 'en',
      context,
    })
    for (const doc of existing.docs) hospitalIds.set(doc.slug, doc.id)
    for (const seed of hospitals) {
      if (hospitalIds.has(seed.slug)) {
        summary.hospitals.skipped += 1
        continue
      }
      const created = await payload.create({
        collection: 'hospitals',
        locale: 'en',
        data: hospitalCreateData(seed, specialtyIds),
        depth: 0,
        context,
      })
      const photoIds: string[] = []
      if (withImages) {
        const data = await hospitalIllustration(seed.slug)
        const alt = hospitalPhotoAlt(seed)
        const media = await payload.create({
          collection: 'media',
          locale: 'en',
          data: { alt: alt.en, hospital: created.id },
          file: { data, mimetype: 'image/png', name: `${seed.slug}.png`, size: data.length },
          depth: 0,
          context,
        })
        await addLocale('media', media.id, 'ja', { alt: alt.ja })
        photoIds.push(media.id)
        summary.media.created += 1
      }
      await addLocale('hospitals', created.id, 'ja', hospitalJapaneseData(seed, created, photoIds))
      for (const locale of extraLocales) {
        const data = hospitalExtraLocaleData(seed, locale)
        if (!data) continue
        await addLocale('hospitals', created.id, locale, data)
      }
      hospitalIds.set(seed.slug, created.id)
      summary.hospitals.created += 1
    }
    summary.media.skipped = summary.hospitals.skipped
    report('hospitals', summary.hospitals)
    if (withImages) report('media', summary.media)
  }

  // ------------------------------------------------------------ care packages
  {
    const plans: PackagePlan[] = hospitals.flatMap((seed, index) => {
      const hospitalId = hospitalIds.get(seed.slug)
      if (!hospitalId) throw new Error(`Hospital "${seed.slug}" was neither found nor created`)
      return packagePlans(seed, index, hospitalId, specialtyIds)
    })
    const existing = await payload.find({
      collection: 'care-packages',
      where: { slug: { in: plans.map((p) => p.slug) } },
      select: { slug: true },
      pagination: false,
      depth: 0,
      locale: 'en',
      context,
    })
    const present = new Set(existing.docs.map((doc) => doc.slug))
    for (const plan of plans) {
      if (present.has(plan.slug)) {
        summary.carePackages.skipped += 1
        continue
      }
      const created = await payload.create({
        collection: 'care-packages',
        locale: 'en',
        data: plan.create,
        depth: 0,
        context,
      })
      await addLocale('care-packages', created.id, 'ja', plan.japanese(created))
      for (const locale of extraLocales) {
        const data = plan.extraLocales[locale]
        if (!data) continue
        await addLocale('care-packages', created.id, locale, data)
      }
      summary.carePackages.created += 1
    }
    report('care packages', summary.carePackages)
  }

  // ------------------------------------------------------------ staff logins
  {
    const staff: StaffSeed[] = [
      {
        email: env.seed.adminEmail,
        name: 'Platform Admin',
        roles: ['platform-admin'],
        hospitals: [],
        preferredLanguage: 'en',
      },
      { email: editorEmail, name: 'Content Editor', roles: ['editor'], hospitals: [], preferredLanguage: 'ja' },
      { email: reviewerEmail, name: 'Content Reviewer', roles: ['editor'], hospitals: [], preferredLanguage: 'en' },
      ...hospitals.map<StaffSeed>((seed) => ({
        email: hospitalAdminEmail(seed.slug),
        name: `${seed.name.en} (international office)`,
        roles: ['hospital-admin'],
        hospitals: [seed.slug],
        preferredLanguage: 'ja',
      })),
    ]
    const existing = await payload.find({
      collection: 'users',
      where: { email: { in: staff.map((s) => s.email) } },
      select: { email: true },
      pagination: false,
      depth: 0,
      locale: 'en',
      context,
    })
    const present = new Set(existing.docs.map((doc) => doc.email.toLowerCase()))
    for (const person of staff) {
      if (present.has(person.email.toLowerCase())) {
        summary.users.skipped += 1
        continue
      }
      await payload.create({
        collection: 'users',
        locale: 'en',
        data: {
          email: person.email,
          password: env.seed.password,
          name: person.name,
          roles: person.roles,
          hospitals: person.hospitals.map((slug) => {
            const id = hospitalIds.get(slug)
            if (!id) throw new Error(`Hospital "${slug}" of user "${person.email}" is missing`)
            return id
          }),
          preferredLanguage: person.preferredLanguage,
        },
        depth: 0,
        context,
      })
      summary.users.created += 1
    }
    report('staff users', summary.users)
  }

  // ------------------------------------------------------------ demo patient
  {
    const existing = await payload.count({ collection: 'patients', where: { email: { equals: demoPatientEmail } }, context })
    if (existing.totalDocs === 0) {
      await payload.create({
        collection: 'patients',
        data: {
          email: demoPatientEmail,
          password: env.seed.password,
          name: 'Demo Patient',
          preferredLanguage: 'en',
          country: 'VN',
          timeZone: 'Asia/Ho_Chi_Minh',
          _verified: true,
        },
        // Verified already: no verification email for a demo account.
        disableVerificationEmail: true,
        depth: 0,
        context,
      })
    }
    log(`demo patient: ${existing.totalDocs === 0 ? 'created' : 'already there'}`)
  }

  // ------------------------------------------------------------ search synonyms
  summary.searchSynonyms = await seedSynonymGroups(payload, context)
  report('synonym groups', summary.searchSynonyms)

  // ------------------------------------------------------------ demo availability (booking)
  const slots = await seedDemoSlots(payload, context)
  log(`slots: ${slots.created} created, ${slots.skipped} already there`)

  // ------------------------------------------------------------ the government side
  // Each area seeds itself (seed/content/*), published directly: `context.seeding` lets the
  // editorial workflow accept content that skips review, which only the seed may do.
  summary.stories = await seedStories(payload, context, { images: withImages })
  report('stories', summary.stories)
  summary.pages = await seedPages(payload, context)
  report('pages', summary.pages)
  summary.knowledgeResources = await seedKnowledgeResources(payload, context)
  report('UHC resources', summary.knowledgeResources)
  summary.trainingPrograms = await seedTraining(payload, context)
  report('training', summary.trainingPrograms)
  summary.solutions = await seedSolutions(payload, context)
  report('solutions', summary.solutions)
  // After solutions and training: partners' requests point at them.
  summary.partners = await seedPartners(payload, context)
  report('partners', summary.partners)
  summary.impactProjects = await seedImpactProjects(payload, context)
  report('impact', summary.impactProjects)

  const durationMs = Math.round(performance.now() - started)
  log(`seeded in ${(durationMs / 1000).toFixed(1)} s`)
  return { ...summary, durationMs }
}
