/**
 * Seeds the impact projects: each created in English, then given its other locales one update
 * at a time (Payload stores one locale per call). Idempotent by slug: a project that exists is
 * left as it is, so a second run changes nothing.
 */
import type { Payload, RequestContext, RequiredDataFromCollectionSlug } from 'payload'

import type { ImpactProject } from '../../payload-types'
import { lexicalParagraphs } from '../build'
import { impactProjects, type ImpactProjectSeed, type ImpactText } from '../data/impact'
import type { SeedCounts } from '../seed'

type ExtraLocale = 'ja' | 'fr' | 'pt'
const extraLocales: ExtraLocale[] = ['ja', 'fr', 'pt']

const dimensionKeys = ['what', 'who', 'howMuch', 'contribution', 'risk'] as const

/** Whether the project is written in a locale beyond English (its title is the marker). */
const hasLocale = (project: ImpactProjectSeed, locale: ExtraLocale) => Boolean(project.title[locale])

/** A locale's text, or English when this piece has no translation (a partner's role, say). */
const text = (value: ImpactText, locale: 'en' | ExtraLocale) => value[locale] ?? value.en

function dimensionsIn(project: ImpactProjectSeed, locale: 'en' | ExtraLocale): NonNullable<ImpactProject['dimensions']> {
  const out: NonNullable<ImpactProject['dimensions']> = {}
  for (const key of dimensionKeys) out[key] = text(project.dimensions[key], locale)
  return out
}

function createData(project: ImpactProjectSeed): RequiredDataFromCollectionSlug<'impact-projects'> {
  return {
    title: project.title.en,
    slug: project.slug,
    summary: project.summary.en,
    body: lexicalParagraphs(project.body.en),
    country: project.country,
    period: { start: project.period.start, end: project.period.end ?? null },
    partners: project.partners.map((p) => ({ name: p.name, role: p.role.en })),
    sdgIndicators: project.sdgIndicators,
    dimensions: dimensionsIn(project, 'en'),
    metrics: project.metrics.map((m) => ({
      code: m.code,
      name: m.name.en,
      unit: m.unit,
      direction: m.direction,
      sdgIndicator: m.sdgIndicator ?? null,
      irisCode: m.irisCode ?? null,
      definition: m.definition.en,
      baseline: m.baseline,
      target: m.target,
      measurements: m.measurements,
    })),
    // Seeded content goes live directly; the workflow hooks allow this only in a seeding context.
    _status: 'published' as const,
    workflowStatus: 'published' as const,
    sourceLocale: 'en',
  }
}

/** The localized fields of one locale; array rows carry their ids so the rows themselves stay. */
function localeData(project: ImpactProjectSeed, created: ImpactProject, locale: ExtraLocale) {
  const body = project.body[locale]
  return {
    title: text(project.title, locale),
    summary: text(project.summary, locale),
    ...(body ? { body: lexicalParagraphs(body) } : {}),
    dimensions: dimensionsIn(project, locale),
    partners: (created.partners ?? []).map((row, i) => ({ ...row, role: text(project.partners[i]!.role, locale) })),
    metrics: (created.metrics ?? []).map((row, i) => ({
      ...row,
      name: text(project.metrics[i]!.name, locale),
      definition: text(project.metrics[i]!.definition, locale),
    })),
    _status: 'published' as const,
  }
}

export async function seedImpactProjects(payload: Payload, context: RequestContext): Promise<SeedCounts> {
  const counts: SeedCounts = { created: 0, skipped: 0 }
  // Seeding is not a request path: the Local API's default overrideAccess (true) is intended.
  const existing = await payload.find({
    collection: 'impact-projects',
    where: { slug: { in: impactProjects.map((p) => p.slug) } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    context,
  })
  const present = new Set(existing.docs.map((doc) => doc.slug))
  for (const project of impactProjects) {
    if (present.has(project.slug)) {
      counts.skipped += 1
      continue
    }
    const created = await payload.create({ collection: 'impact-projects', locale: 'en', data: createData(project), depth: 0, context })
    for (const locale of extraLocales) {
      if (!hasLocale(project, locale) && locale !== 'ja') continue
      await payload.update({
        collection: 'impact-projects',
        id: created.id,
        locale,
        data: localeData(project, created, locale),
        depth: 0,
        select: { updatedAt: true },
        context,
      })
    }
    counts.created += 1
  }
  return counts
}
