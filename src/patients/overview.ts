import { Forbidden, type Where } from 'payload'

import { patientsPayload } from './service'
import type { SignedInPatient } from './session'

type Doc = Record<string, unknown> & { id: string }

export interface AccountOverview {
  inquiries: Doc[]
  bookings: Doc[]
  documents: Doc[]
  consents: Doc[]
}

/**
 * What the account page lists, read as the patient (their own access rules decide), newest first,
 * with the hospital populated for its name.
 */
export async function accountOverview(patient: SignedInPatient, locale: string): Promise<AccountOverview> {
  const payload = await patientsPayload()
  const mine: Where = { patient: { equals: patient.id } }
  const list = async (collection: 'inquiries' | 'bookings' | 'medical-documents' | 'consents'): Promise<Doc[]> => {
    try {
      const found = await payload.find({
        collection,
        where: mine,
        user: patient,
        overrideAccess: false,
        depth: 1,
        limit: 50,
        sort: '-createdAt',
        locale: locale as never,
      })
      return found.docs as unknown as Doc[]
    } catch (error) {
      // A collection that gives patients no read access at all simply has nothing to list.
      if (error instanceof Forbidden) return []
      throw error
    }
  }
  const [inquiries, bookings, documents, consents] = await Promise.all([
    list('inquiries'),
    list('bookings'),
    list('medical-documents'),
    list('consents'),
  ])
  return { inquiries, bookings, documents, consents }
}
