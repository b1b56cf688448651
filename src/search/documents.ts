import type { Payload, PayloadRequest, Where } from 'payload'

import { relationId } from '@/access/roles'
import { locales, type AppLocale } from '@/i18n/locales'
import { resources } from '@/i18n/resources'

import { priceBandOf, stayBandOf } from './bands'
import type { LocalizedText, SearchDoc } from './port'

/**
 * Builds search documents from the database: published packages of verified hospitals, and
 * verified hospitals. The database is the truth; the index is a copy these functions can always
 * rebuild.
 *
 * Every read here runs with `overrideAccess: true` (the Local API's default, spelled out): the
 * index must reflect what is public whoever triggered the sync (an editor's job, a script), and
 * a visitor's access rules would hide nothing we need but cost joins. Public-ness is therefore
 * filtered explicitly (`verificationStatus: verified`, `status: published`) in every query.
 *
 * Reads ask for `locale: 'all'` (localized fields come back as `{ en, ja, … }`) rather than one
 * find per locale: Payload's SQLite adapter loads a record's rows of every locale in any find
 * (one query, the locales table joined) and picks the requested locale in JavaScript, so `'all'`
 * costs what a single-locale find costs, where thirteen finds would cost thirteen times that.
 * `select` keeps each row to the fields a document needs.
 */

const trusted = { overrideAccess: true } as const

/** Rows per query: enough to amortise round trips, small enough to keep memory flat on big catalogues. */
export const DEFAULT_BATCH_SIZE = 200

export type SyncedCollection = 'care-packages' | 'hospitals'

export const searchDocId = {
  package: (id: string): string => `package:${id}`,
  hospital: (id: string): string => `hospital:${id}`,
}

const publishedPackage: Where = { status: { equals: 'published' } }
const verifiedHospital: Where = { verificationStatus: { equals: 'verified' } }

const hospitalSelect = {
  name: true,
  summary: true,
  slug: true,
  specialties: true,
  prefecture: true,
  city: true,
  coordinates: true,
  accreditations: true,
  languages: true,
  support: true,
} as const

const packageSelect = {
  title: true,
  summary: true,
  slug: true,
  hospital: true,
  specialty: true,
  stayNights: true,
  priceJPY: true,
  languages: true,
} as const

/** What every document of one hospital repeats, read once per hospital. */
interface HospitalFacts {
  id: string
  slug: string
  name: LocalizedText
  summary: LocalizedText
  city: LocalizedText
  prefecture: string
  specialtyIds: string[]
  languages: string[]
  accreditation: string[]
  support: string[]
  location?: { lat: number; lng: number }
}

interface SpecialtyFacts {
  slug: string
  name: LocalizedText
}

export interface BuildOptions {
  /** Joins the caller's transaction when given (a job's or a hook's request). */
  req?: PayloadRequest
  batchSize?: number
  /** Documents built so far out of the expected total (packages + hospitals). */
  onProgress?: (done: number, total: number) => void
}

// ------------------------------------------------------------------ value helpers

/** A localized field as read with `locale: 'all'`; a plain string means the field was not localized. */
function localizedText(value: unknown): LocalizedText {
  if (typeof value === 'string') return value.trim() ? { en: value } : {}
  if (!value || typeof value !== 'object') return {}
  const text: LocalizedText = {}
  for (const locale of locales) {
    const entry = (value as Record<string, unknown>)[locale]
    if (typeof entry === 'string' && entry.trim()) text[locale] = entry
  }
  return text
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string' && v !== ''))] : []
}

function ids(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return [...new Set(list.flatMap((v) => relationId(v) ?? []))]
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function prefectureLabel(prefecture: string, locale: AppLocale): string | undefined {
  const labels = resources[locale].catalogue.prefecture as Record<string, unknown> | undefined
  const label = labels?.[prefecture]
  return typeof label === 'string' ? label : undefined
}

/** Joins per-locale word lists into one text per locale, skipping locales with no words. */
function keywordText(parts: (locale: AppLocale) => (string | undefined)[]): LocalizedText {
  const text: LocalizedText = {}
  for (const locale of locales) {
    const words = [...new Set(parts(locale).filter((p): p is string => Boolean(p?.trim())))]
    if (words.length) text[locale] = words.join(' ')
  }
  return text
}

// ------------------------------------------------------------------ reads

async function readSpecialties(payload: Payload, req?: PayloadRequest): Promise<Map<string, SpecialtyFacts>> {
  const result = await payload.find({
    collection: 'specialties',
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { name: true, slug: true },
    req,
    ...trusted,
  })
  return new Map(result.docs.map((doc) => [String(doc.id), { slug: doc.slug, name: localizedText(doc.name) }]))
}

function hospitalFacts(doc: Record<string, unknown>): HospitalFacts {
  const coordinates = doc.coordinates as { lat?: unknown; lng?: unknown } | null | undefined
  const lat = finite(coordinates?.lat)
  const lng = finite(coordinates?.lng)
  const accreditations = Array.isArray(doc.accreditations) ? (doc.accreditations as { type?: unknown }[]) : []
  return {
    id: String(doc.id),
    slug: String(doc.slug),
    name: localizedText(doc.name),
    summary: localizedText(doc.summary),
    city: localizedText(doc.city),
    prefecture: String(doc.prefecture),
    specialtyIds: ids(doc.specialties),
    languages: strings(doc.languages),
    accreditation: strings(accreditations.map((a) => a.type)),
    support: strings(doc.support),
    ...(lat !== undefined && lng !== undefined ? { location: { lat, lng } } : {}),
  }
}

/** Every page of a find, one page in memory at a time. */
async function* pages<T>(
  fetch: (page: number) => Promise<{ docs: T[]; hasNextPage: boolean }>,
): AsyncGenerator<T[]> {
  for (let page = 1; ; page += 1) {
    const result = await fetch(page)
    if (result.docs.length) yield result.docs
    if (!result.hasNextPage) return
  }
}

function hospitalPages(payload: Payload, where: Where, batchSize: number, req?: PayloadRequest) {
  return pages((page) =>
    payload.find({
      collection: 'hospitals',
      where: { and: [verifiedHospital, where] },
      locale: 'all',
      depth: 0,
      limit: batchSize,
      page,
      sort: 'id',
      select: hospitalSelect,
      req,
      ...trusted,
    }),
  )
}

function packagePages(payload: Payload, where: Where, batchSize: number, req?: PayloadRequest) {
  return pages((page) =>
    payload.find({
      collection: 'care-packages',
      where: { and: [publishedPackage, where] },
      locale: 'all',
      depth: 0,
      limit: batchSize,
      page,
      sort: 'id',
      select: packageSelect,
      req,
      ...trusted,
    }),
  )
}

// ------------------------------------------------------------------ documents

function packageDoc(doc: Record<string, unknown>, hospital: HospitalFacts, specialties: Map<string, SpecialtyFacts>): SearchDoc {
  const id = String(doc.id)
  const specialty = specialties.get(relationId(doc.specialty) ?? '')
  const priceJPY = finite(doc.priceJPY)
  const stayNights = finite(doc.stayNights)
  return {
    id: searchDocId.package(id),
    type: 'package',
    recordId: id,
    slug: String(doc.slug),
    hospitalId: hospital.id,
    hospitalSlug: hospital.slug,
    title: localizedText(doc.title),
    summary: localizedText(doc.summary),
    hospitalName: hospital.name,
    keywords: keywordText((locale) => [specialty?.name[locale], hospital.city[locale], prefectureLabel(hospital.prefecture, locale)]),
    specialty: specialty ? [specialty.slug] : [],
    prefecture: hospital.prefecture,
    // A package can be had in its own languages and in every language its hospital's staff speak.
    language: [...new Set([...strings(doc.languages), ...hospital.languages])],
    accreditation: hospital.accreditation,
    support: hospital.support,
    ...(priceJPY !== undefined ? { priceJPY, priceBand: priceBandOf(priceJPY) } : {}),
    ...(stayNights !== undefined ? { stayNights, stayBand: stayBandOf(stayNights) } : {}),
    ...(hospital.location ? { location: hospital.location } : {}),
  }
}

function hospitalDoc(hospital: HospitalFacts, specialties: Map<string, SpecialtyFacts>, cheapestJPY: number | undefined): SearchDoc {
  const own = hospital.specialtyIds.flatMap((id) => specialties.get(id) ?? [])
  return {
    id: searchDocId.hospital(hospital.id),
    type: 'hospital',
    recordId: hospital.id,
    slug: hospital.slug,
    hospitalId: hospital.id,
    hospitalSlug: hospital.slug,
    title: hospital.name,
    summary: hospital.summary,
    hospitalName: hospital.name,
    keywords: keywordText((locale) => [
      ...own.map((s) => s.name[locale]),
      hospital.city[locale],
      prefectureLabel(hospital.prefecture, locale),
    ]),
    specialty: own.map((s) => s.slug),
    prefecture: hospital.prefecture,
    language: hospital.languages,
    accreditation: hospital.accreditation,
    support: hospital.support,
    // The price filter finds a hospital by what its cheapest published package costs.
    ...(cheapestJPY !== undefined ? { priceJPY: cheapestJPY, priceBand: priceBandOf(cheapestJPY) } : {}),
    ...(hospital.location ? { location: hospital.location } : {}),
  }
}

/**
 * The documents of a set of verified hospitals (matching `where`) and their published packages,
 * one batch of hospitals at a time. Yields each batch's package docs, then its hospital docs.
 */
async function* documentsOfHospitals(
  payload: Payload,
  where: Where,
  specialties: Map<string, SpecialtyFacts>,
  options: { batchSize: number; req?: PayloadRequest },
): AsyncGenerator<SearchDoc[]> {
  for await (const batch of hospitalPages(payload, where, options.batchSize, options.req)) {
    const hospitals = new Map(batch.map((doc) => [String(doc.id), hospitalFacts(doc as unknown as Record<string, unknown>)]))
    const cheapest = new Map<string, number>()
    const packageWhere: Where = { hospital: { in: [...hospitals.keys()] } }
    for await (const packages of packagePages(payload, packageWhere, options.batchSize, options.req)) {
      const docs: SearchDoc[] = []
      for (const row of packages) {
        const hospital = hospitals.get(relationId(row.hospital) ?? '')
        if (!hospital) continue
        const doc = packageDoc(row as unknown as Record<string, unknown>, hospital, specialties)
        if (doc.priceJPY !== undefined) {
          const known = cheapest.get(hospital.id)
          if (known === undefined || doc.priceJPY < known) cheapest.set(hospital.id, doc.priceJPY)
        }
        docs.push(doc)
      }
      if (docs.length) yield docs
    }
    yield [...hospitals.values()].map((hospital) => hospitalDoc(hospital, specialties, cheapest.get(hospital.id)))
  }
}

/** How many documents a full build will produce (for progress reporting). */
export async function countAllDocuments(payload: Payload, req?: PayloadRequest): Promise<{ packages: number; hospitals: number }> {
  const [hospitals, packages] = await Promise.all([
    payload.count({ collection: 'hospitals', where: verifiedHospital, req, ...trusted }),
    payload.count({
      collection: 'care-packages',
      where: { and: [publishedPackage, { 'hospital.verificationStatus': { equals: 'verified' } }] },
      req,
      ...trusted,
    }),
  ])
  return { packages: packages.totalDocs, hospitals: hospitals.totalDocs }
}

/**
 * Every public document, built in batches (hospitals a page at a time, each page's packages a page
 * at a time) so the database never hands over the whole catalogue in one result.
 */
export async function* iterateAllDocuments(payload: Payload, options: BuildOptions = {}): AsyncGenerator<SearchDoc[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE
  const specialties = await readSpecialties(payload, options.req)
  yield* documentsOfHospitals(payload, {}, specialties, { batchSize, req: options.req })
}

/** Every public document, for `SearchIndex.replaceAll` (which needs them all to swap atomically). */
export async function buildAllDocuments(payload: Payload, options: BuildOptions = {}): Promise<SearchDoc[]> {
  const total = options.onProgress ? await countAllDocuments(payload, options.req) : undefined
  const expected = total ? total.packages + total.hospitals : 0
  const all: SearchDoc[] = []
  for await (const batch of iterateAllDocuments(payload, options)) {
    for (const doc of batch) all.push(doc)
    // Records can be published while we read: never report more done than expected.
    options.onProgress?.(all.length, Math.max(expected, all.length))
  }
  return all
}

/**
 * The public documents of one record as the database has them now: none when it is not public
 * (or gone). A package gives its own document; a hospital gives its document and those of all
 * its published packages (`withPackages: false` for the hospital document alone).
 */
export async function buildDocumentsFor(
  payload: Payload,
  target: { collection: SyncedCollection; id: string; withPackages?: boolean },
  options: Pick<BuildOptions, 'req' | 'batchSize'> = {},
): Promise<SearchDoc[]> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE
  const specialties = await readSpecialties(payload, options.req)

  if (target.collection === 'hospitals') {
    const docs: SearchDoc[] = []
    for await (const batch of documentsOfHospitals(payload, { id: { equals: target.id } }, specialties, { batchSize, req: options.req })) {
      for (const doc of batch) if (target.withPackages !== false || doc.type === 'hospital') docs.push(doc)
    }
    return docs
  }

  const found = await payload.find({
    collection: 'care-packages',
    where: { and: [publishedPackage, { id: { equals: target.id } }] },
    locale: 'all',
    depth: 0,
    limit: 1,
    pagination: false,
    select: packageSelect,
    req: options.req,
    ...trusted,
  })
  const row = found.docs[0]
  const hospitalId = relationId(row?.hospital)
  if (!row || !hospitalId) return []
  const hospital = await payload.find({
    collection: 'hospitals',
    where: { and: [verifiedHospital, { id: { equals: hospitalId } }] },
    locale: 'all',
    depth: 0,
    limit: 1,
    pagination: false,
    select: hospitalSelect,
    req: options.req,
    ...trusted,
  })
  const facts = hospital.docs[0]
  if (!facts) return []
  return [packageDoc(row as unknown as Record<string, unknown>, hospitalFacts(facts as unknown as Record<string, unknown>), specialties)]
}

/** IDs of the records that show a specialty (its name is in their keywords), to re-index after it changes. */
export async function recordsUsingSpecialty(
  payload: Payload,
  specialtyId: string,
  req?: PayloadRequest,
): Promise<{ hospitalIds: string[] }> {
  const hospitalIds = new Set<string>()
  for await (const batch of pages((page) =>
    payload.find({
      collection: 'hospitals',
      where: { and: [verifiedHospital, { specialties: { in: [specialtyId] } }] },
      depth: 0,
      limit: DEFAULT_BATCH_SIZE,
      page,
      select: { slug: true },
      req,
      ...trusted,
    }),
  )) {
    for (const doc of batch) hospitalIds.add(String(doc.id))
  }
  for await (const batch of pages((page) =>
    payload.find({
      collection: 'care-packages',
      where: { and: [publishedPackage, { specialty: { equals: specialtyId } }] },
      depth: 0,
      limit: DEFAULT_BATCH_SIZE,
      page,
      select: { hospital: true },
      req,
      ...trusted,
    }),
  )) {
    for (const doc of batch) {
      const id = relationId(doc.hospital)
      if (id) hospitalIds.add(id)
    }
  }
  return { hospitalIds: [...hospitalIds] }
}
