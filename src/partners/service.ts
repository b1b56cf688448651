import type { PayloadRequest } from 'payload'

import { isPatient, patientIdOf } from '@/access/roles'
import { withinTransaction } from '@/db/transaction'
import { slugify } from '@/fields/slug'
import { getTranslator } from '@/i18n/server'
import { messageLocale } from '@/inquiries/locale'

import type { Partner, PartnerRequest } from '../../payload-types'
import { partnerIdsOf } from './access'
import { validatePartner, validateRequest, type PartnerFormInput, type RequestFormInput } from './validation'

/** An error the visitor caused, with its HTTP status and message (and field messages) in their language. */
export class PartnerError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message)
    this.name = 'PartnerError'
  }
}

const t = (req: PayloadRequest) => getTranslator(messageLocale(req), 'partners')

function signedInAccountId(req: PayloadRequest): string {
  const id = patientIdOf(req.user)
  if (!isPatient(req.user) || !id) throw new PartnerError(401, t(req)('errors.signIn'))
  return id
}

/** A slug no other partner uses: the name's, then with -2, -3 … */
async function freeSlug(req: PayloadRequest, name: string): Promise<string> {
  const base = slugify(name) || 'partner'
  for (let n = 1; n < 50; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`
    // Slugs are unique across every partner, visible or not: the check must see them all.
    const { totalDocs } = await req.payload.count({ collection: 'partners', where: { slug: { equals: slug } }, req, overrideAccess: true })
    if (totalDocs === 0) return slug
  }
  return `${base}-${Date.now()}`
}

/**
 * The signed-in account registers its organisation: it becomes the first member, and the
 * organisation waits for platform staff to verify it. An account belongs to one organisation.
 */
export async function registerPartner(req: PayloadRequest, input: PartnerFormInput): Promise<Partner> {
  signedInAccountId(req)
  const checked = validatePartner(messageLocale(req), input)
  if (!checked.ok) throw new PartnerError(400, t(req)('errors.summary'), checked.fieldErrors)
  if ((await partnerIdsOf(req)).length > 0) throw new PartnerError(409, t(req)('errors.alreadyMember'))
  const locale = messageLocale(req)
  return withinTransaction(req, async () =>
    req.payload.create({
      collection: 'partners',
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
      // The description is written in the visitor's language; the name is the organisation's own.
      locale,
      data: { ...checked.value, country: checked.value.country as Partner['country'], slug: await freeSlug(req, checked.value.name), verificationStatus: 'pending' },
    }),
  )
}

export interface CreateRequestInput extends RequestFormInput {
  solutionId?: string | null
  trainingProgramId?: string | null
}

/**
 * A member asks on behalf of their organisation. Pending organisations may ask too (the request
 * is flagged for staff, who verify the organisation first); a rejected one may not.
 */
export async function createPartnerRequest(req: PayloadRequest, input: CreateRequestInput): Promise<PartnerRequest> {
  signedInAccountId(req)
  const checked = validateRequest(messageLocale(req), input)
  if (!checked.ok) throw new PartnerError(400, t(req)('errors.summary'), checked.fieldErrors)
  const [partnerId] = await partnerIdsOf(req)
  if (!partnerId) throw new PartnerError(403, t(req)('errors.registerFirst'))

  let solution: string | null = null
  if (checked.value.kind === 'solution') {
    if (!input.solutionId) throw new PartnerError(400, t(req)('errors.summary'), { kind: t(req)('errors.solutionUnavailable') })
    // The solution as the public sees it: only a published one can be asked for.
    const found = await req.payload
      .findByID({ collection: 'solutions', id: input.solutionId, depth: 0, req, user: req.user, overrideAccess: false, select: { slug: true } })
      .catch(() => null)
    if (!found) throw new PartnerError(404, t(req)('errors.solutionUnavailable'))
    solution = String(found.id)
  }
  let trainingProgram: string | null = null
  if (checked.value.kind === 'training' && input.trainingProgramId) {
    const found = await req.payload
      .findByID({ collection: 'training-programs', id: input.trainingProgramId, depth: 0, req, user: req.user, overrideAccess: false, select: { slug: true } })
      .catch(() => null)
    trainingProgram = found ? String(found.id) : null
  }

  return withinTransaction(req, () =>
    req.payload.create({
      collection: 'partner-requests',
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
      data: { ...checked.value, partner: partnerId, requestedBy: signedInAccountId(req), solution, trainingProgram, status: 'new' },
    }),
  )
}
