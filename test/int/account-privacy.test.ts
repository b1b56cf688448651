import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  // This file's own directory, so the files on disk are only what this file's tests wrote.
  process.env.MEDICAL_DOCUMENTS_DIR = `${process.env.TMPDIR ?? '/tmp'}/kakehashi-int/medical-privacy-${process.pid}-${Date.now()}`
})

import { POST as deleteRoute } from '../../app/api/account/delete/route'
import { GET as exportRoute } from '../../app/api/account/export/route'
import { POST as signInRoute } from '../../app/api/account/sign-in/route'

import { holdPlace } from '@/booking/service'
import { postPatientMessage } from '@/inquiries/service'
import { deliverDueEmails } from '@/notifications/delivery'
import { queueEmail } from '@/notifications/outbox'
import type { EmailPort, OutgoingEmail } from '@/notifications/port'
import { MAX_ATTEMPTS } from '@/notifications/retry'
import { recordOfflineDeposit } from '@/payments/service'
import type { PatientExport } from '@/patients/export'
import { search } from '@/search/service'

import type { Booking, Inquiry, MedicalDocument } from '../../payload-types'
import { filesOnDisk, sendInquiry, siteReq } from '../fixtures/inquiries'
import { sampleFile } from '../fixtures/uploads'
import { testPayload } from './harness'
import { createBookableHospital, createBookablePackage, createBookingPatient, createSlot, requestAs } from './support/booking'
import type { PatientActor } from './support/patients'
import { createUser, PASSWORD, unique, type Actor } from './support/world'

/** A browser's request to the site, carrying the session cookie (Payload's CSRF check wants Sec-Fetch-Site). */
function siteRequest(url: string, cookie: string, init: { method?: string; body?: unknown } = {}): Request {
  const headers = new Headers({ cookie, 'sec-fetch-site': 'same-origin', 'x-kakehashi-locale': 'en' })
  if (init.body !== undefined) headers.set('content-type', 'application/json')
  return new Request(`http://localhost${url}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
}

async function signIn(email: string, password = PASSWORD): Promise<Response> {
  return signInRoute(
    new Request('http://localhost/api/account/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kakehashi-locale': 'en' },
      body: JSON.stringify({ email, password }),
    }),
  )
}

async function sessionCookieOf(email: string): Promise<string> {
  const response = await signIn(email)
  expect(response.status).toBe(200)
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

/** An email provider that accepts everything and remembers what it was given. */
function acceptingPort(): EmailPort & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = []
  return {
    name: 'console',
    sent,
    async send(email) {
      sent.push(email)
      return { ok: true, messageId: `msg-${sent.length}` }
    },
  }
}

interface PatientStory {
  patient: PatientActor
  inquiry: Inquiry
  documents: MedicalDocument[]
  booking: Booking
}

describe('download my data and delete my account', () => {
  let payload: Payload
  let staffA: Actor
  let slotId: string
  let alice: PatientStory
  let bob: PatientStory

  /** A patient with a consent, an inquiry with a PDF and a reply, a paid booking and emails. */
  async function livePatient(label: string, name: string, question: string, slot: string): Promise<PatientStory> {
    const created = await createBookingPatient(payload, label, 'en')
    const patient: PatientActor = { ...(await payload.update({ collection: 'patients', id: created.id, data: { name }, depth: 0 })), collection: 'patients' }
    const inquiry = await sendInquiry(payload, patient, hospitalA, [sampleFile('referral.pdf')], { question })
    await postPatientMessage(await siteReq(payload, patient), String(inquiry.id), `Follow-up from ${name}: here are more details.`)
    const booking = await holdPlace(await requestAs(payload, patient), { slotId: slot, patient: patient.id })
    await recordOfflineDeposit(await requestAs(payload, staffA), { bookingId: String(booking.id) })
    const documents = await payload.find({ collection: 'medical-documents', where: { patient: { equals: patient.id } }, depth: 0, overrideAccess: true })
    return { patient, inquiry, documents: documents.docs, booking }
  }

  let hospitalA: string

  beforeAll(async () => {
    payload = await testPayload()
    const hospital = await createBookableHospital(payload, 'Privacy Hospital')
    hospitalA = hospital.id
    const pkg = await createBookablePackage(payload, hospital.id)
    slotId = String((await createSlot(payload, pkg.id, 5)).id)
    staffA = await createUser(payload, ['hospital-staff'], [hospital.id], 'privacy-staff')
    alice = await livePatient('alice', unique('Alice Privacy'), 'Alice asks about her left knee.', slotId)
    bob = await livePatient('bob', unique('Bob Bystander'), 'Bob asks about his heart check-up.', slotId)
  })

  it('exports everything held about the patient, and nothing about anyone else', async () => {
    const cookie = await sessionCookieOf(alice.patient.email)
    const response = await exportRoute(siteRequest('/api/account/export', cookie))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="kakehashi-my-data-\d{4}-\d{2}-\d{2}\.json"/)
    const raw = await response.text()
    const data = JSON.parse(raw) as PatientExport

    expect(data.profile).toMatchObject({ id: alice.patient.id, email: alice.patient.email, name: alice.patient.name })
    expect(raw).not.toMatch(/"(hash|salt|password|_verificationToken|resetPasswordToken|sessions)"/)

    expect(data.consents).toHaveLength(1)
    expect(data.consents[0]).toMatchObject({ purpose: 'medical-data-to-hospital', hospital: hospitalA })

    expect(data.inquiries).toHaveLength(1)
    expect(data.inquiries[0]).toMatchObject({ id: alice.inquiry.id, question: 'Alice asks about her left knee.' })
    expect(data.inquiries[0]?.messages.map((m) => m.body)).toContain(`Follow-up from ${alice.patient.name}: here are more details.`)

    const pdf = alice.documents[0]
    expect(alice.documents).toHaveLength(1)
    expect(data.medicalDocuments).toEqual([
      expect.objectContaining({ id: pdf?.id, filename: pdf?.filename, filesize: sampleFile('referral.pdf').size, mimeType: 'application/pdf' }),
    ])

    expect(data.bookings).toHaveLength(1)
    const booking = data.bookings[0] as { id: string; reference: string; status: string; transitions: { to: string }[] }
    expect(booking).toMatchObject({ id: alice.booking.id, reference: alice.booking.reference, status: 'confirmed' })
    expect(booking.transitions.map((t) => t.to)).toEqual(['pending-payment', 'confirmed'])

    expect(data.payments).toEqual([expect.objectContaining({ kind: 'deposit', status: 'succeeded', amountJPY: 50_000, provider: 'offline' })])

    const templates = data.emails.map((email) => email.template)
    expect(templates).toEqual(expect.arrayContaining(['booking-hold', 'booking-confirmed']))
    expect(data.emails.every((email) => email.to === alice.patient.email)).toBe(true)

    // Nothing of Bob: not his account, his question, his documents, his booking or his emails.
    for (const trace of [bob.patient.id, bob.patient.email, 'Bob asks about his heart', bob.booking.reference, bob.documents[0]?.filename ?? 'none']) {
      expect(raw).not.toContain(trace)
    }
  })

  it('refuses to delete the account with a wrong password, and erases nothing', async () => {
    const cookie = await sessionCookieOf(alice.patient.email)
    const response = await deleteRoute(siteRequest('/api/account/delete', cookie, { method: 'POST', body: { password: 'not-my-password-1' } }))
    expect(response.status).toBe(403)
    const body = (await response.json()) as { fieldErrors?: Record<string, string> }
    expect(body.fieldErrors?.password).toBeTruthy()

    expect((await payload.count({ collection: 'patients', where: { id: { equals: alice.patient.id } } })).totalDocs).toBe(1)
    expect((await payload.count({ collection: 'inquiries', where: { patient: { equals: alice.patient.id } } })).totalDocs).toBe(1)
    expect((await payload.count({ collection: 'medical-documents', where: { patient: { equals: alice.patient.id } } })).totalDocs).toBe(1)
    expect(await filesOnDisk()).toContain(alice.documents[0]?.filename)
  })

  it('erases the patient, their records and files, keeps the payments anonymised, and forgets the goodbye email once sent', async () => {
    const { patient } = alice
    const aliceFile = alice.documents[0]?.filename ?? ''
    expect(await filesOnDisk()).toContain(aliceFile)

    const cookie = await sessionCookieOf(patient.email)
    const response = await deleteRoute(siteRequest('/api/account/delete', cookie, { method: 'POST', body: { password: PASSWORD } }))
    expect(response.status).toBe(200)
    // The session cookie is expired in the answer.
    const expired = /^payload-token=;.*Expires=([^;]+)/i.exec(response.headers.get('set-cookie') ?? '')
    expect(new Date(expired?.[1] ?? 'invalid').getTime()).toBeLessThanOrEqual(Date.now())

    const count = async (collection: 'patients' | 'consents' | 'inquiries' | 'inquiry-messages' | 'medical-documents', where: object) =>
      (await payload.count({ collection, where: where as never, overrideAccess: true })).totalDocs
    expect(await count('patients', { id: { equals: patient.id } })).toBe(0)
    expect(await count('consents', { patient: { equals: patient.id } })).toBe(0)
    expect(await count('inquiries', { id: { equals: alice.inquiry.id } })).toBe(0)
    expect(await count('inquiry-messages', { inquiry: { equals: alice.inquiry.id } })).toBe(0)
    expect(await count('medical-documents', { id: { in: alice.documents.map((d) => d.id) } })).toBe(0)
    expect(await filesOnDisk()).not.toContain(aliceFile)

    // The booking and the payment stay for the hospital's books, without the patient.
    const booking = await payload.findByID({ collection: 'bookings', id: alice.booking.id, depth: 0, overrideAccess: true })
    expect(booking.patient ?? null).toBeNull()
    expect(booking.inquiry ?? null).toBeNull()
    expect(booking.status).toBe('confirmed')
    const payments = await payload.find({ collection: 'payments', where: { booking: { equals: alice.booking.id } }, depth: 0, overrideAccess: true })
    expect(payments.docs).toHaveLength(1)
    expect(payments.docs[0]).toMatchObject({ amountJPY: 50_000, kind: 'deposit', status: 'succeeded' })
    expect(payments.docs[0]?.patient ?? null).toBeNull()

    // Only the goodbye is still addressed to them, until it is delivered.
    const addressed = await payload.find({ collection: 'outbox', where: { to: { equals: patient.email } }, depth: 0, overrideAccess: true })
    expect(addressed.docs.map((email) => [email.template, email.status])).toEqual([['account-deleted', 'pending']])
    const port = acceptingPort()
    await deliverDueEmails(payload, { port, limit: 500 })
    expect(port.sent.filter((email) => email.to === patient.email)).toHaveLength(1)
    expect((await payload.count({ collection: 'outbox', where: { to: { equals: patient.email } }, overrideAccess: true })).totalDocs).toBe(0)
    expect(
      (await payload.count({ collection: 'outbox', where: { idempotencyKey: { equals: `account-deleted:${patient.id}` } }, overrideAccess: true })).totalDocs,
    ).toBe(0)

    // Other people's emails are kept as the record of what was sent.
    const bobsMail = await payload.find({ collection: 'outbox', where: { to: { equals: bob.patient.email } }, depth: 0, overrideAccess: true })
    expect(bobsMail.docs.length).toBeGreaterThan(0)
    expect(bobsMail.docs.every((email) => email.status === 'sent')).toBe(true)

    // Patients are never in the search index; their name finds nothing (while the hospital is found).
    const hospitalName = (await payload.findByID({ collection: 'hospitals', id: hospitalA, depth: 0, locale: 'en' })).name
    const hospitalHits = await search({ q: hospitalName, locale: 'en', filters: {}, sort: 'relevance', page: 1, pageSize: 20 }, { payload })
    expect(hospitalHits.total).toBeGreaterThan(0)
    const found = await search({ q: patient.name ?? '', locale: 'en', filters: {}, sort: 'relevance', page: 1, pageSize: 20 }, { payload })
    expect(found.total).toBe(0)

    // The account is gone: signing in fails like any unknown address.
    expect((await signIn(patient.email)).status).toBe(401)

    // Bob is untouched.
    expect(await count('patients', { id: { equals: bob.patient.id } })).toBe(1)
    expect(await count('inquiries', { id: { equals: bob.inquiry.id } })).toBe(1)
    expect(await filesOnDisk()).toContain(bob.documents[0]?.filename)
    const bobsBooking = await payload.findByID({ collection: 'bookings', id: bob.booking.id, depth: 0, overrideAccess: true })
    expect(String(bobsBooking.patient)).toBe(String(bob.patient.id))
  })

  it('forgets a goodbye email that could not be delivered after the last attempt', async () => {
    const address = `${unique('gone')}@patients.test`
    await queueEmail(await requestAs(payload), {
      to: address,
      locale: 'en',
      template: 'account-deleted',
      data: { name: 'Gone' },
      idempotencyKey: `account-deleted:${unique('gone')}`,
    })
    const row = (await payload.find({ collection: 'outbox', where: { to: { equals: address } }, depth: 0, overrideAccess: true })).docs[0]
    // One attempt left before the outbox gives up.
    await payload.update({ collection: 'outbox', id: row?.id ?? '', data: { attempts: MAX_ATTEMPTS - 1 }, overrideAccess: true, depth: 0 })
    const failing: EmailPort = { name: 'console', send: async () => ({ ok: false, error: 'mailbox unavailable' }) }
    const report = await deliverDueEmails(payload, { port: failing, limit: 500 })
    expect(report.failed).toBeGreaterThanOrEqual(1)
    expect((await payload.count({ collection: 'outbox', where: { to: { equals: address } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
