import config from '@payload-config'
import { GRAPHQL_POST, REST_GET, REST_PATCH } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  process.env.MEDICAL_DOCUMENTS_DIR = `${process.env.TMPDIR ?? '/tmp'}/kakehashi-int/training-${process.pid}-${Date.now()}/medical-documents`
})

import { readdir } from 'node:fs/promises'

import { applicationFilesDir } from '@/training/files'
import { ownApplications } from '@/training/queries'
import { TrainingError, createApplication, withdrawApplication, type CreateApplicationInput } from '@/training/service'

import { siteReq } from '../fixtures/inquiries'
import { sampleFile } from '../fixtures/uploads'
import { testPayload } from './harness'
import { createProgram } from './support/cooperation'
import { createPatient, type PatientActor } from './support/patients'
import { attempt, buildWorld, PASSWORD, type World } from './support/world'

import type { TrainingApplication, TrainingProgram } from '../../payload-types'

/**
 * Training applications: an applicant sees only their own (and their CV), the host decides, other
 * hospitals see nothing, and a refused application (bad CV, deadline passed, second one) stores nothing.
 */

type Json = Record<string, unknown>
const rest = { GET: REST_GET(config), PATCH: REST_PATCH(config) }
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

const form = (programId: string): CreateApplicationInput => ({
  programId,
  fullName: 'Amina Otieno',
  email: 'amina@example.org',
  country: 'KE',
  profession: 'nurse',
  currentPosition: 'Head nurse, county referral hospital',
  yearsOfExperience: '9',
  motivation:
    'I lead the emergency ward of a county referral hospital and want to bring back triage and infection-control routines that work with limited staff. This programme matches exactly what our county plans for next year.',
  consent: 'on',
})

/** The CV files stored on disk right now. */
async function cvFilesOnDisk(): Promise<string[]> {
  return readdir(applicationFilesDir()).catch(() => [])
}

describe('training applications', () => {
  let payload: Payload
  let world: World
  let applicant: PatientActor
  let other: PatientActor
  let hospitalProgram: TrainingProgram
  let universityProgram: TrainingProgram
  let closedProgram: TrainingProgram
  let draftProgram: TrainingProgram
  let application: TrainingApplication
  const tokens: Record<string, string> = {}

  async function counts() {
    const [apps, files] = await Promise.all([
      payload.count({ collection: 'training-applications', overrideAccess: true }),
      payload.count({ collection: 'application-files', overrideAccess: true }),
    ])
    return { apps: apps.totalDocs, files: files.totalDocs }
  }

  beforeAll(async () => {
    payload = await testPayload()
    world = await buildWorld(payload)
    applicant = await createPatient(payload, 'applicant')
    other = await createPatient(payload, 'other-applicant')
    hospitalProgram = await createProgram(payload, { hospital: world.hospitals.A.id })
    universityProgram = await createProgram(payload, { university: 'Seto Inland Sea University of Health Sciences' })
    closedProgram = await createProgram(payload, { hospital: world.hospitals.A.id }, { deadlineInDays: -2 })
    draftProgram = await createProgram(payload, { hospital: world.hospitals.A.id }, { status: 'draft' })
    application = await createApplication(await siteReq(payload, applicant), form(hospitalProgram.id), sampleFile('referral.pdf', 'my-cv.pdf'))
    await createApplication(await siteReq(payload, other), form(universityProgram.id), sampleFile('referral.pdf', 'cv.pdf'))
    for (const [name, who, collection] of [
      ['applicant', applicant, 'patients'],
      ['other', other, 'patients'],
      ['staffA', world.users.hospitalStaffA, 'users'],
      ['staffB', world.users.hospitalStaffB, 'users'],
    ] as const) {
      const { token } = await payload.login({ collection, data: { email: who.email, password: PASSWORD } })
      tokens[name] = token ?? ''
    }
  })

  it('stores a valid application as submitted, with the consent text naming the host', async () => {
    expect(application.status).toBe('submitted')
    const stored = await payload.findByID({ collection: 'training-applications', id: application.id, overrideAccess: true, depth: 0 })
    expect(stored.applicant).toBe(applicant.id)
    expect(stored.hostHospital).toBe(world.hospitals.A.id)
    expect(stored.consent?.version).toBeTruthy()
    expect(stored.consent?.locale).toBe('en')
    expect(stored.consent?.text).toContain(world.hospitals.A.name)
    expect(stored.history?.map((h) => h.status)).toEqual(['submitted'])
  })

  describe('who sees an application', () => {
    it('the applicant sees only their own (Local API)', async () => {
      const own = await payload.find({ collection: 'training-applications', user: applicant, overrideAccess: false, depth: 0 })
      expect(own.docs.map((d) => d.id)).toEqual([application.id])
      const others = await payload.find({ collection: 'training-applications', user: other, overrideAccess: false, depth: 0 })
      expect(others.docs.map((d) => d.id)).not.toContain(application.id)
      const byId = await attempt(() => payload.findByID({ collection: 'training-applications', id: application.id, user: other, overrideAccess: false }))
      expect(byId.ok).toBe(false)
    })

    it('REST and GraphQL: the other applicant and staff of another hospital see nothing of it', async () => {
      const own = (await (await call('GET', 'training-applications?depth=0', tokens.applicant)).json()) as { docs: Json[] }
      expect(own.docs.map((d) => d.id)).toEqual([application.id])
      for (const who of ['other', 'staffB']) {
        const res = (await (await call('GET', 'training-applications?depth=0', tokens[who])).json()) as { docs?: Json[] }
        expect((res.docs ?? []).map((d) => d.id)).not.toContain(application.id)
      }
      const query = '{ TrainingApplications { docs { id status } } }'
      expect(((await graphql(query, tokens.staffA)).data?.TrainingApplications?.docs ?? []).map((d) => d.id)).toContain(application.id)
      expect((await graphql(query, tokens.staffB)).data?.TrainingApplications?.docs ?? []).toEqual([])
      expect(((await graphql(query, tokens.other)).data?.TrainingApplications?.docs ?? []).map((d) => d.id)).not.toContain(application.id)
    })

    it('the applications page lists the applicant’s own applications with their programme', async () => {
      const mine = await ownApplications(applicant, 'en')
      expect(mine.map((a) => a.id)).toEqual([application.id])
      expect(mine[0]?.program?.slug).toBe(hospitalProgram.slug)
      expect((await ownApplications(other, 'en')).map((a) => a.id)).not.toContain(application.id)
    })

    it('staff of another hospital find nothing at all', async () => {
      const found = await payload.find({ collection: 'training-applications', user: world.users.hospitalStaffB, overrideAccess: false, depth: 0 })
      expect(found.docs).toEqual([])
    })

    it('host notes are hidden from the applicant', async () => {
      await payload.update({ collection: 'training-applications', id: application.id, data: { hostNotes: 'Strong profile' }, user: world.users.hospitalStaffA, overrideAccess: false })
      const seen = await payload.findByID({ collection: 'training-applications', id: application.id, user: applicant, overrideAccess: false, depth: 0 })
      expect(seen.hostNotes).toBeUndefined()
    })
  })

  describe('the CV', () => {
    const cvId = () => String(typeof application.cv === 'object' ? application.cv.id : application.cv)

    it('is read by the applicant and the host staff; each staff read is audited', async () => {
      expect((await payload.findByID({ collection: 'application-files', id: cvId(), user: applicant, overrideAccess: false })).originalName).toBe('my-cv.pdf')
      const before = (await payload.count({ collection: 'audit-log', overrideAccess: true, where: { docId: { equals: cvId() } } })).totalDocs
      const read = await payload.findByID({ collection: 'application-files', id: cvId(), user: world.users.hospitalStaffA, overrideAccess: false })
      expect(read.mimeType).toBe('application/pdf')
      const after = await payload.find({ collection: 'audit-log', overrideAccess: true, where: { docId: { equals: cvId() } }, sort: '-createdAt', depth: 0 })
      expect(after.totalDocs).toBe(before + 1)
      expect(after.docs[0]).toMatchObject({ action: 'read', targetCollection: 'application-files', actorLabel: world.users.hospitalStaffA.email })
    })

    it.each(['other', 'staffB', 'platformAdmin', 'editor'] as const)('is not readable by %s (a hospital programme)', async (who) => {
      const user = who === 'other' ? other : who === 'staffB' ? world.users.hospitalStaffB : world.users[who]
      const byId = await attempt(() => payload.findByID({ collection: 'application-files', id: cvId(), user, overrideAccess: false }))
      expect(byId.ok).toBe(false)
    })

    it('the file URL serves the applicant and host staff, and refuses others', async () => {
      const doc = await payload.findByID({ collection: 'application-files', id: cvId(), overrideAccess: true })
      expect((await call('GET', `application-files/file/${doc.filename}`, tokens.applicant)).status).toBe(200)
      expect((await call('GET', `application-files/file/${doc.filename}`, tokens.staffA)).status).toBe(200)
      for (const who of ['other', 'staffB', undefined]) {
        expect([401, 403, 404]).toContain((await call('GET', `application-files/file/${doc.filename}`, who ? tokens[who] : undefined)).status)
      }
    })

    it('platform staff host university programmes and read those CVs', async () => {
      const found = await payload.find({ collection: 'application-files', user: world.users.editor, overrideAccess: false, depth: 0 })
      expect(found.docs.length).toBe(1)
      expect(found.docs[0]?.hostHospital ?? null).toBeNull()
    })
  })

  describe('status', () => {
    it('the host moves it on and the history keeps each step', async () => {
      const updated = await payload.update({ collection: 'training-applications', id: application.id, data: { status: 'under-review' }, user: world.users.hospitalStaffA, overrideAccess: false })
      expect(updated.status).toBe('under-review')
      expect(updated.history?.map((h) => h.status)).toEqual(['submitted', 'under-review'])
      const seen = await payload.findByID({ collection: 'training-applications', id: application.id, user: applicant, overrideAccess: false })
      expect(seen.status).toBe('under-review')
    })

    it('staff of another hospital and the applicant cannot change it', async () => {
      const b = await attempt(() =>
        payload.update({ collection: 'training-applications', id: application.id, data: { status: 'accepted' }, user: world.users.hospitalStaffB, overrideAccess: false }),
      )
      expect(b.ok).toBe(false)
      const response = await call('PATCH', `training-applications/${application.id}`, tokens.applicant, { status: 'accepted' })
      expect(response.status).toBe(403)
      expect((await payload.findByID({ collection: 'training-applications', id: application.id, overrideAccess: true })).status).toBe('under-review')
    })

    it('a move the rules do not allow is refused with its reason', async () => {
      const other = await createApplication(await siteReq(payload, applicant), form(universityProgram.id), sampleFile('chart.png', 'cv.png'))
      const result = await attempt(() =>
        payload.update({ collection: 'training-applications', id: other.id, data: { status: 'withdrawn' }, user: world.users.editor, overrideAccess: false }),
      )
      expect(result).toMatchObject({ ok: false, status: 400 })
    })

    it('the applicant withdraws while no decision is made, and cannot after one', async () => {
      const withdrawn = await withdrawApplication(await siteReq(payload, applicant), String(application.id))
      expect(withdrawn.status).toBe('withdrawn')
      expect(withdrawn.history?.at(-1)).toMatchObject({ status: 'withdrawn', by: 'applicant' })
      const someoneElse = await attempt(() => siteReq(payload, other).then((req) => withdrawApplication(req, String(application.id))))
      expect(someoneElse).toMatchObject({ ok: false, status: 404 })

      const again = await createApplication(await siteReq(payload, applicant), form(hospitalProgram.id), sampleFile('referral.pdf'))
      await payload.update({ collection: 'training-applications', id: again.id, data: { status: 'under-review' }, user: world.users.hospitalStaffA, overrideAccess: false })
      await payload.update({ collection: 'training-applications', id: again.id, data: { status: 'accepted' }, user: world.users.hospitalStaffA, overrideAccess: false })
      const late = await attempt(async () => withdrawApplication(await siteReq(payload, applicant), String(again.id)))
      expect(late).toMatchObject({ ok: false, status: 409 })
    })
  })

  describe('refusals store nothing', () => {
    it('a renamed non-PDF CV is refused with a message naming the file', async () => {
      const before = await counts()
      const result = await createApplication(await siteReq(payload, other), form(hospitalProgram.id), sampleFile('html-as-scan.pdf', 'cv.pdf')).catch((e: unknown) => e)
      expect(result).toBeInstanceOf(TrainingError)
      expect((result as TrainingError).status).toBe(400)
      expect((result as TrainingError).fieldErrors?.cv).toMatch(/“cv\.pdf” is not a PDF, JPEG or PNG file/)
      expect(await counts()).toEqual(before)
    })

    it('the refusal is in the applicant’s language', async () => {
      const result = (await createApplication(await siteReq(payload, other, 'ja'), form(hospitalProgram.id), sampleFile('text-as-x.png', 'cv.png')).catch((e: unknown) => e)) as TrainingError
      expect(result.fieldErrors?.cv).toContain('cv.png')
      expect(result.fieldErrors?.cv).not.toMatch(/is not a PDF/)
    })

    it('missing fields and consent are reported together', async () => {
      const result = (await createApplication(await siteReq(payload, other), { programId: hospitalProgram.id, motivation: 'short' }, undefined).catch((e: unknown) => e)) as TrainingError
      expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['country', 'currentPosition', 'cv', 'email', 'fullName', 'motivation', 'profession', 'yearsOfExperience', 'consent'].sort())
    })

    it('after the deadline the application is refused', async () => {
      const before = await counts()
      const result = (await createApplication(await siteReq(payload, other), form(closedProgram.id), sampleFile('referral.pdf')).catch((e: unknown) => e)) as TrainingError
      expect(result.status).toBe(409)
      expect(result.message).toMatch(/deadline .* has passed/)
      expect(await counts()).toEqual(before)
    })

    it('a second application to the same programme is refused', async () => {
      const before = await counts()
      const result = (await createApplication(await siteReq(payload, other), form(universityProgram.id), sampleFile('referral.pdf')).catch((e: unknown) => e)) as TrainingError
      expect(result.status).toBe(409)
      expect(result.message).toMatch(/already applied/)
      expect(await counts()).toEqual(before)
    })

    it('two applications sent at once: one is stored, the other leaves neither a record nor a file', async () => {
      const racer = await createPatient(payload, 'racer')
      const program = await createProgram(payload, { university: 'Chubu University of Medical Engineering' })
      const before = await counts()
      const filesBefore = await cvFilesOnDisk()
      const results = await Promise.allSettled([
        siteReq(payload, racer).then((req) => createApplication(req, form(program.id), sampleFile('referral.pdf'))),
        siteReq(payload, racer).then((req) => createApplication(req, form(program.id), sampleFile('referral.pdf'))),
      ])
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
      expect(String(refused.reason?.message ?? refused.reason)).toMatch(/already applied|invalid/)
      expect(await counts()).toEqual({ apps: before.apps + 1, files: before.files + 1 })
      expect((await cvFilesOnDisk()).length).toBe(filesBefore.length + 1)
    })

    it('a draft programme takes no applications', async () => {
      const result = (await createApplication(await siteReq(payload, other), form(draftProgram.id), sampleFile('referral.pdf')).catch((e: unknown) => e)) as TrainingError
      expect(result.status).toBe(404)
    })

    it('signed-out visitors cannot apply', async () => {
      const result = (await createApplication(await siteReq(payload, null), form(hospitalProgram.id), sampleFile('referral.pdf')).catch((e: unknown) => e)) as TrainingError
      expect(result.status).toBe(401)
    })
  })
})
