import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  // This file's own directory, so counting files on disk sees only what this file's tests wrote.
  process.env.MEDICAL_DOCUMENTS_DIR = `${process.env.TMPDIR ?? '/tmp'}/kakehashi-int/medical-${process.pid}-${Date.now()}`
})

import { CONSENT_VERSION } from '@/inquiries/consent'
import { InquiryError } from '@/inquiries/service'

import { filesOnDisk, recordCounts, sendInquiry, siteReq } from '../fixtures/inquiries'
import { oversizedPdf, sampleFile, type SampleName } from '../fixtures/uploads'
import { testPayload } from './harness'
import { createPatient, type PatientActor } from './support/patients'
import { attempt, buildWorld, createUser, type World } from './support/world'

void os
void path

async function refusal(run: () => Promise<unknown>): Promise<InquiryError> {
  try {
    await run()
  } catch (error) {
    if (error instanceof InquiryError) return error
    throw error
  }
  throw new Error('expected the inquiry to be refused')
}

describe('sending an inquiry with medical documents', () => {
  let payload: Payload
  let world: World
  let patient: PatientActor

  beforeAll(async () => {
    payload = await testPayload()
    world = await buildWorld(payload)
    await payload.update({
      collection: 'hospitals',
      id: world.hospitals.A.id,
      data: { internationalOffice: { email: 'international@hospital-a.test' } },
    })
    patient = await createPatient(payload, 'inquirer', 'vi')
  })

  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('without consent: a clear error at the consent field, and nothing is stored', async () => {
    const before = await recordCounts(payload)
    const filesBefore = await filesOnDisk()
    const error = await refusal(() =>
      sendInquiry(payload, patient, world.hospitals.A.id, [sampleFile('referral.pdf')], { consent: undefined }),
    )
    expect(error.status).toBe(400)
    expect(error.fieldErrors?.consent).toMatch(/consent/i)
    expect(await recordCounts(payload)).toEqual(before)
    expect(await filesOnDisk()).toEqual(filesBefore)
  })

  it('without consent the message is in the visitor language', async () => {
    const error = await refusal(() => sendInquiry(payload, patient, world.hospitals.A.id, [], { consent: 'false' }, 'ja'))
    expect(error.fieldErrors?.consent).toMatch(/同意/)
  })

  it.each([
    ['html-as-scan.pdf', 'scan.pdf'],
    ['text-as-x.png', 'x.png'],
    ['zip-as-photo.jpg', 'photo.jpg'],
    ['exe-as-photo.jpg', 'setup.jpg'],
    ['png-header-only.png', 'header.png'],
    ['pdf-header-then-html.pdf', 'report.pdf'],
    ['empty.pdf', 'empty.pdf'],
  ] as [SampleName, string][])('refuses %s sent as %s, naming it at the attachments field; nothing stored', async (sample, as) => {
    const before = await recordCounts(payload)
    const filesBefore = await filesOnDisk()
    const error = await refusal(() =>
      sendInquiry(payload, patient, world.hospitals.A.id, [sampleFile('referral.pdf'), sampleFile(sample, as)]),
    )
    expect(error.status).toBe(400)
    expect(error.fieldErrors?.attachments).toContain(as)
    expect(await recordCounts(payload)).toEqual(before)
    expect(await filesOnDisk()).toEqual(filesBefore)
  })

  it('refuses a PDF of 20 MB + 1 byte as too large', async () => {
    const before = await recordCounts(payload)
    const error = await refusal(() => sendInquiry(payload, patient, world.hospitals.A.id, [oversizedPdf()]))
    expect(error.fieldErrors?.attachments).toMatch(/big\.pdf.*20 MB/)
    expect(await recordCounts(payload)).toEqual(before)
  })

  it('refuses 11 files', async () => {
    const before = await recordCounts(payload)
    const files = Array.from({ length: 11 }, () => sampleFile('referral.pdf'))
    const error = await refusal(() => sendInquiry(payload, patient, world.hospitals.A.id, files))
    expect(error.fieldErrors?.attachments).toMatch(/10/)
    expect(await recordCounts(payload)).toEqual(before)
  })

  it('reports every invalid field at once', async () => {
    const error = await refusal(() =>
      sendInquiry(payload, patient, world.hospitals.A.id, [], { question: ' ', companions: '-1', preferredFrom: 'soon', replyLanguage: 'xx' }),
    )
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(['companions', 'preferredFrom', 'question', 'replyLanguage'])
  })

  it('accepts a PDF, a JPEG, a PNG and a DICOM file, stored under the type their bytes prove', async () => {
    const filesBefore = await filesOnDisk()
    const inquiry = await sendInquiry(payload, patient, world.hospitals.A.id, [
      sampleFile('referral.pdf'),
      sampleFile('xray.jpg'),
      sampleFile('chart.png'),
      // A DICOM file with a misleading name: the bytes decide.
      sampleFile('scan.dcm', 'scan.bin'),
    ])
    expect(inquiry.status).toBe('new')
    expect(inquiry.waitingSince).toBeTruthy()
    expect(inquiry.documents).toHaveLength(4)
    const docs = await payload.find({ collection: 'medical-documents', where: { inquiry: { equals: inquiry.id } }, overrideAccess: true, sort: 'createdAt', depth: 0 })
    expect(docs.docs.map((d) => d.mimeType).sort()).toEqual(['application/dicom', 'application/pdf', 'image/jpeg', 'image/png'])
    expect(docs.docs.map((d) => d.originalName).sort()).toEqual(['chart.png', 'referral.pdf', 'scan.bin', 'xray.jpg'])
    for (const doc of docs.docs) {
      expect(doc.patient).toBe(patient.id)
      expect(doc.hospital).toBe(world.hospitals.A.id)
      // Stored under an unguessable name whose extension matches the bytes.
      expect(doc.filename).toMatch(/^[0-9a-f-]{36}\.(pdf|jpg|png|dcm)$/)
    }
    expect((await filesOnDisk()).length).toBe(filesBefore.length + 4)
  })

  it('stores the consent with its version, locale, the exact text naming the hospital, and the time', async () => {
    const inquiry = await sendInquiry(payload, patient, world.hospitals.A.id, [], {}, 'fr')
    const consent = await payload.findByID({ collection: 'consents', id: String(inquiry.consent), overrideAccess: true, depth: 0 })
    expect(consent.patient).toBe(patient.id)
    expect(consent.hospital).toBe(world.hospitals.A.id)
    expect(consent.textVersion).toBe(CONSENT_VERSION)
    expect(consent.locale).toBe('fr')
    expect(consent.text).toContain(world.hospitals.A.name)
    expect(consent.text).toMatch(/APPI/)
    expect(consent.text).toMatch(/RGPD|GDPR/)
    expect(Date.now() - new Date(consent.givenAt).getTime()).toBeLessThan(60_000)
  })

  it('opens the thread with the question and queues one email to the international office', async () => {
    const inquiry = await sendInquiry(payload, patient, world.hospitals.A.id)
    const messages = await payload.find({ collection: 'inquiry-messages', where: { inquiry: { equals: inquiry.id } }, overrideAccess: true })
    expect(messages.docs.map((m) => [m.authorType, m.body])).toEqual([['patient', inquiry.question]])
    const emails = await payload.find({ collection: 'outbox', where: { aboutId: { equals: String(inquiry.id) } }, overrideAccess: true })
    expect(emails.docs.map((e) => [e.template, e.to])).toEqual([['inquiry-received', 'international@hospital-a.test']])
  })

  it('without an international office address, the hospital admins are told instead, in their language', async () => {
    const adminB = await createUser(payload, ['hospital-admin'], [world.hospitals.B.id], 'admin-b')
    await payload.update({ collection: 'users', id: adminB.id, data: { preferredLanguage: 'en' } })
    const inquiry = await sendInquiry(payload, patient, world.hospitals.B.id)
    const emails = await payload.find({ collection: 'outbox', where: { aboutId: { equals: String(inquiry.id) } }, overrideAccess: true })
    // Staff (not admins) of B and the office of A are not written to.
    expect(emails.docs.map((e) => [e.template, e.to, e.locale])).toEqual([['inquiry-received', adminB.email, 'en']])
  })

  it('a failure after files were written leaves no record and no file behind', async () => {
    const before = await recordCounts(payload)
    const filesBefore = await filesOnDisk()
    const realUpdate = payload.update.bind(payload)
    vi.spyOn(payload, 'update').mockImplementation(((args: Parameters<Payload['update']>[0]) => {
      if (args.collection === 'inquiries' && 'documents' in (args.data ?? {})) return Promise.reject(new Error('disk full'))
      return realUpdate(args)
    }) as Payload['update'])
    const result = await attempt(() => sendInquiry(payload, patient, world.hospitals.A.id, [sampleFile('referral.pdf'), sampleFile('xray.jpg')]))
    expect(result.ok).toBe(false)
    expect(await recordCounts(payload)).toEqual(before)
    expect(await filesOnDisk()).toEqual(filesBefore)
  })

  it('a draft hospital takes no inquiries', async () => {
    const error = await refusal(() => sendInquiry(payload, patient, world.hospitals.C.id))
    expect(error.status).toBe(404)
  })

  it('signed out, nobody can send one', async () => {
    const error = await refusal(async () =>
      (await import('@/inquiries/service')).createInquiry(await siteReq(payload, null), { hospitalId: world.hospitals.A.id, consent: 'on', question: 'x' }, []),
    )
    expect(error.status).toBe(401)
  })

  describe('every API obeys the byte check, not just the form', () => {
    it('a patient creating a medical document directly with HTML named scan.pdf is refused at the file', async () => {
      const result = await attempt(() =>
        payload.create({
          collection: 'medical-documents',
          data: {},
          file: sampleFile('html-as-scan.pdf', 'scan.pdf'),
          user: patient,
          overrideAccess: false,
        }),
      )
      expect(result).toMatchObject({ ok: false, status: 400 })
      if (!result.ok) expect(result.message).toBeTruthy()
    })

    it('a patient cannot create a document for somebody else', async () => {
      const other = await createPatient(payload, 'other')
      const doc = await payload.create({
        collection: 'medical-documents',
        data: { patient: other.id },
        file: sampleFile('referral.pdf'),
        user: patient,
        overrideAccess: false,
        depth: 0,
      })
      expect(doc.patient).toBe(patient.id)
      expect(doc.hospital).toBeFalsy()
    })

    it('a patient cannot attach a document to another patient’s inquiry', async () => {
      const other = await createPatient(payload, 'other2')
      const theirs = await sendInquiry(payload, other, world.hospitals.A.id)
      const result = await attempt(() =>
        payload.create({
          collection: 'medical-documents',
          data: { inquiry: theirs.id },
          file: sampleFile('referral.pdf'),
          user: patient,
          overrideAccess: false,
        }),
      )
      expect(result).toMatchObject({ ok: false, status: 403 })
    })
  })
})
