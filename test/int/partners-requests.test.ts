import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ownPartner, ownPartnerRequests } from '@/partners/queries'
import { createPartnerRequest, PartnerError, registerPartner } from '@/partners/service'

import { siteReq } from '../fixtures/inquiries'
import { testPayload } from './harness'
import { createPartner, createProgram, createSolution } from './support/cooperation'
import { createPatient, type PatientActor } from './support/patients'
import { attempt, buildWorld, PASSWORD, unique, type World } from './support/world'

import type { Partner, PartnerRequest, Solution } from '../../payload-types'


/**
 * Partners and their requests: members read only their own organisation's requests, staff notes
 * stay internal, a solution request keeps its solution, and the public list shows verified partners.
 */
describe('partners and partner requests', () => {
  let payload: Payload
  let world: World
  let memberA: PatientActor
  let memberB: PatientActor
  let outsider: PatientActor
  let partnerA: Partner
  let partnerB: Partner
  let solution: Solution
  let requestA: PartnerRequest
  let requestB: PartnerRequest

  beforeAll(async () => {
    payload = await testPayload()
    world = await buildWorld(payload)
    memberA = await createPatient(payload, 'member-a')
    memberB = await createPatient(payload, 'member-b')
    outsider = await createPatient(payload, 'outsider')
    partnerA = await createPartner(payload, [memberA.id], 'verified')
    partnerB = await createPartner(payload, [memberB.id], 'verified')
    solution = await createSolution(payload)
    requestA = await createPartnerRequest(await siteReq(payload, memberA), {
      kind: 'solution',
      subject: 'Tele-ICU for two county hospitals',
      message: 'We would like to pilot remote ICU support in Kisumu and Nakuru county hospitals next year.',
      solutionId: String(solution.id),
    })
    requestB = await createPartnerRequest(await siteReq(payload, memberB), {
      kind: 'collaboration',
      subject: 'Health financing exchange',
      message: 'Our ministry would like to learn from Japan’s experience with the national health insurance.',
    })
  })

  it('a request from a solution page stores the solution, the partner and the member, as new', async () => {
    const stored = await payload.findByID({ collection: 'partner-requests', id: requestA.id, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({ kind: 'solution', solution: solution.id, partner: partnerA.id, requestedBy: memberA.id, status: 'new' })
    expect(stored.history?.map((h) => h.status)).toEqual(['new'])
  })

  it('the partners page finds the member’s organisation and lists only its requests', async () => {
    expect((await ownPartner(memberA, 'en'))?.id).toBe(partnerA.id)
    expect(await ownPartner(outsider, 'en')).toBeNull()
    const listed = await ownPartnerRequests(memberA, 'en')
    expect(listed).toEqual([expect.objectContaining({ id: requestA.id, kind: 'solution', solution: { title: solution.title, slug: solution.slug } })])
  })

  it('members read only their own partner’s requests', async () => {
    const a = await payload.find({ collection: 'partner-requests', user: memberA, overrideAccess: false, depth: 0 })
    expect(a.docs.map((d) => d.id)).toEqual([requestA.id])
    const b = await payload.find({ collection: 'partner-requests', user: memberB, overrideAccess: false, depth: 0 })
    expect(b.docs.map((d) => d.id)).toEqual([requestB.id])
    const cross = await attempt(() => payload.findByID({ collection: 'partner-requests', id: requestB.id, user: memberA, overrideAccess: false }))
    expect(cross.ok).toBe(false)
    // Either an empty list or a refusal: in both cases nothing is seen.
    const none = await attempt(() => payload.find({ collection: 'partner-requests', user: outsider, overrideAccess: false, depth: 0 }))
    expect(none.ok ? none.value.docs : []).toEqual([])
  })

  it('platform staff route a request; the member sees the status but never the staff notes', async () => {
    const routed = await payload.update({
      collection: 'partner-requests',
      id: requestA.id,
      data: { routedTo: world.hospitals.A.id, assignedTo: world.users.editor.id, staffNotes: 'Check budget with JICA office first' },
      user: world.users.editor,
      overrideAccess: false,
    })
    expect(routed.status).toBe('routed')
    expect(routed.history?.map((h) => h.status)).toEqual(['new', 'routed'])
    const seen = await payload.findByID({ collection: 'partner-requests', id: requestA.id, user: memberA, overrideAccess: false, depth: 0 })
    expect(seen.status).toBe('routed')
    expect(seen.staffNotes).toBeUndefined()
    expect(seen.assignedTo).toBeUndefined()
  })

  it('REST and GraphQL: a member lists only their partner’s requests, without staff notes', async () => {
    const { token } = await payload.login({ collection: 'patients', data: { email: memberB.email, password: PASSWORD } })
    const restGet = REST_GET(config)
    const response = await restGet(
      new Request('http://localhost:3000/api/partner-requests?depth=0', { headers: { Authorization: `JWT ${token}` } }),
      { params: Promise.resolve({ slug: ['partner-requests'] }) },
    )
    const body = (await response.json()) as { docs: Record<string, unknown>[] }
    expect(body.docs.map((d) => d.id)).toEqual([requestB.id])
    const gql = await GRAPHQL_POST(config)(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ query: '{ PartnerRequests { docs { id subject status } } }' }),
      }),
    )
    const data = (await gql.json()) as { data?: { PartnerRequests?: { docs: { id: string }[] } } }
    expect(data.data?.PartnerRequests?.docs.map((d) => d.id)).toEqual([requestB.id])
    // Member A's request carries staff notes (routed above): A sees the request, never the notes.
    const tokenA = (await payload.login({ collection: 'patients', data: { email: memberA.email, password: PASSWORD } })).token
    const notes = await GRAPHQL_POST(config)(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokenA}` },
        body: JSON.stringify({ query: '{ PartnerRequests { docs { id staffNotes } } }' }),
      }),
    )
    const withNotes = (await notes.json()) as { data?: { PartnerRequests?: { docs: { staffNotes?: string | null }[] } } }
    const docsA = withNotes.data?.PartnerRequests?.docs ?? []
    expect(docsA).toHaveLength(1)
    expect(docsA[0]?.staffNotes ?? null).toBeNull()
  })

  it('staff of the hospital a request was routed to read it; other hospitals do not', async () => {
    const a = await payload.find({ collection: 'partner-requests', user: world.users.hospitalStaffA, overrideAccess: false, depth: 0 })
    expect(a.docs.map((d) => d.id)).toEqual([requestA.id])
    expect(a.docs[0]?.staffNotes).toBeUndefined()
    const b = await payload.find({ collection: 'partner-requests', user: world.users.hospitalStaffB, overrideAccess: false, depth: 0 })
    expect(b.docs).toEqual([])
  })

  it('members cannot change a request’s status or notes', async () => {
    const result = await attempt(() =>
      payload.update({ collection: 'partner-requests', id: requestA.id, data: { status: 'closed' }, user: memberA, overrideAccess: false }),
    )
    expect(result.ok).toBe(false)
  })

  it('a member cannot send a request in another partner’s name', async () => {
    const result = await attempt(() =>
      payload.create({
        collection: 'partner-requests',
        data: { partner: partnerB.id, kind: 'collaboration', subject: 'x', message: 'Not my organisation at all, really.', requestedBy: memberA.id, status: 'new' },
        user: memberA,
        overrideAccess: false,
      }),
    )
    expect(result).toMatchObject({ ok: false, status: 403 })
  })

  it('a draft solution cannot be requested', async () => {
    const draft = await createSolution(payload, 'draft')
    const result = await createPartnerRequest(await siteReq(payload, memberA), {
      kind: 'solution',
      subject: 'Draft',
      message: 'We would like this solution that is not yet published.',
      solutionId: String(draft.id),
    }).catch((e: unknown) => e)
    expect(result).toBeInstanceOf(PartnerError)
    expect((result as PartnerError).status).toBe(404)
  })

  it('an account without an organisation is asked to register first', async () => {
    const result = (await createPartnerRequest(await siteReq(payload, outsider), { kind: 'collaboration', subject: 'Hello', message: 'We would like to collaborate.' }).catch(
      (e: unknown) => e,
    )) as PartnerError
    expect(result.status).toBe(403)
    expect(result.message).toMatch(/Register your organisation/)
  })

  describe('registration and the public list', () => {
    let pending: Partner

    beforeAll(async () => {
      pending = await registerPartner(await siteReq(payload, outsider), {
        name: 'Lusaka Nursing Education Trust',
        kind: 'ngo',
        country: 'ZM',
        website: 'https://lnet.example.org',
        contactEmail: 'info@lnet.example.org',
        description: 'Continuing education for nurses in Zambia.',
      })
    })

    it('registering makes the account the first member of a pending partner', async () => {
      expect(pending.verificationStatus).toBe('pending')
      const stored = await payload.findByID({ collection: 'partners', id: pending.id, overrideAccess: true, depth: 0 })
      expect(stored.members).toEqual([outsider.id])
    })

    it('a second registration by the same account is refused', async () => {
      const again = (await registerPartner(await siteReq(payload, outsider), {
        name: 'Another',
        kind: 'ngo',
        country: 'ZM',
        contactEmail: 'a@b.org',
        description: 'x',
      }).catch((e: unknown) => e)) as PartnerError
      expect(again.status).toBe(409)
    })

    it('an account cannot make itself verified', async () => {
      const stranger = await createPatient(payload, 'self-verifier')
      const created = await payload.create({
        collection: 'partners',
        data: { name: 'Self verified', slug: unique('self-verified'), kind: 'ngo', country: 'KE', contactEmail: 'a@b.org', verificationStatus: 'verified', members: [] },
        user: stranger,
        overrideAccess: false,
        depth: 0,
      })
      expect(created.verificationStatus).toBe('pending')
      expect(created.members).toEqual([stranger.id])
    })

    it('the public list shows verified partners only, without members or contact email', async () => {
      const visitor = await payload.find({ collection: 'partners', user: null, overrideAccess: false, depth: 0, pagination: false })
      const ids = visitor.docs.map((d) => d.id)
      expect(ids).toContain(partnerA.id)
      expect(ids).not.toContain(pending.id)
      expect(visitor.docs[0]?.members).toBeUndefined()
      expect(visitor.docs[0]?.contactEmail).toBeUndefined()
    })

    it('the member sees their pending organisation; other accounts do not', async () => {
      const own = await payload.find({ collection: 'partners', user: outsider, overrideAccess: false, depth: 0, pagination: false })
      expect(own.docs.map((d) => d.id)).toContain(pending.id)
      const other = await payload.find({ collection: 'partners', user: memberA, overrideAccess: false, depth: 0, pagination: false })
      expect(other.docs.map((d) => d.id)).not.toContain(pending.id)
    })

    it('a pending partner may send requests; they are flagged for staff', async () => {
      const sent = await createPartnerRequest(await siteReq(payload, outsider), {
        kind: 'training',
        subject: 'Nurse educators',
        message: 'We would like to send four nurse educators to a programme next year.',
        trainingProgramId: String((await createProgram(payload, { hospital: world.hospitals.A.id })).id),
      })
      expect(sent.status).toBe('new')
      const asStaff = await payload.findByID({ collection: 'partner-requests', id: sent.id, user: world.users.editor, overrideAccess: false, depth: 0 })
      expect(asStaff.partnerPending).toBe(true)
      expect(asStaff.trainingProgram).toBeTruthy()
      const asMember = await payload.findByID({ collection: 'partner-requests', id: sent.id, user: outsider, overrideAccess: false, depth: 0 })
      expect(asMember.partnerPending).toBeUndefined()
    })

    it('once verified by staff the partner appears publicly', async () => {
      await payload.update({ collection: 'partners', id: pending.id, data: { verificationStatus: 'verified' }, user: world.users.platformAdmin, overrideAccess: false })
      const visitor = await payload.find({ collection: 'partners', user: null, overrideAccess: false, depth: 0, pagination: false })
      expect(visitor.docs.map((d) => d.id)).toContain(pending.id)
    })

    it('a member cannot verify their own organisation', async () => {
      const result = await attempt(() =>
        payload.update({ collection: 'partners', id: partnerA.id, data: { verificationStatus: 'rejected' }, user: memberA, overrideAccess: false }),
      )
      expect(result.ok).toBe(false)
    })
  })
})
