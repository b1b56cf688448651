import config from '@payload-config'
import { getPayload } from 'payload'

import { relationId } from '@/access/roles'
import type { AppLocale } from '@/i18n/locales'
import type { SignedInPatient } from '@/patients/session'

import type { Inquiry, InquiryMessage, MedicalDocument } from '../../payload-types'

export interface PatientThread {
  inquiry: Inquiry
  hospital: { name: string; slug: string }
  pkg: { title: string; slug: string } | null
  messages: Pick<InquiryMessage, 'id' | 'authorType' | 'body' | 'createdAt'>[]
  documents: Pick<MedicalDocument, 'id' | 'originalName' | 'mimeType' | 'url' | 'filesize'>[]
}

/** One inquiry as its patient sees it, or null when it is not theirs (read with their own access). */
export async function patientThread(patient: SignedInPatient, id: string, locale: AppLocale): Promise<PatientThread | null> {
  const payload = await getPayload({ config })
  const asPatient = { user: patient, overrideAccess: false, depth: 0 } as const
  const inquiry = await payload.findByID({ ...asPatient, collection: 'inquiries', id }).catch(() => null)
  if (!inquiry) return null
  const [messages, documents, hospital, pkg] = await Promise.all([
    payload.find({
      ...asPatient,
      collection: 'inquiry-messages',
      where: { inquiry: { equals: inquiry.id } },
      sort: 'createdAt',
      pagination: false,
      select: { authorType: true, body: true, createdAt: true },
    }),
    payload.find({
      ...asPatient,
      collection: 'medical-documents',
      where: { inquiry: { equals: inquiry.id } },
      pagination: false,
      select: { originalName: true, mimeType: true, url: true, filesize: true, filename: true },
    }),
    payload.findByID({ collection: 'hospitals', id: relationId(inquiry.hospital) ?? '', locale, depth: 0, select: { name: true, slug: true }, overrideAccess: true }),
    relationId(inquiry.package)
      ? payload
          .findByID({ collection: 'care-packages', id: relationId(inquiry.package) ?? '', locale, depth: 0, select: { title: true, slug: true }, overrideAccess: true })
          .catch(() => null)
      : Promise.resolve(null),
  ])
  return {
    inquiry,
    hospital: { name: hospital.name, slug: hospital.slug },
    pkg: pkg ? { title: pkg.title, slug: pkg.slug } : null,
    messages: messages.docs,
    documents: documents.docs,
  }
}

export interface InquirySummary {
  id: string
  reference: string | null | undefined
  status: Inquiry['status']
  hospitalName: string
  updatedAt: string
}

/** The patient's inquiries, newest first, with the hospital's name. */
export async function patientInquiries(patient: SignedInPatient, locale: AppLocale): Promise<InquirySummary[]> {
  const payload = await getPayload({ config })
  const found = await payload.find({
    collection: 'inquiries',
    user: patient,
    overrideAccess: false,
    depth: 1,
    locale,
    sort: '-updatedAt',
    limit: 100,
    select: { reference: true, status: true, hospital: true, updatedAt: true },
    populate: { hospitals: { name: true } },
  })
  return found.docs.map((doc) => ({
    id: String(doc.id),
    reference: doc.reference,
    status: doc.status,
    hospitalName: typeof doc.hospital === 'object' && doc.hospital ? doc.hospital.name : '',
    updatedAt: doc.updatedAt,
  }))
}
