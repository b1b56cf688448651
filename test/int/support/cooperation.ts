import type { Payload } from 'payload'

import { slugify } from '@/fields/slug'

import type { Partner, Solution, TrainingProgram } from '../../../payload-types'
import { unique } from './world'

/**
 * Training programmes, solutions and partners for the cooperation tests, created as the seed
 * does (published directly, no user): a trusted set-up, not under test.
 */

const published = { _status: 'published', workflowStatus: 'published', sourceLocale: 'en' } as const
const seeding = { seeding: true, skipSearchSync: true }

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString()

export async function createProgram(
  payload: Payload,
  host: { hospital: string } | { university: string },
  options: { deadlineInDays?: number; status?: 'published' | 'draft' } = {},
): Promise<TrainingProgram> {
  const title = unique('Programme')
  const status = options.status ?? 'published'
  return payload.create({
    collection: 'training-programs',
    locale: 'en',
    depth: 0,
    context: seeding,
    data: {
      title,
      slug: slugify(title),
      summary: 'Hands-on training.',
      host: 'hospital' in host ? { kind: 'hospital', hospital: host.hospital } : { kind: 'university', name: host.university },
      field: 'nursing',
      format: 'on-site',
      lengthWeeks: 6,
      instructionLanguages: ['en'],
      applicationDeadline: inDays(options.deadlineInDays ?? 60),
      seats: 10,
      ...(status === 'published' ? published : { _status: 'draft', workflowStatus: 'draft', sourceLocale: 'en' }),
    },
  })
}

export async function createSolution(payload: Payload, status: 'published' | 'draft' = 'published', category: Solution['category'] = 'telemedicine'): Promise<Solution> {
  const title = unique('Solution')
  return payload.create({
    collection: 'solutions',
    locale: 'en',
    depth: 0,
    context: seeding,
    data: {
      title,
      slug: slugify(title),
      category,
      summary: 'A solution.',
      company: { name: 'Example Medical KK', country: 'JP' },
      targetCountries: ['KE', 'VN'],
      ...(status === 'published' ? published : { _status: 'draft', workflowStatus: 'draft', sourceLocale: 'en' }),
    },
  })
}

export async function createPartner(payload: Payload, members: string[], verificationStatus: Partner['verificationStatus'] = 'verified'): Promise<Partner> {
  const name = unique('Partner')
  return payload.create({
    collection: 'partners',
    locale: 'en',
    depth: 0,
    context: seeding,
    data: { name, slug: slugify(name), kind: 'ngo', country: 'KE', contactEmail: 'office@partner.test', description: 'Community health.', members, verificationStatus },
  })
}
