import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from './harness'
import { buildWorld, PASSWORD, unique, type Actor, type World } from './support/world'

/**
 * The same rules over the public APIs: Payload's own Next route handlers (the ones
 * app/(payload)/api mounts) called as plain Request → Response functions, signed in with
 * a real JWT from a login. Nothing here passes a user object by hand.
 */

type Json = Record<string, unknown>
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

const restHandlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
} satisfies Record<Method, unknown>
const graphqlHandler = GRAPHQL_POST(config)

interface ApiResponse {
  status: number
  body: Json
}

function authHeaders(token: string | undefined): Record<string, string> {
  return token ? { Authorization: `JWT ${token}` } : {}
}

/** Calls the REST handler the way Next would for `/api/<path>`. */
async function rest(method: Method, path: string, options: { token?: string; body?: Json } = {}): Promise<ApiResponse> {
  const url = new URL(`/api/${path}`, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const request = new Request(url, {
    method,
    headers: { ...authHeaders(options.token), ...(options.body ? { 'Content-Type': 'application/json' } : {}) },
    body: options.body ? JSON.stringify(options.body) : undefined,
  })
  const response = await restHandlers[method](request, { params: Promise.resolve({ slug }) })
  // Payload's REST responses are JSON objects; the assertions below check the fields they read.
  return { status: response.status, body: (await response.json()) as Json }
}

interface GraphQLResult {
  status: number
  data: Record<string, { docs?: Json[] } & Json> | null | undefined
  errors: { message: string; extensions?: { statusCode?: number } }[] | undefined
}

async function graphql(query: string, options: { token?: string; variables?: Json } = {}): Promise<GraphQLResult> {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authHeaders(options.token) },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  })
  const response = await graphqlHandler(request)
  const body = (await response.json()) as Pick<GraphQLResult, 'data' | 'errors'>
  return { status: response.status, data: body.data, errors: body.errors }
}

const docsOf = (body: Json): Json[] => (Array.isArray(body.docs) ? (body.docs as Json[]) : [])
const idsOf = (docs: Json[] | undefined): unknown[] => (docs ?? []).map((doc) => doc.id)

describe('the access rules hold over REST and GraphQL', () => {
  let payload: Payload
  let world: World
  const tokens: Record<'hospitalStaffA' | 'platformAdmin', string> = { hospitalStaffA: '', platformAdmin: '' }

  async function signIn(actor: Actor): Promise<string> {
    const { token } = await payload.login({ collection: 'users', data: { email: actor.email, password: PASSWORD } })
    if (!token) throw new Error(`No token for ${actor.email}`)
    return token
  }

  beforeAll(async () => {
    payload = await testPayload()
    world = await buildWorld(payload)
    tokens.hospitalStaffA = await signIn(world.users.hospitalStaffA)
    tokens.platformAdmin = await signIn(world.users.platformAdmin)
  })

  describe('REST', () => {
    it('an anonymous list of hospitals holds only verified hospitals', async () => {
      const { status, body } = await rest('GET', 'hospitals?locale=en&depth=0&limit=100')
      expect(status).toBe(200)
      const docs = docsOf(body)
      expect(docs.map((h) => h.verificationStatus)).toEqual(docs.map(() => 'verified'))
      expect(idsOf(docs)).toEqual(expect.arrayContaining([world.hospitals.A.id, world.hospitals.B.id]))
      expect(idsOf(docs)).not.toContain(world.hospitals.C.id)
    })

    it('an anonymous list of hospitals cannot be widened with a where on verificationStatus', async () => {
      const { status, body } = await rest('GET', 'hospitals?where[verificationStatus][equals]=draft&depth=0')
      expect(status).toBe(200)
      expect(docsOf(body)).toEqual([])
    })

    it('an anonymous list of care packages holds only published packages of verified hospitals', async () => {
      const { status, body } = await rest('GET', 'care-packages?locale=en&depth=0&limit=100')
      expect(status).toBe(200)
      expect(idsOf(docsOf(body)).sort()).toEqual([world.packages.publishedA.id, world.packages.publishedB.id].sort())
    })

    it.each([
      ['a draft package', () => world.packages.draftB.id],
      ['a published package of a draft hospital', () => world.packages.publishedC.id],
    ] as const)('an anonymous GET of %s by id is not found', async (_label, id) => {
      const { status, body } = await rest('GET', `care-packages/${id()}?depth=0`)
      expect([403, 404]).toContain(status)
      expect(body.id).toBeUndefined()
    })

    it("hospital staff of A PATCHing B's package get 403 and the package is unchanged", async () => {
      const target = world.packages.publishedB
      const { status } = await rest('PATCH', `care-packages/${target.id}?locale=en`, {
        token: tokens.hospitalStaffA,
        body: { title: 'Taken over', priceJPY: 1 },
      })
      expect(status).toBe(403)
      const stored = await payload.findByID({ collection: 'care-packages', id: target.id, locale: 'en' })
      expect(stored.title).toBe(target.title)
      expect(stored.priceJPY).toBe(target.priceJPY)
    })

    it("a bulk PATCH by hospital staff of A with a where naming B's packages changes none of them", async () => {
      const { body } = await rest('PATCH', `care-packages?where[hospital][equals]=${world.hospitals.B.id}&depth=0`, {
        token: tokens.hospitalStaffA,
        body: { status: 'archived' },
      })
      expect(docsOf(body)).toEqual([])
      const stillPublished = await payload.findByID({ collection: 'care-packages', id: world.packages.publishedB.id })
      expect(stillPublished.status).toBe('published')
    })

    it("hospital staff of A cannot DELETE B's package", async () => {
      const { status } = await rest('DELETE', `care-packages/${world.packages.draftB.id}`, { token: tokens.hospitalStaffA })
      expect(status).toBe(403)
      expect((await payload.findByID({ collection: 'care-packages', id: world.packages.draftB.id })).id).toBe(
        world.packages.draftB.id,
      )
    })

    it('hospital staff of A cannot POST a package for hospital B', async () => {
      const title = unique('Smuggled')
      const { status } = await rest('POST', 'care-packages?locale=en', {
        token: tokens.hospitalStaffA,
        body: { title, hospital: world.hospitals.B.id, priceJPY: 1000, status: 'published' },
      })
      expect(status).toBe(400)
      const found = await payload.count({ collection: 'care-packages', where: { title: { equals: title } }, locale: 'en' })
      expect(found.totalDocs).toBe(0)
    })

    it("hospital staff of A PATCHing their hospital's verificationStatus leave it unchanged", async () => {
      const { status, body } = await rest('PATCH', `hospitals/${world.hospitals.A.id}?locale=en&depth=0`, {
        token: tokens.hospitalStaffA,
        body: { verificationStatus: 'suspended', foreignPatientsPerYear: 777 },
      })
      expect(status).toBe(200)
      expect(body.doc).toMatchObject({ foreignPatientsPerYear: 777, verificationStatus: 'verified' })
      const stored = await payload.findByID({ collection: 'hospitals', id: world.hospitals.A.id })
      expect(stored.verificationStatus).toBe('verified')
    })

    it('hospital staff of A PATCHing their own account cannot make themselves platform admin', async () => {
      const me = world.users.hospitalStaffA
      const { status } = await rest('PATCH', `users/${me.id}`, {
        token: tokens.hospitalStaffA,
        body: { roles: ['platform-admin'], hospitals: [world.hospitals.A.id, world.hospitals.B.id] },
      })
      expect(status).toBe(200)
      const stored = await payload.findByID({ collection: 'users', id: me.id, depth: 0 })
      expect(stored.roles).toEqual(['hospital-staff'])
      expect(stored.hospitals).toEqual([world.hospitals.A.id])
    })

    it('an anonymous list of staff users is forbidden', async () => {
      const { status } = await rest('GET', 'users')
      expect(status).toBe(403)
    })

    it('deleting a hospital that still has packages answers 409 and says to suspend it', async () => {
      const { status, body } = await rest('DELETE', `hospitals/${world.hospitals.B.id}`, { token: tokens.platformAdmin })
      expect(status).toBe(409)
      expect(JSON.stringify(body.errors)).toMatch(/suspended/)
      expect((await payload.findByID({ collection: 'hospitals', id: world.hospitals.B.id })).id).toBe(world.hospitals.B.id)
    })
  })

  describe('GraphQL', () => {
    const listQuery = /* GraphQL */ `
      query PublicCatalogue {
        Hospitals(limit: 100, locale: en) { docs { id verificationStatus } }
        CarePackages(limit: 100, locale: en) { docs { id status } }
      }
    `

    it('an anonymous query returns only verified hospitals and their published packages', async () => {
      const { status, data, errors } = await graphql(listQuery)
      expect(errors).toBeUndefined()
      expect(status).toBe(200)
      const hospitals = data?.Hospitals?.docs
      expect(idsOf(hospitals)).toEqual(expect.arrayContaining([world.hospitals.A.id, world.hospitals.B.id]))
      expect(idsOf(hospitals)).not.toContain(world.hospitals.C.id)
      expect(idsOf(data?.CarePackages?.docs).sort()).toEqual(
        [world.packages.publishedA.id, world.packages.publishedB.id].sort(),
      )
    })

    it('an anonymous query of a draft package by id returns nothing', async () => {
      const { data, errors } = await graphql(
        /* GraphQL */ `query Draft($id: String!) { CarePackage(id: $id) { id title } }`,
        { variables: { id: world.packages.draftA.id } },
      )
      expect(data?.CarePackage ?? null).toBeNull()
      expect(errors?.[0]?.extensions?.statusCode).toBe(404)
    })

    it("hospital staff of A see their own drafts but not B's", async () => {
      const { data } = await graphql(listQuery, { token: tokens.hospitalStaffA })
      const ids = idsOf(data?.CarePackages?.docs)
      expect(ids).toContain(world.packages.draftA.id)
      expect(ids).not.toContain(world.packages.draftB.id)
      expect(ids).not.toContain(world.packages.publishedC.id)
    })

    it("an update of another hospital's package is refused and changes nothing", async () => {
      const target = world.packages.publishedB
      const { data, errors } = await graphql(
        /* GraphQL */ `
          mutation TakeOver($id: String!) {
            updateCarePackage(id: $id, data: { priceJPY: 1 }) { id priceJPY }
          }
        `,
        { token: tokens.hospitalStaffA, variables: { id: target.id } },
      )
      expect(data?.updateCarePackage ?? null).toBeNull()
      expect(errors?.[0]?.extensions?.statusCode).toBe(403)
      expect((await payload.findByID({ collection: 'care-packages', id: target.id })).priceJPY).toBe(target.priceJPY)
    })

    it('an anonymous update of a published package is refused', async () => {
      const target = world.packages.publishedA
      const { errors } = await graphql(
        /* GraphQL */ `mutation Vandalise($id: String!) { updateCarePackage(id: $id, data: { priceJPY: 2 }) { id } }`,
        { variables: { id: target.id } },
      )
      expect(errors?.[0]?.extensions?.statusCode).toBe(403)
      expect((await payload.findByID({ collection: 'care-packages', id: target.id })).priceJPY).toBe(target.priceJPY)
    })
  })
})
