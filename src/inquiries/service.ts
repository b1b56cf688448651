import { unlink } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { isPatient, patientIdOf, relationId } from '@/access/roles'
import { withinTransaction } from '@/db/transaction'
import { env } from '@/env'
import { getTranslator } from '@/i18n/server'

import type { Inquiry, InquiryMessage } from '../../payload-types'
import { messageLocale } from './locale'
import { isQuoteExpired } from './quote'
import { validateInquiry, type IncomingFile, type InquiryFormInput } from './validation'

/** An error the patient caused, with its HTTP status and message (and field messages) in their language. */
export class InquiryError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message)
    this.name = 'InquiryError'
  }
}

export interface CreateInquiryInput extends InquiryFormInput {
  /** The hospital asked (the page resolved its slug). */
  hospitalId: string
  /** The package the question is about, when asked from a package page. */
  packageId?: string | null
}

const t = (req: PayloadRequest) => getTranslator(messageLocale(req), 'inquiries')

function signedInPatientId(req: PayloadRequest): string {
  const id = patientIdOf(req.user)
  if (!isPatient(req.user) || !id) throw new InquiryError(401, t(req)('errors.signIn'))
  return id
}

/** Removes files written on this request (a rolled-back transaction leaves them on disk). */
async function removeWrittenFiles(req: PayloadRequest): Promise<void> {
  const names = (req.context.medicalDocumentFiles as string[] | undefined) ?? []
  const dir = path.resolve(env.medicalDocumentsDir)
  await Promise.all(names.map((name) => unlink(path.join(dir, path.basename(name))).catch(() => undefined)))
  req.context.medicalDocumentFiles = []
}

/** Runs `work` in one transaction; if anything fails, nothing remains: no rows, no files. */
async function allOrNothing<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const result = await withinTransaction(req, work, () => removeWrittenFiles(req))
  req.context.medicalDocumentFiles = []
  return result
}

/**
 * A patient asks a hospital a question, with documents, under their explicit consent. Every field
 * and file is checked first (all problems reported together, nothing stored); then the consent,
 * the inquiry, its first message, the documents and the hospital's notification are written
 * together or not at all.
 */
export async function createInquiry(req: PayloadRequest, input: CreateInquiryInput, files: IncomingFile[]): Promise<Inquiry> {
  const patient = signedInPatientId(req)
  const locale = messageLocale(req)
  const checked = validateInquiry(locale, input, files)
  if (!checked.ok) throw new InquiryError(400, t(req)('errors.summary'), checked.fieldErrors)

  // The hospital and package as the public sees them: a draft or suspended hospital takes no inquiries.
  const hospital = await req.payload
    .findByID({ collection: 'hospitals', id: input.hospitalId, depth: 0, req, user: req.user, overrideAccess: false, select: { name: true } })
    .catch(() => null)
  if (!hospital) throw new InquiryError(404, t(req)('errors.hospitalUnavailable'))
  if (input.packageId) {
    const pkg = await req.payload
      .findByID({ collection: 'care-packages', id: input.packageId, depth: 0, req, user: req.user, overrideAccess: false, select: { hospital: true } })
      .catch(() => null)
    if (!pkg || relationId(pkg.hospital) !== String(hospital.id)) throw new InquiryError(404, t(req)('errors.hospitalUnavailable'))
  }

  return allOrNothing(req, async () => {
    const asPatient = { req, user: req.user, overrideAccess: false, depth: 0 } as const
    const consent = await req.payload.create({
      ...asPatient,
      collection: 'consents',
      data: { patient, hospital: hospital.id, locale, purpose: 'medical-data-to-hospital', textVersion: '', text: '', givenAt: new Date().toISOString() },
    })
    const inquiry = await req.payload.create({
      ...asPatient,
      collection: 'inquiries',
      data: {
        patient,
        hospital: hospital.id,
        package: input.packageId ?? null,
        consent: consent.id,
        status: 'new',
        ...checked.value,
      },
    })
    const documents: string[] = []
    for (const file of checked.files) {
      const doc = await req.payload.create({
        ...asPatient,
        collection: 'medical-documents',
        data: { inquiry: inquiry.id },
        file: { data: file.data, mimetype: file.mimeType, name: file.name, size: file.data.length },
      })
      documents.push(String(doc.id))
    }
    if (documents.length === 0) return inquiry
    // The inquiry's document list is written only here, by the service that stored them
    // (nobody edits it over the API, so the patient's own update access does not exist).
    return req.payload.update({ collection: 'inquiries', id: inquiry.id, data: { documents }, req, overrideAccess: true, depth: 0 })
  })
}

/** The patient's inquiry, or a 404 for anybody else (another patient learns nothing of it). */
async function ownInquiry(req: PayloadRequest, inquiryId: string): Promise<Inquiry> {
  signedInPatientId(req)
  const inquiry = await req.payload
    .findByID({ collection: 'inquiries', id: inquiryId, depth: 0, req, user: req.user, overrideAccess: false })
    .catch(() => null)
  if (!inquiry) throw new InquiryError(404, t(req)('errors.notFound'))
  return inquiry
}

/** The patient writes in their thread; the hospital hears of it and the inquiry waits for them again. */
export async function postPatientMessage(req: PayloadRequest, inquiryId: string, body: unknown): Promise<InquiryMessage> {
  await ownInquiry(req, inquiryId)
  const text = typeof body === 'string' ? body.trim() : ''
  if (!text) throw new InquiryError(400, t(req)('errors.summary'), { body: t(req)('errors.required') })
  if (text.length > 10_000) throw new InquiryError(400, t(req)('errors.summary'), { body: t(req)('errors.tooLong', { max: 10_000 }) })
  return allOrNothing(req, () =>
    req.payload.create({
      collection: 'inquiry-messages',
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
      data: { inquiry: inquiryId, body: text, authorType: 'patient' },
    }),
  )
}

export interface AcceptedQuote {
  inquiry: Inquiry
  /** Where the patient picks a date (`/packages/<slug>/book?inquiry=<id>`), or null without a package. */
  bookPath: string | null
}

/**
 * The patient accepts the hospital's quote while it is valid. From then on the quote is frozen
 * (staff cannot change it) and the booking copies it as the agreed price.
 */
export async function acceptQuote(req: PayloadRequest, inquiryId: string): Promise<AcceptedQuote> {
  const inquiry = await ownInquiry(req, inquiryId)
  if (inquiry.response?.decision !== 'accepted' || !inquiry.response.quote) throw new InquiryError(409, t(req)('errors.noQuote'))
  let accepted = inquiry
  if (!inquiry.quoteAcceptedAt) {
    if (isQuoteExpired(inquiry.response.quote.validUntil)) throw new InquiryError(409, t(req)('errors.quoteExpired'))
    // Patients cannot update inquiries over the API; this service checked ownership and validity.
    accepted = await allOrNothing(req, () =>
      req.payload.update({
        collection: 'inquiries',
        id: inquiry.id,
        data: { quoteAcceptedAt: new Date().toISOString() },
        req,
        overrideAccess: true,
        depth: 0,
      }),
    )
  }
  return { inquiry: accepted, bookPath: await bookPathOf(req, accepted) }
}

async function bookPathOf(req: PayloadRequest, inquiry: Inquiry): Promise<string | null> {
  const packageId = relationId(inquiry.package)
  if (!packageId) return null
  // The package's slug only, to build a link (a public record once the hospital quoted it).
  const pkg = await req.payload.findByID({ collection: 'care-packages', id: packageId, depth: 0, req, overrideAccess: true, select: { slug: true } })
  return `/${messageLocale(req)}/packages/${pkg.slug}/book?inquiry=${inquiry.id}`
}
