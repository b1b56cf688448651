import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  process.env.MEDICAL_DOCUMENTS_DIR = `${process.env.TMPDIR ?? '/tmp'}/kakehashi-int/medical-${process.pid}-${Date.now()}`
})

import { POST as acceptQuoteRoute } from '../../app/api/account/inquiries/[id]/accept-quote/route'
import { POST as messagesRoute } from '../../app/api/account/inquiries/[id]/messages/route'
import { POST as createRoute } from '../../app/api/account/inquiries/route'
import { filesOnDisk, recordCounts } from '../fixtures/inquiries'
import { sampleBytes, type SampleName } from '../fixtures/uploads'
import { testPayload } from './harness'
import { createPatient, type PatientActor } from './support/patients'
import { attempt, buildWorld, PASSWORD, type World } from './support/world'

/** The site's own inquiry endpoints, called as Next would call them, signed in with the session cookie. */

type Json = Record<string, unknown> & { fieldErrors?: Record<string, string> }

describe('the inquiry endpoints of the site', () => {
  let payload: Payload
  let world: World
  let patient: PatientActor
  let cookie = ''

  beforeAll(async () => {
    payload = await testPayload()
    world = await buildWorld(payload)
    patient = await createPatient(payload, 'api-patient')
    const { token } = await payload.login({ collection: 'patients', data: { email: patient.email, password: PASSWORD } })
    cookie = `payload-token=${token}`
  })

  function form(fields: Record<string, string>, files: [SampleName, string][] = []): FormData {
    const body = new FormData()
    for (const [name, value] of Object.entries(fields)) body.set(name, value)
    for (const [sample, as] of files) body.append('attachments', new File([new Uint8Array(sampleBytes(sample))], as, { type: 'application/pdf' }))
    return body
  }

  const baseFields = () => ({
    hospitalId: world.hospitals.A.id,
    question: 'Is a knee replacement possible in May?',
    replyLanguage: 'en',
    locale: 'es',
    consent: 'on',
  })

  async function post(body: FormData, withCookie = true): Promise<{ status: number; json: Json }> {
    const response = await createRoute(
      new Request('http://localhost:3000/api/account/inquiries', { method: 'POST', body, headers: withCookie ? { cookie, 'Sec-Fetch-Site': 'same-origin' } : {} }),
    )
    return { status: response.status, json: (await response.json()) as Json }
  }

  it('signed out: 401 and nothing stored', async () => {
    const before = await recordCounts(payload)
    const { status } = await post(form(baseFields()), false)
    expect(status).toBe(401)
    expect(await recordCounts(payload)).toEqual(before)
  })

  it('an HTML file named scan.pdf: 400 with the message at the attachments field, in Spanish; nothing stored', async () => {
    const before = await recordCounts(payload)
    const filesBefore = await filesOnDisk()
    const { status, json } = await post(form(baseFields(), [['referral.pdf', 'referral.pdf'], ['html-as-scan.pdf', 'scan.pdf']]))
    expect(status).toBe(400)
    expect(json.fieldErrors?.attachments).toContain('scan.pdf')
    expect(json.fieldErrors?.attachments).toMatch(/no es un archivo/)
    expect(await recordCounts(payload)).toEqual(before)
    expect(await filesOnDisk()).toEqual(filesBefore)
  })

  it('without the consent box ticked: 400 at the consent field', async () => {
    const fields: Record<string, string> = baseFields()
    delete fields.consent
    const { status, json } = await post(form(fields))
    expect(status).toBe(400)
    expect(Object.keys(json.fieldErrors ?? {})).toEqual(['consent'])
  })

  it('a valid form: 201 with the thread URL; the patient writes and accepts a quote through the other endpoints', async () => {
    const { status, json } = await post(form(baseFields(), [['referral.pdf', 'referral.pdf']]))
    expect(status).toBe(201)
    const id = String(json.id)
    expect(json.url).toBe(`/es/account/inquiries/${id}`)

    const message = await messagesRoute(
      new Request(`http://localhost:3000/api/account/inquiries/${id}/messages`, {
        method: 'POST',
        headers: { cookie, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' },
        body: JSON.stringify({ body: 'Also: can my wife stay with me?' }),
      }),
      { params: Promise.resolve({ id }) },
    )
    expect(message.status).toBe(201)

    const tooEarly = await acceptQuoteRoute(
      new Request(`http://localhost:3000/api/account/inquiries/${id}/accept-quote`, { method: 'POST', headers: { cookie, 'Sec-Fetch-Site': 'same-origin' } }),
      { params: Promise.resolve({ id }) },
    )
    expect(tooEarly.status).toBe(409)
  })

  it('the patient may withdraw a document while the inquiry is unanswered, not after', async () => {
    const { json } = await post(form(baseFields(), [['referral.pdf', 'a.pdf'], ['xray.jpg', 'b.jpg']]))
    const inquiry = await payload.findByID({ collection: 'inquiries', id: String(json.id), overrideAccess: true, depth: 0 })
    const [first, second] = (inquiry.documents ?? []).map(String)
    const early = await attempt(() => payload.delete({ collection: 'medical-documents', id: first ?? '', user: patient, overrideAccess: false }))
    expect(early.ok).toBe(true)
    await payload.update({ collection: 'inquiries', id: inquiry.id, overrideAccess: true, data: { status: 'answered' } })
    const late = await attempt(() => payload.delete({ collection: 'medical-documents', id: second ?? '', user: patient, overrideAccess: false }))
    expect(late.ok).toBe(false)
  })
})
