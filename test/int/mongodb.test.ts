import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload, usingMongo } from './harness'

/**
 * Production runs on MongoDB (docker-compose.yml). With TEST_MONGODB_URI set, test/int/setup.ts
 * points every integration file at a fresh database on that server; this file adds the checks
 * that only mean something there. Without it, the suite says so loudly instead of passing silently.
 */
if (!usingMongo) {
  console.warn('MongoDB integration suite skipped: set TEST_MONGODB_URI=mongodb://… to run it')
}

const OBJECT_ID = /^[0-9a-f]{24}$/

describe.skipIf(!usingMongo)('MongoDB adapter', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    // Each file gets a database of its own on the developer's server; leave nothing behind.
    const db = payload?.db as unknown as { connection?: { dropDatabase: () => Promise<unknown> } } | undefined
    await db?.connection?.dropDatabase()
  })

  it('is the MongoDB adapter on the database TEST_MONGODB_URI names', () => {
    expect(payload.db.name).toBe('mongoose')
    expect(payload.db.defaultIDType).toBe('text')
    const server = new URL(process.env.TEST_MONGODB_URI ?? '').host
    expect(process.env.DATABASE_URI).toContain(server)
  })

  it('gives documents ObjectId-shaped string ids, and relationships keep them', async () => {
    const specialty = await payload.create({
      collection: 'specialties',
      locale: 'en',
      data: { name: 'Oncology', slug: 'oncology' },
    })
    expect(typeof specialty.id).toBe('string')
    expect(specialty.id).toMatch(OBJECT_ID)

    const hospital = await payload.create({
      collection: 'hospitals',
      locale: 'en',
      data: {
        name: 'Relational General',
        slug: 'relational-general',
        prefecture: 'tokyo',
        city: 'Minato',
        verificationStatus: 'verified',
        specialties: [specialty.id],
      },
    })
    expect(hospital.id).toMatch(OBJECT_ID)

    const found = await payload.find({
      collection: 'hospitals',
      where: { specialties: { in: [specialty.id] } },
      depth: 0,
    })
    expect(found.docs.map((doc) => doc.id)).toEqual([hospital.id])
    expect(found.docs[0]?.specialties).toEqual([specialty.id])
  })

  it('round-trips localized text and falls back to English, then Japanese', async () => {
    const created = await payload.create({
      collection: 'specialties',
      locale: 'en',
      data: { name: 'Cardiology', slug: 'cardiology', description: 'Heart care' },
    })
    await payload.update({
      collection: 'specialties',
      id: created.id,
      locale: 'ja',
      data: { name: '循環器内科' },
    })

    const inJapanese = await payload.findByID({ collection: 'specialties', id: created.id, locale: 'ja' })
    expect(inJapanese.name).toBe('循環器内科')
    // Not translated into Japanese: falls back to the English description.
    expect(inJapanese.description).toBe('Heart care')

    const inKorean = await payload.findByID({ collection: 'specialties', id: created.id, locale: 'ko' })
    expect(inKorean.name).toBe('Cardiology')

    const byJapaneseName = await payload.find({
      collection: 'specialties',
      locale: 'ja',
      where: { name: { equals: '循環器内科' } },
    })
    expect(byJapaneseName.docs.map((doc) => doc.id)).toEqual([created.id])

    const japaneseOnly = await payload.create({
      collection: 'specialties',
      locale: 'ja',
      data: { name: '漢方内科', slug: 'kampo' },
    })
    const inThai = await payload.findByID({ collection: 'specialties', id: japaneseOnly.id, locale: 'th' })
    expect(inThai.name).toBe('漢方内科')
  })

  it('shows an anonymous reader only verified hospitals', async () => {
    await payload.create({
      collection: 'hospitals',
      locale: 'en',
      data: { name: 'Mongo Verified Clinic', slug: 'mongo-verified', prefecture: 'osaka', city: 'Kita', verificationStatus: 'verified' },
    })
    await payload.create({
      collection: 'hospitals',
      locale: 'en',
      data: { name: 'Mongo Unverified Clinic', slug: 'mongo-unverified', prefecture: 'osaka', city: 'Kita', verificationStatus: 'draft' },
    })

    const anonymous = await payload.find({
      collection: 'hospitals',
      locale: 'en',
      overrideAccess: false,
      where: { prefecture: { equals: 'osaka' } },
    })
    expect(anonymous.docs.map((doc) => doc.name)).toEqual(['Mongo Verified Clinic'])
    expect(anonymous.totalDocs).toBe(1)

    const all = await payload.find({ collection: 'hospitals', locale: 'en', where: { prefecture: { equals: 'osaka' } } })
    expect(all.totalDocs).toBe(2)
  })
})
