import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from './harness'
import {
  type Actor,
  attempt,
  buildWorld,
  createFxRate,
  createHospital,
  createMedia,
  createPackage,
  createSpecialty,
  createUser,
  freshCurrency,
  PASSWORD,
  reloadActor,
  tinyPng,
  unique,
  type UploadFile,
  type World,
} from './support/world'

/**
 * The access policy as a table, proved through the Local API as each kind of person
 * (always `user` + `overrideAccess: false`). One line per collection × operation × target;
 * each column is one role, and every cell becomes one test case.
 *
 * "list" means the record shows up in an unfiltered list; "create" means the record is
 * created with the given owner; a refused write must leave the database as it was.
 */

const roles = ['anonymous', 'platform-admin', 'editor', 'hospital-admin of A', 'hospital-staff of A'] as const
type Role = (typeof roles)[number]
type Collection = 'hospitals' | 'care-packages' | 'specialties' | 'media' | 'fx-rates' | 'users'
type Operation = 'list' | 'read by id' | 'create' | 'update' | 'delete'
type Outcome = 'yes' | 'no' | 'n/a'

const Y: Outcome = 'yes'
const N: Outcome = 'no'
const _: Outcome = 'n/a'

interface PolicyLine {
  collection: Collection
  operation: Operation
  target: string
  outcomes: Record<Role, Outcome>
}

function line(
  collection: Collection,
  operation: Operation,
  target: string,
  ...cells: [anonymous: Outcome, platformAdmin: Outcome, editor: Outcome, hospitalAdminA: Outcome, hospitalStaffA: Outcome]
): PolicyLine {
  const outcomes = Object.fromEntries(roles.map((role, i) => [role, cells[i]])) as Record<Role, Outcome>
  return { collection, operation, target, outcomes }
}

// prettier-ignore
const policy: PolicyLine[] = [
  //                                                                         anon admin editor h-admin-A h-staff-A
  // Hospitals: the public sees verified ones; a hospital's team edits its own profile; only admins create and delete.
  line('hospitals', 'list',       'A (verified, own)',                        Y,   Y,    Y,     Y,        Y),
  line('hospitals', 'list',       'B (verified)',                             Y,   Y,    Y,     Y,        Y),
  line('hospitals', 'list',       'C (draft)',                                N,   Y,    Y,     N,        N),
  line('hospitals', 'read by id', 'A (verified, own)',                        Y,   Y,    Y,     Y,        Y),
  line('hospitals', 'read by id', 'B (verified)',                             Y,   Y,    Y,     Y,        Y),
  line('hospitals', 'read by id', 'C (draft)',                                N,   Y,    Y,     N,        N),
  line('hospitals', 'create',     '',                                         N,   Y,    N,     N,        N),
  line('hospitals', 'update',     'A (verified, own)',                        N,   Y,    N,     Y,        Y),
  line('hospitals', 'update',     'B (verified)',                             N,   Y,    N,     N,        N),
  line('hospitals', 'update',     'C (draft)',                                N,   Y,    N,     N,        N),
  line('hospitals', 'delete',     'A (verified, own)',                        N,   Y,    N,     N,        N),
  line('hospitals', 'delete',     'B (verified)',                             N,   Y,    N,     N,        N),
  line('hospitals', 'delete',     'C (draft)',                                N,   Y,    N,     N,        N),

  // Care packages: public when published by a verified hospital; a hospital's team manages its own.
  line('care-packages', 'list',       'of A (published)',                     Y,   Y,    Y,     Y,        Y),
  line('care-packages', 'list',       'of A (draft)',                         N,   Y,    Y,     Y,        Y),
  line('care-packages', 'list',       'of B (published)',                     Y,   Y,    Y,     Y,        Y),
  line('care-packages', 'list',       'of B (draft)',                         N,   Y,    Y,     N,        N),
  line('care-packages', 'list',       'of draft hospital C (published)',      N,   Y,    Y,     N,        N),
  line('care-packages', 'read by id', 'of A (published)',                     Y,   Y,    Y,     Y,        Y),
  line('care-packages', 'read by id', 'of A (draft)',                         N,   Y,    Y,     Y,        Y),
  line('care-packages', 'read by id', 'of B (published)',                     Y,   Y,    Y,     Y,        Y),
  line('care-packages', 'read by id', 'of B (draft)',                         N,   Y,    Y,     N,        N),
  line('care-packages', 'read by id', 'of draft hospital C (published)',      N,   Y,    Y,     N,        N),
  line('care-packages', 'create',     'for A',                                N,   Y,    N,     Y,        Y),
  line('care-packages', 'create',     'for B',                                N,   Y,    N,     N,        N),
  line('care-packages', 'update',     'of A (published)',                     N,   Y,    N,     Y,        Y),
  line('care-packages', 'update',     'of A (draft)',                         N,   Y,    N,     Y,        Y),
  line('care-packages', 'update',     'of B (published)',                     N,   Y,    N,     N,        N),
  line('care-packages', 'update',     'of B (draft)',                         N,   Y,    N,     N,        N),
  line('care-packages', 'update',     'of draft hospital C (published)',      N,   Y,    N,     N,        N),
  line('care-packages', 'delete',     'of A (published)',                     N,   Y,    N,     Y,        Y),
  line('care-packages', 'delete',     'of A (draft)',                         N,   Y,    N,     Y,        Y),
  line('care-packages', 'delete',     'of B (published)',                     N,   Y,    N,     N,        N),
  line('care-packages', 'delete',     'of B (draft)',                         N,   Y,    N,     N,        N),
  line('care-packages', 'delete',     'of draft hospital C (published)',      N,   Y,    N,     N,        N),

  // Specialties: a shared taxonomy everyone reads and platform staff (admins, editors) maintain.
  line('specialties', 'list',       '',                                       Y,   Y,    Y,     Y,        Y),
  line('specialties', 'read by id', '',                                       Y,   Y,    Y,     Y,        Y),
  line('specialties', 'create',     '',                                       N,   Y,    Y,     N,        N),
  line('specialties', 'update',     '',                                       N,   Y,    Y,     N,        N),
  line('specialties', 'delete',     '',                                       N,   Y,    Y,     N,        N),

  // Exchange rates: everyone reads them to see approximate prices; platform staff maintain them.
  line('fx-rates', 'list',       '',                                          Y,   Y,    Y,     Y,        Y),
  line('fx-rates', 'read by id', '',                                          Y,   Y,    Y,     Y,        Y),
  line('fx-rates', 'create',     '',                                          N,   Y,    Y,     N,        N),
  line('fx-rates', 'update',     '',                                          N,   Y,    Y,     N,        N),
  line('fx-rates', 'delete',     '',                                          N,   Y,    Y,     N,        N),

  // Media: public images; a hospital's images are its team's, shared images are platform staff's.
  line('media', 'list',       'of A',                                         Y,   Y,    Y,     Y,        Y),
  line('media', 'list',       'of B',                                         Y,   Y,    Y,     Y,        Y),
  line('media', 'list',       'of draft hospital C',                          Y,   Y,    Y,     Y,        Y),
  line('media', 'list',       'shared (no hospital)',                         Y,   Y,    Y,     Y,        Y),
  line('media', 'read by id', 'of A',                                         Y,   Y,    Y,     Y,        Y),
  line('media', 'read by id', 'of B',                                         Y,   Y,    Y,     Y,        Y),
  line('media', 'read by id', 'of draft hospital C',                          Y,   Y,    Y,     Y,        Y),
  line('media', 'read by id', 'shared (no hospital)',                         Y,   Y,    Y,     Y,        Y),
  line('media', 'create',     'for A',                                        N,   Y,    N,     Y,        Y),
  line('media', 'create',     'for B',                                        N,   Y,    N,     N,        N),
  line('media', 'create',     'shared (no hospital)',                         N,   Y,    Y,     N,        N),
  line('media', 'update',     'of A',                                         N,   Y,    N,     Y,        Y),
  line('media', 'update',     'of B',                                         N,   Y,    N,     N,        N),
  line('media', 'update',     'of draft hospital C',                          N,   Y,    N,     N,        N),
  line('media', 'update',     'shared (no hospital)',                         N,   Y,    Y,     N,        N),
  line('media', 'delete',     'of A',                                         N,   Y,    N,     Y,        Y),
  line('media', 'delete',     'of B',                                         N,   Y,    N,     N,        N),
  line('media', 'delete',     'of draft hospital C',                          N,   Y,    N,     N,        N),
  line('media', 'delete',     'shared (no hospital)',                         N,   Y,    Y,     N,        N),

  // Staff users: each reads and edits themselves; platform admins manage everyone.
  line('users', 'list',       '(their own account)',                          _,   Y,    Y,     Y,        Y),
  line('users', 'list',       '(another staff user, of B)',                   N,   Y,    N,     N,        N),
  line('users', 'list',       '(a colleague, of A)',                          N,   Y,    N,     Y,        Y),
  line('users', 'read by id', '(their own account)',                          _,   Y,    Y,     Y,        Y),
  line('users', 'read by id', '(another staff user, of B)',                   N,   Y,    N,     N,        N),
  line('users', 'read by id', '(a colleague, of A)',                          N,   Y,    N,     Y,        Y),
  line('users', 'create',     '',                                             N,   Y,    N,     N,        N),
  line('users', 'update',     '(their own account)',                          _,   Y,    Y,     Y,        Y),
  line('users', 'update',     '(another staff user, of B)',                   N,   Y,    N,     N,        N),
  line('users', 'update',     '(a colleague, of A)',                          N,   Y,    N,     N,        N),
  line('users', 'delete',     '(their own account)',                          _,   Y,    N,     N,        N),
  line('users', 'delete',     '(another staff user, of B)',                   N,   Y,    N,     N,        N),
  line('users', 'delete',     '(a colleague, of A)',                          N,   Y,    N,     N,        N),
]

interface Case {
  name: string
  collection: Collection
  operation: Operation
  target: string
  role: Role
  allowed: boolean
}

const cases: Case[] = policy.flatMap(({ collection, operation, target, outcomes }) =>
  roles
    .filter((role) => outcomes[role] !== 'n/a')
    .map((role) => {
      const allowed = outcomes[role] === 'yes'
      const name = `${role} ${allowed ? 'can' : 'cannot'} ${operation} ${collection}${target ? ` ${target}` : ''}`
      return { name, collection, operation, target, role, allowed }
    }),
)

/** An existing record: the one reads and updates act on, and a disposable twin for deletes that succeed. */
interface Existing {
  id: (actor: Actor | undefined) => string
  /** A fresh record like this one (and, for "their own account", the fresh user who deletes it). */
  disposable: () => Promise<{ id: string; actor?: Actor }>
}
/** The data of a record someone tries to create. */
type Draft = () => Promise<{ data: Record<string, unknown>; file?: UploadFile }>

const fixtureKey = (collection: Collection, kind: 'existing' | 'new', target: string) => `${collection}|${kind}|${target}`

function fixtures(payload: Payload, w: World): Map<string, Existing | Draft> {
  const { A, B, C } = w.hospitals
  const existing = (collection: Collection, target: string, fixture: Existing): [string, Existing] => [
    fixtureKey(collection, 'existing', target),
    fixture,
  ]
  const draft = (collection: Collection, target: string, fixture: Draft): [string, Draft] => [
    fixtureKey(collection, 'new', target),
    fixture,
  ]
  const idOf = (doc: { id: string }) => ({ id: doc.id })
  return new Map<string, Existing | Draft>([
    existing('hospitals', 'A (verified, own)', {
      id: () => A.id,
      disposable: async () => idOf(await createHospital(payload, 'verified')),
    }),
    existing('hospitals', 'B (verified)', {
      id: () => B.id,
      disposable: async () => idOf(await createHospital(payload, 'verified')),
    }),
    existing('hospitals', 'C (draft)', {
      id: () => C.id,
      disposable: async () => idOf(await createHospital(payload, 'draft')),
    }),
    draft('hospitals', '', async () => ({ data: { name: unique('New hospital'), prefecture: 'osaka', city: 'Kita' } })),

    existing('care-packages', 'of A (published)', {
      id: () => w.packages.publishedA.id,
      disposable: async () => idOf(await createPackage(payload, A.id, 'published')),
    }),
    existing('care-packages', 'of A (draft)', {
      id: () => w.packages.draftA.id,
      disposable: async () => idOf(await createPackage(payload, A.id, 'draft')),
    }),
    existing('care-packages', 'of B (published)', {
      id: () => w.packages.publishedB.id,
      disposable: async () => idOf(await createPackage(payload, B.id, 'published')),
    }),
    existing('care-packages', 'of B (draft)', {
      id: () => w.packages.draftB.id,
      disposable: async () => idOf(await createPackage(payload, B.id, 'draft')),
    }),
    existing('care-packages', 'of draft hospital C (published)', {
      id: () => w.packages.publishedC.id,
      disposable: async () => idOf(await createPackage(payload, C.id, 'published')),
    }),
    draft('care-packages', 'for A', async () => ({
      data: { title: unique('New package'), hospital: A.id, status: 'draft', priceJPY: 120_000 },
    })),
    draft('care-packages', 'for B', async () => ({
      data: { title: unique('New package'), hospital: B.id, status: 'draft', priceJPY: 120_000 },
    })),

    existing('specialties', '', { id: () => w.specialty.id, disposable: async () => idOf(await createSpecialty(payload)) }),
    draft('specialties', '', async () => ({ data: { name: unique('New specialty') } })),

    existing('fx-rates', '', { id: () => w.fxRate.id, disposable: async () => idOf(await createFxRate(payload)) }),
    draft('fx-rates', '', async () => ({
      data: { currency: freshCurrency(), yenPerUnit: 20, asOf: '2026-01-05T00:00:00.000Z' },
    })),

    existing('media', 'of A', { id: () => w.media.A.id, disposable: async () => idOf(await createMedia(payload, A.id)) }),
    existing('media', 'of B', { id: () => w.media.B.id, disposable: async () => idOf(await createMedia(payload, B.id)) }),
    existing('media', 'of draft hospital C', {
      id: () => w.media.C.id,
      disposable: async () => idOf(await createMedia(payload, C.id)),
    }),
    existing('media', 'shared (no hospital)', {
      id: () => w.media.shared.id,
      disposable: async () => idOf(await createMedia(payload, null)),
    }),
    draft('media', 'for A', async () => ({ data: { alt: unique('New image'), hospital: A.id }, file: await tinyPng() })),
    draft('media', 'for B', async () => ({ data: { alt: unique('New image'), hospital: B.id }, file: await tinyPng() })),
    draft('media', 'shared (no hospital)', async () => ({
      data: { alt: unique('New image'), hospital: null },
      file: await tinyPng(),
    })),

    existing('users', '(their own account)', {
      id: (actor) => {
        if (!actor) throw new Error('An anonymous visitor has no account of their own.')
        return actor.id
      },
      // Deleting your own account: a fresh platform admin deletes itself.
      disposable: async () => {
        const actor = await createUser(payload, ['platform-admin'], [], 'self-deleting-admin')
        return { id: actor.id, actor }
      },
    }),
    existing('users', '(a colleague, of A)', {
      id: (actor) => (actor?.id === w.users.hospitalAdminA.id ? w.users.hospitalStaffA.id : w.users.hospitalAdminA.id),
      disposable: async () => idOf(await createUser(payload, ['hospital-staff'], [A.id], 'disposable-staff-a')),
    }),
    existing('users', '(another staff user, of B)', {
      id: () => w.users.hospitalStaffB.id,
      disposable: async () => idOf(await createUser(payload, ['hospital-staff'], [B.id], 'disposable-staff-b')),
    }),
    draft('users', '', async () => ({
      data: {
        email: `${unique('new-staff')}@kakehashi.test`,
        password: 'another-long-password',
        roles: ['hospital-staff'],
        hospitals: [A.id],
      },
    })),
  ])
}

let counter = 0
/** The harmless field each update case changes, with a value no earlier case used. */
const probes: Record<Collection, { field: string; next: () => string | number }> = {
  hospitals: { field: 'foreignPatientsPerYear', next: () => (counter += 1) },
  'care-packages': { field: 'stayNights', next: () => ((counter += 1) % 300) + 1 },
  specialties: { field: 'order', next: () => (counter += 1) },
  'fx-rates': { field: 'yenPerUnit', next: () => 100 + (counter += 1) },
  media: { field: 'alt', next: () => unique('Changed alt') },
  users: { field: 'name', next: () => unique('Changed name') },
}

type Doc = { id: string } & Record<string, unknown>
interface Scope {
  user?: Actor
  overrideAccess: boolean
  depth: 0
  locale: 'en'
}
/**
 * The matrix drives six collections through one code path, so it calls the Local API
 * through this loosely typed view; the per-collection data shapes are type-checked where
 * the fixtures are built (support/world.ts).
 */
interface LooseLocalApi {
  find(args: Scope & { collection: Collection; pagination: false }): Promise<{ docs: Doc[] }>
  findByID(args: Scope & { collection: Collection; id: string }): Promise<Doc>
  create(args: Scope & { collection: Collection; data: Record<string, unknown>; file?: UploadFile }): Promise<Doc>
  update(args: Scope & { collection: Collection; id: string; data: Record<string, unknown> }): Promise<Doc>
  delete(args: Scope & { collection: Collection; id: string }): Promise<Doc>
  count(args: { collection: Collection; overrideAccess: true }): Promise<{ totalDocs: number }>
}

describe('access matrix (Local API, overrideAccess: false)', () => {
  let payload: Payload
  let api: LooseLocalApi
  let world: World
  let registry: Map<string, Existing | Draft>
  let actors: Record<Role, Actor | undefined>

  beforeAll(async () => {
    payload = await testPayload()
    api = payload as unknown as LooseLocalApi
    world = await buildWorld(payload)
    registry = fixtures(payload, world)
    actors = {
      anonymous: undefined,
      'platform-admin': world.users.platformAdmin,
      editor: world.users.editor,
      'hospital-admin of A': world.users.hospitalAdminA,
      'hospital-staff of A': world.users.hospitalStaffA,
    }
  })

  /** What the database holds, seen without access rules (undefined when it is gone). */
  async function stored(collection: Collection, id: string): Promise<Doc | undefined> {
    const found = await attempt(() => api.findByID({ collection, id, overrideAccess: true, depth: 0, locale: 'en' }))
    if (found.ok) return found.value
    expect(found.status).toBe(404)
    return undefined
  }

  function existingFixture(c: Case): Existing {
    const fixture = registry.get(fixtureKey(c.collection, 'existing', c.target))
    if (!fixture || typeof fixture === 'function') throw new Error(`No existing record for "${c.collection} ${c.target}"`)
    return fixture
  }

  function draftFixture(c: Case): Draft {
    const fixture = registry.get(fixtureKey(c.collection, 'new', c.target))
    if (typeof fixture !== 'function') throw new Error(`No new-record data for "${c.collection} ${c.target}"`)
    return fixture
  }

  it(`covers every collection, operation and role (${cases.length} cases)`, () => {
    const collections = new Set(policy.map((l) => l.collection))
    expect([...collections].sort()).toEqual(['care-packages', 'fx-rates', 'hospitals', 'media', 'specialties', 'users'])
    for (const collection of collections) {
      const operations = new Set(policy.filter((l) => l.collection === collection).map((l) => l.operation))
      expect([...operations].sort(), collection).toEqual(['create', 'delete', 'list', 'read by id', 'update'])
    }
    for (const l of policy) {
      const kind = l.operation === 'create' ? 'new' : 'existing'
      expect(registry.has(fixtureKey(l.collection, kind, l.target)), `${l.collection} ${l.target}`).toBe(true)
    }
  })

  it.each(cases)('$name', async (c) => {
    const actor = actors[c.role]
    const as: Scope = { user: actor, overrideAccess: false, depth: 0, locale: 'en' }
    const { collection } = c

    switch (c.operation) {
      case 'list': {
        const id = existingFixture(c).id(actor)
        const result = await attempt(() => api.find({ ...as, collection, pagination: false }))
        // A refused list is either filtered or forbidden outright; either way the record is not seen.
        if (!result.ok) expect(result.status).toBe(403)
        const listed = result.ok && result.value.docs.some((doc) => doc.id === id)
        expect(listed).toBe(c.allowed)
        return
      }
      case 'read by id': {
        const id = existingFixture(c).id(actor)
        const result = await attempt(() => api.findByID({ ...as, collection, id }))
        if (c.allowed) {
          expect(result).toMatchObject({ ok: true, value: { id } })
        } else {
          expect(result.ok).toBe(false)
          if (!result.ok) expect([403, 404]).toContain(result.status)
        }
        return
      }
      case 'create': {
        const { data, file } = await draftFixture(c)()
        const before = await api.count({ collection, overrideAccess: true })
        const result = await attempt(() => api.create({ ...as, collection, data, file }))
        const after = await api.count({ collection, overrideAccess: true })
        if (c.allowed) {
          expect(result.ok ? 'created' : result.message).toBe('created')
          expect(after.totalDocs).toBe(before.totalDocs + 1)
          if (result.ok && 'hospital' in data) {
            expect((await stored(collection, result.value.id))?.hospital ?? null).toBe(data.hospital)
          }
        } else {
          expect(result.ok).toBe(false)
          // Forbidden by access (403), or refused by the hospital field's ownership check (400).
          if (!result.ok) expect([400, 403]).toContain(result.status)
          expect(after.totalDocs).toBe(before.totalDocs)
        }
        return
      }
      case 'update': {
        const id = existingFixture(c).id(actor)
        const probe = probes[collection]
        const before = await stored(collection, id)
        const value = probe.next()
        const result = await attempt(() => api.update({ ...as, collection, id, data: { [probe.field]: value } }))
        const after = await stored(collection, id)
        if (c.allowed) {
          expect(result.ok ? 'updated' : result.message).toBe('updated')
          expect(after?.[probe.field]).toBe(value)
        } else {
          expect(result.ok).toBe(false)
          if (!result.ok) expect([403, 404]).toContain(result.status)
          expect(after?.[probe.field]).toBe(before?.[probe.field])
        }
        return
      }
      case 'delete': {
        const fixture = existingFixture(c)
        if (c.allowed) {
          // A delete that should succeed acts on a fresh twin, so later cases keep their fixtures.
          const twin = await fixture.disposable()
          const result = await attempt(() => api.delete({ ...as, user: twin.actor ?? actor, collection, id: twin.id }))
          expect(result.ok ? 'deleted' : result.message).toBe('deleted')
          expect(await stored(collection, twin.id)).toBeUndefined()
        } else {
          const id = fixture.id(actor)
          const result = await attempt(() => api.delete({ ...as, collection, id }))
          expect(result.ok).toBe(false)
          // 403/404, never the 409 of the hospital delete hook: access decides before any hook runs.
          if (!result.ok) expect([403, 404]).toContain(result.status)
          expect(await stored(collection, id)).toBeDefined()
        }
        return
      }
    }
  })

  describe('verificationStatus is for platform admins only', () => {
    it.each([
      ['hospital-admin of A', () => world.users.hospitalAdminA],
      ['hospital-staff of A', () => world.users.hospitalStaffA],
    ] as const)('%s saves their profile but the status they send is dropped', async (_role, who) => {
      const result = await payload.update({
        collection: 'hospitals',
        id: world.hospitals.A.id,
        data: { verificationStatus: 'suspended', foreignPatientsPerYear: 4321 },
        user: who(),
        overrideAccess: false,
        locale: 'en',
      })
      expect(result.foreignPatientsPerYear).toBe(4321)
      const stored = await payload.findByID({ collection: 'hospitals', id: world.hospitals.A.id })
      expect(stored.verificationStatus).toBe('verified')
      expect(stored.foreignPatientsPerYear).toBe(4321)
    })

    it('a hospital admin of draft hospital C cannot verify it, so it stays off the public list', async () => {
      await payload.update({
        collection: 'hospitals',
        id: world.hospitals.C.id,
        data: { verificationStatus: 'verified', summary: 'We are ready' },
        user: world.users.hospitalAdminC,
        overrideAccess: false,
        locale: 'en',
      })
      const stored = await payload.findByID({ collection: 'hospitals', id: world.hospitals.C.id, locale: 'en' })
      expect(stored.summary).toBe('We are ready')
      expect(stored.verificationStatus).toBe('draft')
      const publicList = await payload.find({ collection: 'hospitals', overrideAccess: false, pagination: false })
      expect(publicList.docs.map((h) => h.id)).not.toContain(world.hospitals.C.id)
    })

    it('a hospital admin cannot create a hospital that is verified from the start', async () => {
      const result = await attempt(() =>
        payload.create({
          collection: 'hospitals',
          data: {
            name: 'Self-verified',
            slug: unique('self-verified'),
            prefecture: 'tokyo',
            city: 'Minato',
            verificationStatus: 'verified',
          },
          user: world.users.hospitalAdminA,
          overrideAccess: false,
          locale: 'en',
        }),
      )
      expect(result).toMatchObject({ ok: false, status: 403 })
    })

    it('a platform admin can verify a hospital', async () => {
      const hospital = await createHospital(payload, 'pending-review')
      const result = await payload.update({
        collection: 'hospitals',
        id: hospital.id,
        data: { verificationStatus: 'verified' },
        user: world.users.platformAdmin,
        overrideAccess: false,
      })
      expect(result.verificationStatus).toBe('verified')
    })
  })

  describe('records cannot be moved to another hospital', () => {
    it('hospital-staff of A cannot move their package to hospital B', async () => {
      const pkg = await createPackage(payload, world.hospitals.A.id, 'published')
      const result = await attempt(() =>
        payload.update({
          collection: 'care-packages',
          id: pkg.id,
          data: { hospital: world.hospitals.B.id },
          user: world.users.hospitalStaffA,
          overrideAccess: false,
        }),
      )
      expect(result).toMatchObject({ ok: false, status: 400 })
      if (!result.ok) expect(result.message).toMatch(/hospital/i)
      const stored = await payload.findByID({ collection: 'care-packages', id: pkg.id, depth: 0 })
      expect(stored.hospital).toBe(world.hospitals.A.id)
    })

    it('hospital-admin of A cannot move their image to hospital B', async () => {
      const image = await createMedia(payload, world.hospitals.A.id)
      const result = await attempt(() =>
        payload.update({
          collection: 'media',
          id: image.id,
          data: { hospital: world.hospitals.B.id },
          user: world.users.hospitalAdminA,
          overrideAccess: false,
        }),
      )
      expect(result).toMatchObject({ ok: false, status: 400 })
      const stored = await payload.findByID({ collection: 'media', id: image.id, depth: 0 })
      expect(stored.hospital).toBe(world.hospitals.A.id)
    })

    it('hospital-staff of A cannot turn their image into shared platform media', async () => {
      const image = await createMedia(payload, world.hospitals.A.id)
      const result = await attempt(() =>
        payload.update({
          collection: 'media',
          id: image.id,
          data: { hospital: null },
          user: world.users.hospitalStaffA,
          overrideAccess: false,
        }),
      )
      expect(result).toMatchObject({ ok: false, status: 400 })
      const stored = await payload.findByID({ collection: 'media', id: image.id, depth: 0 })
      expect(stored.hospital).toBe(world.hospitals.A.id)
    })

    it('an editor cannot hand a shared image to hospital A', async () => {
      const image = await createMedia(payload, null)
      const result = await attempt(() =>
        payload.update({
          collection: 'media',
          id: image.id,
          data: { hospital: world.hospitals.A.id },
          user: world.users.editor,
          overrideAccess: false,
        }),
      )
      expect(result).toMatchObject({ ok: false, status: 400 })
      const stored = await payload.findByID({ collection: 'media', id: image.id, depth: 0 })
      expect(stored.hospital ?? null).toBeNull()
    })

    it('a package hospital-staff of A create without naming a hospital is filed under A', async () => {
      const created = await payload.create({
        collection: 'care-packages',
        data: {
          title: 'Defaulted',
          slug: unique('defaulted'),
          priceJPY: 80_000,
          status: 'draft',
          // Left out on purpose (the generated type requires it): the field's default fills it in.
          hospital: undefined as unknown as string,
        },
        user: world.users.hospitalStaffA,
        overrideAccess: false,
        locale: 'en',
        depth: 0,
      })
      expect(created.hospital).toBe(world.hospitals.A.id)
    })

    it('a platform admin can move a package between hospitals', async () => {
      const pkg = await createPackage(payload, world.hospitals.A.id, 'draft')
      const moved = await payload.update({
        collection: 'care-packages',
        id: pkg.id,
        data: { hospital: world.hospitals.B.id },
        user: world.users.platformAdmin,
        overrideAccess: false,
        depth: 0,
      })
      expect(moved.hospital).toBe(world.hospitals.B.id)
    })
  })

  describe('nobody grants themselves roles or hospitals', () => {
    it.each([
      ['hospital-staff of A', () => world.users.hospitalStaffA],
      ['hospital-admin of A', () => world.users.hospitalAdminA],
      ['editor', () => world.users.editor],
    ] as const)('%s asking for platform-admin and hospital B keeps their roles and hospitals', async (_role, who) => {
      const me = who()
      const name = unique('Renamed')
      await payload.update({
        collection: 'users',
        id: me.id,
        data: { name, roles: ['platform-admin'], hospitals: [world.hospitals.A.id, world.hospitals.B.id] },
        user: me,
        overrideAccess: false,
      })
      const after = await reloadActor(payload, me.id)
      expect(after.name).toBe(name)
      expect(after.roles).toEqual(me.roles)
      expect(after.hospitals ?? []).toEqual(me.hospitals ?? [])
      // And the attempt bought nothing: B's drafts stay out of reach.
      const draftB = await attempt(() =>
        payload.findByID({ collection: 'care-packages', id: world.packages.draftB.id, user: after, overrideAccess: false }),
      )
      expect(draftB.ok).toBe(me.roles.includes('editor'))
    })

    it('a hospital admin cannot promote a colleague of the same hospital', async () => {
      const colleague = await createUser(payload, ['hospital-staff'], [world.hospitals.A.id], 'colleague')
      const result = await attempt(() =>
        payload.update({
          collection: 'users',
          id: colleague.id,
          data: { roles: ['hospital-admin'] },
          user: world.users.hospitalAdminA,
          overrideAccess: false,
        }),
      )
      expect(result).toMatchObject({ ok: false, status: 403 })
      expect((await reloadActor(payload, colleague.id)).roles).toEqual(['hospital-staff'])
    })

    it('a platform admin can grant roles and hospitals', async () => {
      const person = await createUser(payload, ['hospital-staff'], [world.hospitals.A.id], 'promoted')
      await payload.update({
        collection: 'users',
        id: person.id,
        data: { roles: ['hospital-admin'], hospitals: [world.hospitals.B.id] },
        user: world.users.platformAdmin,
        overrideAccess: false,
      })
      const after = await reloadActor(payload, person.id)
      expect(after.roles).toEqual(['hospital-admin'])
      expect(after.hospitals).toEqual([world.hospitals.B.id])
    })

    it('only a platform admin can unlock an account locked after failed logins', async () => {
      const locked = await createUser(payload, ['hospital-staff'], [world.hospitals.B.id], 'locked-out')
      const login = (password: string) =>
        attempt(() => payload.login({ collection: 'users', data: { email: locked.email, password } }))
      for (let i = 0; i < 5; i += 1) await login('wrong-password')
      expect(await login(PASSWORD)).toMatchObject({ ok: false, status: 401 })

      const unlockAs = (user: Actor) =>
        attempt(() =>
          payload.unlock({
            collection: 'users',
            // The generated type asks for a password; unlock ignores it.
            data: { email: locked.email, password: '' },
            req: { user },
            overrideAccess: false,
          }),
        )
      expect(await unlockAs(world.users.hospitalStaffA)).toMatchObject({ ok: false, status: 403 })
      expect(await unlockAs(world.users.hospitalAdminA)).toMatchObject({ ok: false, status: 403 })
      expect(await login(PASSWORD)).toMatchObject({ ok: false, status: 401 })

      expect(await unlockAs(world.users.platformAdmin)).toMatchObject({ ok: true, value: true })
      expect(await login(PASSWORD)).toMatchObject({ ok: true })
    })
  })

  describe('deleting a hospital', () => {
    it('is refused with 409 while it still has packages, telling to suspend instead', async () => {
      const result = await attempt(() =>
        payload.delete({
          collection: 'hospitals',
          id: world.hospitals.A.id,
          user: world.users.platformAdmin,
          overrideAccess: false,
        }),
      )
      expect(result).toMatchObject({ ok: false, status: 409 })
      if (!result.ok) expect(result.message).toMatch(/care-packages.*suspended/)
      const stored = await payload.findByID({ collection: 'hospitals', id: world.hospitals.A.id })
      expect(stored.id).toBe(world.hospitals.A.id)
      const packages = await payload.count({ collection: 'care-packages', where: { hospital: { equals: world.hospitals.A.id } } })
      expect(packages.totalDocs).toBeGreaterThan(0)
    })

    it('is refused with 409 while only images still hang off it', async () => {
      const hospital = await createHospital(payload, 'suspended')
      const image = await createMedia(payload, hospital.id)
      const result = await attempt(() =>
        payload.delete({ collection: 'hospitals', id: hospital.id, user: world.users.platformAdmin, overrideAccess: false }),
      )
      expect(result).toMatchObject({ ok: false, status: 409 })
      if (!result.ok) expect(result.message).toMatch(/"media".*suspended/)
      expect((await payload.findByID({ collection: 'media', id: image.id, depth: 0 })).hospital).toBe(hospital.id)
    })

    it('a platform admin deletes a hospital nothing hangs off', async () => {
      const hospital = await createHospital(payload, 'draft')
      const result = await attempt(() =>
        payload.delete({ collection: 'hospitals', id: hospital.id, user: world.users.platformAdmin, overrideAccess: false }),
      )
      expect(result).toMatchObject({ ok: true, value: { id: hospital.id } })
      const gone = await attempt(() => payload.findByID({ collection: 'hospitals', id: hospital.id }))
      expect(gone).toMatchObject({ ok: false, status: 404 })
    })

    it('its own hospital-admin is forbidden (403) even when it is empty', async () => {
      const hospital = await createHospital(payload, 'draft')
      const admin = await createUser(payload, ['hospital-admin'], [hospital.id], 'empty-hospital-admin')
      const result = await attempt(() =>
        payload.delete({ collection: 'hospitals', id: hospital.id, user: admin, overrideAccess: false }),
      )
      expect(result).toMatchObject({ ok: false, status: 403 })
      expect((await payload.findByID({ collection: 'hospitals', id: hospital.id })).id).toBe(hospital.id)
    })
  })

  describe('a hospital member linked to no hospital', () => {
    it('sees only what the public sees and cannot create packages', async () => {
      const orphan = await createUser(payload, ['hospital-admin'], [], 'orphan')
      const seen = await payload.find({ collection: 'care-packages', user: orphan, overrideAccess: false, pagination: false })
      const publicSeen = await payload.find({ collection: 'care-packages', overrideAccess: false, pagination: false })
      expect(seen.docs.map((d) => d.id).sort()).toEqual(publicSeen.docs.map((d) => d.id).sort())
      const created = await attempt(() =>
        payload.create({
          collection: 'care-packages',
          data: {
            title: 'Orphan package',
            slug: unique('orphan-package'),
            hospital: world.hospitals.A.id,
            priceJPY: 1000,
            status: 'draft',
          },
          user: orphan,
          overrideAccess: false,
          locale: 'en',
        }),
      )
      expect(created).toMatchObject({ ok: false, status: 400 })
    })
  })
})
