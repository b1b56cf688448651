import { cache } from 'react'

import { payloadClient } from '@/catalogue/queries'
import type { AppLocale } from '@/i18n/locales'
import type { SignedInPatient } from '@/patients/session'

import type { Partner, PartnerRequest } from '../../payload-types'

export type PublicPartner = Pick<Partner, 'id' | 'name' | 'slug' | 'kind' | 'country' | 'website' | 'description'>

/** Verified partners, as the public sees them. */
export const listVerifiedPartners = cache(async (locale: AppLocale): Promise<PublicPartner[]> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'partners',
    locale,
    depth: 0,
    user: null,
    overrideAccess: false,
    where: { verificationStatus: { equals: 'verified' } },
    select: { name: true, slug: true, kind: true, country: true, website: true, description: true },
    sort: 'name',
    pagination: false,
  })
  return result.docs as PublicPartner[]
})

/** The organisation the signed-in account acts for (any state), read as that account. */
export async function ownPartner(patient: SignedInPatient, locale: AppLocale): Promise<Partner | null> {
  const payload = await payloadClient()
  // Which organisation lists this account as a member: `members` cannot be queried by the
  // account itself (nobody may probe who belongs where), so the lookup of the ID bypasses
  // access; the organisation is then read as the account.
  const membership = await payload.find({
    collection: 'partners',
    where: { members: { in: [String(patient.id)] } },
    select: { slug: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const id = membership.docs[0]?.id
  if (!id) return null
  return payload.findByID({ collection: 'partners', id, locale, depth: 0, user: patient, overrideAccess: false }).catch(() => null)
}

export interface OwnRequest {
  id: string
  subject: string
  kind: PartnerRequest['kind']
  status: PartnerRequest['status']
  createdAt: string
  solution: { title: string; slug: string } | null
}

/** The requests of the account's organisation, newest first, as the account reads them. */
export async function ownPartnerRequests(patient: SignedInPatient, locale: AppLocale): Promise<OwnRequest[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'partner-requests',
    locale,
    depth: 1,
    user: patient,
    overrideAccess: false,
    select: { subject: true, kind: true, status: true, createdAt: true, solution: true },
    populate: { solutions: { title: true, slug: true } },
    sort: '-createdAt',
    pagination: false,
  })
  return result.docs.map((doc) => ({
    id: String(doc.id),
    subject: doc.subject,
    kind: doc.kind,
    status: doc.status,
    createdAt: doc.createdAt,
    solution: typeof doc.solution === 'object' && doc.solution ? { title: doc.solution.title, slug: doc.solution.slug } : null,
  }))
}
