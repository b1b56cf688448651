import type { TypedUser, Where } from 'payload'
import { cache } from 'react'

import { payloadClient } from '@/catalogue/queries'
import type { AppLocale } from '@/i18n/locales'
import type { SignedInPatient } from '@/patients/session'

import type { TrainingApplication, TrainingProgram } from '../../payload-types'
import { PROGRAMS_PER_PAGE, type TrainingFilters } from './filters'

/**
 * Reads for the training pages. Programmes are read as the visitor, or as the previewing editor
 * (`contentReadMode`), always with `overrideAccess: false`; applications as their applicant.
 */

const cardSelect = {
  title: true,
  slug: true,
  summary: true,
  host: true,
  field: true,
  format: true,
  lengthWeeks: true,
  instructionLanguages: true,
  scholarship: true,
  applicationDeadline: true,
  startDate: true,
} as const

export type ProgramCard = Pick<
  TrainingProgram,
  'id' | 'title' | 'slug' | 'summary' | 'host' | 'field' | 'format' | 'lengthWeeks' | 'instructionLanguages' | 'scholarship' | 'applicationDeadline' | 'startDate'
>

function whereOf(filters: TrainingFilters): Where {
  const and: Where[] = []
  if (filters.field) and.push({ field: { equals: filters.field } })
  if (filters.language) and.push({ instructionLanguages: { in: [filters.language] } })
  if (filters.format) and.push({ format: { equals: filters.format } })
  if (filters.scholarship) and.push({ 'scholarship.available': { equals: true } })
  return and.length ? { and } : {}
}

export const listPrograms = cache(async (locale: AppLocale, filters: TrainingFilters, draft = false, user: TypedUser | null = null) => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'training-programs',
    locale,
    depth: 1,
    draft,
    user,
    overrideAccess: false,
    where: whereOf(filters),
    select: cardSelect,
    populate: { hospitals: { name: true, slug: true } },
    sort: '-applicationDeadline',
    limit: PROGRAMS_PER_PAGE,
    page: filters.page,
  })
  return result as unknown as { docs: ProgramCard[]; totalDocs: number; page: number; totalPages: number }
})

export const getProgramBySlug = cache(async (locale: AppLocale, slug: string, draft = false, user: TypedUser | null = null): Promise<TrainingProgram | null> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'training-programs',
    locale,
    depth: 1,
    draft,
    user,
    overrideAccess: false,
    where: { slug: { equals: slug } },
    populate: { hospitals: { name: true, slug: true } },
    limit: 1,
  })
  return result.docs[0] ?? null
})

export interface OwnApplication {
  id: string
  status: TrainingApplication['status']
  createdAt: string
  program: { id: string; title: string; slug: string } | null
}

/** The signed-in account's own applications, newest first, as the account itself reads them. */
export async function ownApplications(patient: SignedInPatient, locale: AppLocale, programId?: string): Promise<OwnApplication[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'training-applications',
    locale,
    depth: 1,
    user: patient,
    overrideAccess: false,
    where: programId ? { program: { equals: programId } } : {},
    select: { status: true, createdAt: true, program: true },
    populate: { 'training-programs': { title: true, slug: true } },
    sort: '-createdAt',
    pagination: false,
  })
  return result.docs.map((doc) => ({
    id: String(doc.id),
    status: doc.status,
    createdAt: doc.createdAt,
    program: typeof doc.program === 'object' && doc.program ? { id: String(doc.program.id), title: doc.program.title, slug: doc.program.slug } : null,
  }))
}
