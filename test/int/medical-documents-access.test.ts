import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  process.env.MEDICAL_DOCUMENTS_DIR = `${process.env.TMPDIR ?? '/tmp'}/kakehashi-int/medical-${process.pid}-${Date.now()}`
})

import { sendInquiry } from '../fixtures/inquiries'
import { sampleBytes, sampleFile } from '../fixtures/uploads'
import { testPayload } from './harness'
import { createPatient, type PatientActor } from './support/patients'
import { attempt, buildWorld, createUser, PASSWORD, type Actor, type World } from './support/world'

import type { Inquiry, MedicalDocument } from '../../payload-types'

/**
 * Medical documents over every door: the Local API, REST, GraphQL and the file URL. Only their
 * patient and the staff of the addressed hospital get in; each staff read is in the audit log.
 */

type Json = Record<string, unknown>
const rest = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }
const graphqlHandler = GRAPHQL_POST(config)

async function call(method: keyof typeof rest, apiPath: string, token?: string, body?: Json) {
  const url = new URL(`/api/${apiPath}`, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const request = new Request(url, {
    method,
    headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  return rest[method](request, { params: Promise.resolve({ slug }) })
}

async function graphql(query: string, token?: string) {
  const response = await graphqlHandler(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as { data?: Record<string, { docs?: Json[] } | null>; errors?: unknown[] }
}

describe('medical documents are read only by their patient and the addressed hospital', () => {
  let payload: Payload
  let world: World
  let patient: PatientActor
  let stranger: PatientActor
  let hospitalAdminB: Actor
  let inquiry: Inquiry
  let doc: MedicalDocument
  const tokens: Record<string, string> = {}

  async function auditCount(where: Json = {}) {
    return (await payload.count({ collection: 'audit-log', overrideAccess: true, where: { docId: { equals: String(doc.id) }, ...where } })).totalDocs
  }

  beforeAll(async () => {
    payload = await testPayload()
    world = await buildWorld(payload)
    patient = await createPatient(payload, 'owner')
    stranger = await createPatient(payload, 'stranger')
    hospitalAdminB = await createUser(payload, ['hospital-admin'], [world.hospitals.B.id], 'hospital-admin-b')
    inquiry = await sendInquiry(payload, patient, world.hospitals.A.id, [sampleFile('referral.pdf')])
    doc = await payload.findByID({ collection: 'medical-documents', id: String(inquiry.documents?.[0]), overrideAccess: true, depth: 0 })
    for (const [name, who, collection] of [
      ['patient', patient, 'patients'],
      ['stranger', stranger, 'patients'],
      ['staffA', world.users.hospitalStaffA, 'users'],
      ['staffB', world.users.hospitalStaffB, 'users'],
      ['platformAdmin', world.users.platformAdmin, 'users'],
    ] as const) {
      const { token } = await payload.login({ collection, data: { email: who.email, password: PASSWORD } })
      tokens[name] = token ?? ''
    }
  })

  describe('Local API', () => {
    it('the patient reads their own document', async () => {
      const found = await payload.find({ collection: 'medical-documents', user: patient, overrideAccess: false, depth: 0 })
      expect(found.docs.map((d) => d.id)).toContain(doc.id)
    })

    it('another patient finds nothing and cannot read it by id', async () => {
      const found = await payload.find({ collection: 'medical-documents', user: stranger, overrideAccess: false, depth: 0 })
      expect(found.docs).toEqual([])
      const byId = await attempt(() => payload.findByID({ collection: 'medical-documents', id: doc.id, user: stranger, overrideAccess: false }))
      expect(byId).toMatchObject({ ok: false })
    })

    it('staff of the addressed hospital read it, and the read is audited with who, what and when', async () => {
      const before = await auditCount({ actorId: { equals: String(world.users.hospitalStaffA.id) } })
      const read = await payload.findByID({ collection: 'medical-documents', id: doc.id, user: world.users.hospitalStaffA, overrideAccess: false, depth: 0 })
      expect(read.id).toBe(doc.id)
      const entries = await payload.find({
        collection: 'audit-log',
        overrideAccess: true,
        where: { docId: { equals: String(doc.id) }, actorId: { equals: String(world.users.hospitalStaffA.id) } },
        sort: '-createdAt',
        depth: 0,
      })
      expect(entries.totalDocs).toBe(before + 1)
      expect(entries.docs[0]).toMatchObject({
        actorType: 'staff',
        actorLabel: world.users.hospitalStaffA.email,
        action: 'read',
        targetCollection: 'medical-documents',
        hospital: world.hospitals.A.id,
      })
      expect(Date.now() - new Date(entries.docs[0]?.createdAt ?? 0).getTime()).toBeLessThan(60_000)
    })

    it('a find by staff is audited too', async () => {
      const before = await auditCount()
      const found = await payload.find({ collection: 'medical-documents', user: world.users.hospitalStaffA, overrideAccess: false, depth: 0 })
      expect(found.docs.map((d) => d.id)).toContain(doc.id)
      expect(await auditCount()).toBe(before + 1)
    })

    it("the patient's own reads are not audited as staff reads", async () => {
      const before = await auditCount()
      await payload.findByID({ collection: 'medical-documents', id: doc.id, user: patient, overrideAccess: false, depth: 0 })
      expect(await auditCount()).toBe(before)
    })

    it.each(['hospitalStaffB', 'editor', 'hospitalAdminC', 'platformAdmin'] as const)('%s reads nothing', async (who) => {
      const user = world.users[who]
      // Either an empty list or a refusal: in both cases nothing of the document is seen.
      const found = await attempt(() => payload.find({ collection: 'medical-documents', user, overrideAccess: false, depth: 0 }))
      expect(found.ok ? found.value.docs : []).toEqual([])
      const byId = await attempt(() => payload.findByID({ collection: 'medical-documents', id: doc.id, user, overrideAccess: false }))
      expect(byId.ok).toBe(false)
    })

    it('nobody can change a document, not even its patient', async () => {
      const result = await attempt(() =>
        payload.update({ collection: 'medical-documents', id: doc.id, data: { originalName: 'x' }, user: patient, overrideAccess: false }),
      )
      expect(result).toMatchObject({ ok: false, status: 403 })
    })

    it('staff of another hospital cannot read the inquiry or its messages', async () => {
      const inquiries = await payload.find({ collection: 'inquiries', user: world.users.hospitalStaffB, overrideAccess: false, depth: 0 })
      expect(inquiries.docs.map((i) => i.id)).not.toContain(inquiry.id)
      const messages = await payload.find({ collection: 'inquiry-messages', user: world.users.hospitalStaffB, overrideAccess: false, depth: 0 })
      expect(messages.docs).toEqual([])
      const consents = await payload.find({ collection: 'consents', user: world.users.hospitalStaffB, overrideAccess: false, depth: 0 })
      expect(consents.docs).toEqual([])
    })

    it('platform admins see inquiry metadata but not the medical text or documents', async () => {
      const seen = await payload.findByID({ collection: 'inquiries', id: inquiry.id, user: world.users.platformAdmin, overrideAccess: false, depth: 0 })
      expect(seen.status).toBe('new')
      expect(seen.question).toBeUndefined()
      expect(seen.conditionSummary).toBeUndefined()
      expect(seen.documents).toBeUndefined()
    })
  })

  describe('REST and GraphQL', () => {
    it('REST: the patient lists their document; another patient and staff of B list nothing', async () => {
      const own = (await (await call('GET', 'medical-documents?depth=0', tokens.patient)).json()) as { docs: Json[] }
      expect(own.docs.map((d) => d.id)).toContain(doc.id)
      for (const who of ['stranger', 'staffB', 'platformAdmin']) {
        const res = (await (await call('GET', 'medical-documents?depth=0', tokens[who])).json()) as { docs?: Json[] }
        expect(res.docs ?? []).toEqual([])
      }
      const anonymous = await call('GET', `medical-documents/${doc.id}`)
      expect([401, 403, 404]).toContain(anonymous.status)
    })

    it('REST: staff of B cannot read the inquiry by id', async () => {
      const response = await call('GET', `inquiries/${inquiry.id}?depth=0`, tokens.staffB)
      expect([403, 404]).toContain(response.status)
    })

    it('GraphQL: staff of A see the document, staff of B do not', async () => {
      const query = '{ MedicalDocuments { docs { id mimeType } } }'
      const a = await graphql(query, tokens.staffA)
      expect((a.data?.MedicalDocuments?.docs ?? []).map((d) => d.id)).toContain(doc.id)
      const b = await graphql(query, tokens.staffB)
      expect(b.data?.MedicalDocuments?.docs ?? []).toEqual([])
    })
  })

  describe('uploading over REST obeys the same byte check', () => {
    async function upload(sample: Parameters<typeof sampleFile>[0], as: string) {
      const file = sampleFile(sample, as)
      const body = new FormData()
      body.set('file', new File([new Uint8Array(file.data)], as, { type: file.mimetype }))
      body.set('_payload', JSON.stringify({}))
      const request = new Request('http://localhost:3000/api/medical-documents', {
        method: 'POST',
        headers: { Authorization: `JWT ${tokens.patient}` },
        body,
      })
      const response = await rest.POST(request, { params: Promise.resolve({ slug: ['medical-documents'] }) })
      return { status: response.status, body: (await response.json()) as Json }
    }

    it('an HTML file named scan.pdf is refused', async () => {
      const { status } = await upload('html-as-scan.pdf', 'scan.pdf')
      expect(status).toBe(400)
    })

    it('a real PNG is stored as image/png for the signed-in patient', async () => {
      const { status, body } = await upload('chart.png', 'chart.jpg')
      expect(status).toBe(201)
      const stored = body.doc as Json
      expect(stored.mimeType).toBe('image/png')
      expect(String(stored.filename)).toMatch(/\.png$/)
    })

    it('staff cannot upload medical documents', async () => {
      const body = new FormData()
      body.set('file', new File([new Uint8Array(sampleBytes('referral.pdf'))], 'r.pdf', { type: 'application/pdf' }))
      const response = await rest.POST(
        new Request('http://localhost:3000/api/medical-documents', { method: 'POST', headers: { Authorization: `JWT ${tokens.staffA}` }, body }),
        { params: Promise.resolve({ slug: ['medical-documents'] }) },
      )
      expect(response.status).toBe(403)
    })
  })

  describe('the file URL', () => {
    const fileUrl = () => `medical-documents/file/${doc.filename}`

    it('serves the bytes to the patient, privately', async () => {
      const response = await call('GET', fileUrl(), tokens.patient)
      expect(response.status).toBe(200)
      expect(Buffer.from(await response.arrayBuffer()).equals(sampleBytes('referral.pdf'))).toBe(true)
      expect(response.headers.get('cache-control')).toContain('no-store')
    })

    it('serves staff of the addressed hospital and writes a download entry', async () => {
      const before = await auditCount({ action: { equals: 'download' } })
      const response = await call('GET', fileUrl(), tokens.staffA)
      expect(response.status).toBe(200)
      await response.arrayBuffer()
      expect(await auditCount({ action: { equals: 'download' } })).toBe(before + 1)
    })

    it.each(['stranger', 'staffB', 'platformAdmin', undefined])('refuses %s', async (who) => {
      const response = await call('GET', fileUrl(), who ? tokens[who] : undefined)
      expect([401, 403, 404]).toContain(response.status)
    })
  })

  describe('the audit log', () => {
    it('nobody can create, edit or delete entries over REST, not even a platform admin', async () => {
      const [entry] = (await payload.find({ collection: 'audit-log', overrideAccess: true, limit: 1, depth: 0 })).docs
      expect(entry).toBeTruthy()
      const id = String(entry?.id)
      expect((await call('PATCH', `audit-log/${id}`, tokens.platformAdmin, { detail: 'rewritten' })).status).toBe(403)
      expect((await call('DELETE', `audit-log/${id}`, tokens.platformAdmin)).status).toBe(403)
      expect((await call('POST', 'audit-log', tokens.platformAdmin, { action: 'read', targetCollection: 'x', docId: 'y', actorType: 'system' })).status).toBe(403)
      const stored = await payload.findByID({ collection: 'audit-log', id, overrideAccess: true })
      expect(stored.detail).toBe(entry?.detail)
    })

    it('a hospital admin reads only their own hospital’s entries; staff and patients read none', async () => {
      await payload.findByID({ collection: 'medical-documents', id: doc.id, user: world.users.hospitalStaffA, overrideAccess: false })
      const adminA = await payload.find({ collection: 'audit-log', user: world.users.hospitalAdminA, overrideAccess: false, depth: 0, pagination: false })
      expect(adminA.docs.length).toBeGreaterThan(0)
      expect(new Set(adminA.docs.map((e) => e.hospital))).toEqual(new Set([world.hospitals.A.id]))
      const adminB = await payload.find({ collection: 'audit-log', user: hospitalAdminB, overrideAccess: false, depth: 0 })
      expect(adminB.docs).toEqual([])
      for (const user of [world.users.hospitalStaffA, patient]) {
        const result = await attempt(() => payload.find({ collection: 'audit-log', user, overrideAccess: false }))
        expect(result.ok ? result.value.docs : []).toEqual([])
      }
    })
  })
})
