import type { Payload } from 'payload'
import sharp from 'sharp'

import { slugify } from '@/fields/slug'

import type { CarePackage, FxRate, Hospital, Media, Specialty, User } from '../../../payload-types'

/**
 * The tenants, records and people the access tests act on. Everything here is set up
 * through the Local API without a user (a trusted set-up, so access is not in question);
 * the tests themselves always act as a user with `overrideAccess: false`.
 */

export const PASSWORD = 'correct-horse-battery-staple'

/** A signed-in staff user as Payload hands it to access functions. */
export type Actor = User & { collection: 'users' }

let serial = 0
/** A value no other record in this database carries (slugs and emails are unique). */
export function unique(prefix: string): string {
  serial += 1
  return `${prefix}-${serial}-${process.pid}`
}

export interface UploadFile {
  data: Buffer
  mimetype: 'image/png'
  name: string
  size: number
}

/** A real 4×4 PNG: Payload inspects the bytes of an upload, not its name. */
export async function tinyPng(): Promise<UploadFile> {
  const data = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } }).png().toBuffer()
  return { data, mimetype: 'image/png', name: 'x.png', size: data.length }
}

export function createHospital(
  payload: Payload,
  status: Hospital['verificationStatus'],
  label = 'Hospital',
): Promise<Hospital> {
  const name = unique(label)
  return payload.create({
    collection: 'hospitals',
    locale: 'en',
    depth: 0,
    data: { name, slug: slugify(name), prefecture: 'tokyo', city: 'Chiyoda', verificationStatus: status },
  })
}

export function createPackage(
  payload: Payload,
  hospital: string,
  status: CarePackage['status'],
  label = 'Package',
): Promise<CarePackage> {
  const title = unique(label)
  return payload.create({
    collection: 'care-packages',
    locale: 'en',
    depth: 0,
    data: { title, slug: slugify(title), hospital, status, priceJPY: 250_000, stayNights: 2 },
  })
}

export async function createMedia(payload: Payload, hospital: string | null, label = 'Image'): Promise<Media> {
  return payload.create({
    collection: 'media',
    locale: 'en',
    depth: 0,
    data: { alt: unique(label), hospital },
    file: await tinyPng(),
  })
}

export function createSpecialty(payload: Payload): Promise<Specialty> {
  const name = unique('Specialty')
  return payload.create({ collection: 'specialties', locale: 'en', depth: 0, data: { name, slug: slugify(name) } })
}

const currencyPool: FxRate['currency'][] = [
  'EUR', 'GBP', 'CNY', 'TWD', 'HKD', 'KRW', 'VND', 'THB', 'IDR', 'PHP', 'MYR', 'SGD', 'INR', 'RUB', 'SAR', 'AED', 'BRL',
  'AUD', 'MNT',
]

/** A currency no exchange rate uses yet (currency is unique). */
export function freshCurrency(): FxRate['currency'] {
  const currency = currencyPool.shift()
  if (!currency) throw new Error('The test ran out of unused currencies; use fewer fx-rates.')
  return currency
}

export function createFxRate(payload: Payload, currency: FxRate['currency'] = freshCurrency()): Promise<FxRate> {
  return payload.create({
    collection: 'fx-rates',
    depth: 0,
    data: { currency, yenPerUnit: 150, asOf: '2026-01-05T00:00:00.000Z' },
  })
}

export async function createUser(
  payload: Payload,
  roles: User['roles'],
  hospitals: string[] = [],
  label = 'user',
): Promise<Actor> {
  const user = await payload.create({
    collection: 'users',
    depth: 0,
    data: { email: `${unique(label)}@kakehashi.test`, password: PASSWORD, roles, hospitals, name: label },
  })
  return { ...user, collection: 'users' }
}

/** Re-reads a user as access functions would see it after a change (roles, hospitals). */
export async function reloadActor(payload: Payload, id: string): Promise<Actor> {
  const user = await payload.findByID({ collection: 'users', id, depth: 0 })
  return { ...user, collection: 'users' }
}

export interface World {
  hospitals: { A: Hospital; B: Hospital; C: Hospital }
  packages: {
    publishedA: CarePackage
    draftA: CarePackage
    publishedB: CarePackage
    draftB: CarePackage
    /** Published, but its hospital is still a draft: must not be public. */
    publishedC: CarePackage
  }
  media: { A: Media; B: Media; C: Media; shared: Media }
  specialty: Specialty
  fxRate: FxRate
  users: {
    platformAdmin: Actor
    editor: Actor
    hospitalAdminA: Actor
    hospitalStaffA: Actor
    hospitalStaffB: Actor
    hospitalAdminC: Actor
  }
}

/** Hospitals A and B (verified) and C (draft), with packages, images and a person per role. */
export async function buildWorld(payload: Payload): Promise<World> {
  const A = await createHospital(payload, 'verified', 'Hospital A')
  const B = await createHospital(payload, 'verified', 'Hospital B')
  const C = await createHospital(payload, 'draft', 'Hospital C')
  return {
    hospitals: { A, B, C },
    packages: {
      publishedA: await createPackage(payload, A.id, 'published', 'Published A'),
      draftA: await createPackage(payload, A.id, 'draft', 'Draft A'),
      publishedB: await createPackage(payload, B.id, 'published', 'Published B'),
      draftB: await createPackage(payload, B.id, 'draft', 'Draft B'),
      publishedC: await createPackage(payload, C.id, 'published', 'Published C'),
    },
    media: {
      A: await createMedia(payload, A.id, 'Image A'),
      B: await createMedia(payload, B.id, 'Image B'),
      C: await createMedia(payload, C.id, 'Image C'),
      shared: await createMedia(payload, null, 'Shared image'),
    },
    specialty: await createSpecialty(payload),
    fxRate: await createFxRate(payload, 'USD'),
    users: {
      platformAdmin: await createUser(payload, ['platform-admin'], [], 'platform-admin'),
      editor: await createUser(payload, ['editor'], [], 'editor'),
      hospitalAdminA: await createUser(payload, ['hospital-admin'], [A.id], 'hospital-admin-a'),
      hospitalStaffA: await createUser(payload, ['hospital-staff'], [A.id], 'hospital-staff-a'),
      hospitalStaffB: await createUser(payload, ['hospital-staff'], [B.id], 'hospital-staff-b'),
      hospitalAdminC: await createUser(payload, ['hospital-admin'], [C.id], 'hospital-admin-c'),
    },
  }
}

/** The HTTP-like status of an error a Payload operation threw (500 when it carries none). */
export function statusOf(error: unknown): number {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    return error.status
  }
  return 500
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; status: number; message: string }

/** Runs an operation and reports what the caller saw: the result, or the error's status and message. */
export async function attempt<T>(run: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    return { ok: false, status: statusOf(error), message: error instanceof Error ? error.message : String(error) }
  }
}
