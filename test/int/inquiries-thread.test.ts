import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  process.env.MEDICAL_DOCUMENTS_DIR = `${process.env.TMPDIR ?? '/tmp'}/kakehashi-int/medical-${process.pid}-${Date.now()}`
})

import { acceptQuote, InquiryError, postPatientMessage } from '@/inquiries/service'

import { sendInquiry, siteReq } from '../fixtures/inquiries'
import { testPayload } from './harness'
import { createPatient, type PatientActor } from './support/patients'
import { attempt, buildWorld, createUser, type Actor, type World } from './support/world'

import type { Inquiry } from '../../payload-types'

const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

describe('the thread between patient and hospital', () => {
  let payload: Payload
  let world: World
  let patient: PatientActor
  let colleagueA: Actor

  const staffUpdate = (id: string, data: Record<string, unknown>, user: Actor = world.users.hospitalStaffA) =>
    payload.update({ collection: 'inquiries', id, data, user, overrideAccess: false, depth: 0 })
  const read = (id: string) => payload.findByID({ collection: 'inquiries', id, overrideAccess: true, depth: 0 })
  const emailsAbout = async (id: string, template: string) =>
    (await payload.find({ collection: 'outbox', overrideAccess: true, where: { aboutId: { equals: id }, template: { equals: template } }, depth: 0 })).docs

  beforeAll(async () => {
    payload = await testPayload()
    world = await buildWorld(payload)
    await payload.update({
      collection: 'hospitals',
      id: world.hospitals.A.id,
      data: { internationalOffice: { email: 'office@a.test' } },
    })
    patient = await createPatient(payload, 'thread-patient', 'ko')
    colleagueA = await createUser(payload, ['hospital-staff'], [world.hospitals.A.id], 'colleague-a')
  })

  describe('status and waiting time', () => {
    let inquiry: Inquiry

    beforeAll(async () => {
      inquiry = await sendInquiry(payload, patient, world.hospitals.A.id, [], { replyLanguage: 'ko', packageId: world.packages.publishedA.id })
    })

    it('a new inquiry waits from the moment it is sent', () => {
      expect(inquiry.status).toBe('new')
      expect(inquiry.waitingSince).toBeTruthy()
    })

    it('assigning a colleague puts it in progress; it still waits', async () => {
      const updated = await staffUpdate(inquiry.id, { assignee: colleagueA.id })
      expect(updated.status).toBe('in-progress')
      expect(updated.waitingSince).toBe(inquiry.waitingSince)
    })

    it('an assignee from another hospital is refused', async () => {
      const result = await attempt(() => staffUpdate(inquiry.id, { assignee: world.users.hospitalStaffB.id }))
      expect(result).toMatchObject({ ok: false, status: 400 })
      expect((await read(inquiry.id)).assignee).toBe(colleagueA.id)
    })

    it('a reply typed in the admin becomes a staff message, answers, stops the clock and tells the patient in Korean', async () => {
      const updated = await staffUpdate(inquiry.id, { reply: 'Yes, we can. Please send your latest MRI.' })
      expect(updated.status).toBe('answered')
      expect(updated.waitingSince).toBeNull()
      const messages = await payload.find({ collection: 'inquiry-messages', where: { inquiry: { equals: inquiry.id } }, overrideAccess: true, sort: 'createdAt', depth: 0 })
      expect(messages.docs.map((m) => [m.authorType, m.body])).toEqual([
        ['patient', inquiry.question],
        ['staff', 'Yes, we can. Please send your latest MRI.'],
      ])
      expect(messages.docs[1]?.authorStaff).toBe(world.users.hospitalStaffA.id)
      const emails = await emailsAbout(inquiry.id, 'inquiry-message-to-patient')
      expect(emails.map((e) => [e.to, e.locale])).toEqual([[patient.email, 'ko']])
      // Medical text stays behind the sign-in: the email says there is a message, not what it says.
      const [email] = emails
      expect(`${email?.subject} ${email?.text} ${email?.html}`).not.toContain('MRI')
    })

    it('the patient writing back puts it in progress and waiting again, and tells the hospital', async () => {
      const before = Date.now()
      await postPatientMessage(await siteReq(payload, patient, 'ko'), inquiry.id, 'Here is my MRI report.')
      const after = await read(inquiry.id)
      expect(after.status).toBe('in-progress')
      expect(new Date(after.waitingSince ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000)
      const emails = await emailsAbout(inquiry.id, 'inquiry-message-to-hospital')
      expect(emails.map((e) => e.to)).toEqual(['office@a.test'])
      expect(`${emails[0]?.subject} ${emails[0]?.text} ${emails[0]?.html}`).not.toContain('MRI report')
    })

    it('staff can close it; the patient writing reopens it', async () => {
      expect((await staffUpdate(inquiry.id, { status: 'closed' })).status).toBe('closed')
      await postPatientMessage(await siteReq(payload, patient), inquiry.id, 'One more question.')
      expect((await read(inquiry.id)).status).toBe('in-progress')
    })

    it('status changes by staff are in the audit log', async () => {
      const entries = await payload.find({ collection: 'audit-log', overrideAccess: true, where: { docId: { equals: inquiry.id }, action: { equals: 'transition' } }, depth: 0 })
      expect(entries.docs.map((e) => e.detail)).toContain('status:in-progress→closed')
    })

    it('the patient cannot edit the inquiry after sending', async () => {
      const result = await attempt(() =>
        payload.update({ collection: 'inquiries', id: inquiry.id, data: { question: 'changed' }, user: patient, overrideAccess: false }),
      )
      expect(result).toMatchObject({ ok: false, status: 403 })
    })

    it('staff of another hospital can neither update it nor write in the thread', async () => {
      const update = await attempt(() => staffUpdate(inquiry.id, { status: 'closed' }, world.users.hospitalStaffB))
      expect(update.ok).toBe(false)
      const message = await attempt(() =>
        payload.create({ collection: 'inquiry-messages', data: { inquiry: inquiry.id, body: 'hi', authorType: 'staff' }, user: world.users.hospitalStaffB, overrideAccess: false }),
      )
      expect(message).toMatchObject({ ok: false, status: 403 })
    })

    it('another patient cannot write in the thread', async () => {
      const other = await createPatient(payload, 'intruder')
      const result = await attempt(async () => postPatientMessage(await siteReq(payload, other), inquiry.id, 'hello'))
      expect(result).toMatchObject({ ok: false, status: 404 })
    })
  })

  describe('the quote', () => {
    let inquiry: Inquiry

    beforeAll(async () => {
      inquiry = await sendInquiry(payload, patient, world.hospitals.A.id, [], { packageId: world.packages.publishedA.id })
    })

    it('the total is computed on the server, whatever was typed', async () => {
      const updated = await staffUpdate(inquiry.id, {
        response: {
          decision: 'accepted',
          quote: {
            packagePriceJPY: 300_000,
            extras: [{ label: 'MRI', amountJPY: 40_000 }],
            interpreterFeeJPY: 20_000,
            coordinationFeeJPY: 10_000,
            depositJPY: 100_000,
            notCovered: 'Flights and hotel',
            validUntil: inFuture(14),
            totalJPY: 1,
          },
        },
      })
      expect(updated.response?.quote?.totalJPY).toBe(370_000)
      expect(updated.status).toBe('answered')
      expect(await emailsAbout(inquiry.id, 'inquiry-message-to-patient')).toHaveLength(1)
    })

    it('the patient accepts it and is sent to pick a date for the package', async () => {
      const { inquiry: accepted, bookPath } = await acceptQuote(await siteReq(payload, patient, 'ko'), inquiry.id)
      expect(accepted.quoteAcceptedAt).toBeTruthy()
      expect(bookPath).toBe(`/ko/packages/${world.packages.publishedA.slug}/book?inquiry=${inquiry.id}`)
    })

    it('accepting twice keeps the first acceptance time', async () => {
      const first = (await read(inquiry.id)).quoteAcceptedAt
      const again = await acceptQuote(await siteReq(payload, patient), inquiry.id)
      expect(again.inquiry.quoteAcceptedAt).toBe(first)
    })

    it('once accepted, staff cannot change the quote', async () => {
      const result = await attempt(() =>
        staffUpdate(inquiry.id, {
          response: { decision: 'accepted', quote: { ...(inquiry.response?.quote ?? {}), packagePriceJPY: 1_000_000, validUntil: inFuture(14) } },
        }),
      )
      expect(result).toMatchObject({ ok: false, status: 400 })
      expect((await read(inquiry.id)).response?.quote?.packagePriceJPY).toBe(300_000)
    })

    it('once accepted, staff cannot move the inquiry to another package', async () => {
      const result = await attempt(() => staffUpdate(inquiry.id, { package: world.packages.draftA.id }))
      expect(result.ok).toBe(false)
      expect((await read(inquiry.id)).package).toBe(world.packages.publishedA.id)
    })

    it('once accepted, staff cannot withdraw the decision either', async () => {
      const result = await attempt(() => staffUpdate(inquiry.id, { response: { decision: 'declined', declineReason: 'changed our mind' } }))
      expect(result.ok).toBe(false)
    })

    it('an expired quote cannot be accepted', async () => {
      const expiring = await sendInquiry(payload, patient, world.hospitals.A.id)
      await payload.update({
        collection: 'inquiries',
        id: expiring.id,
        overrideAccess: true,
        data: { response: { decision: 'accepted', quote: { packagePriceJPY: 1000, validUntil: '2020-01-01' } } },
      })
      const result = await attempt(async () => acceptQuote(await siteReq(payload, patient), expiring.id))
      expect(result).toMatchObject({ ok: false, status: 409 })
      expect((await read(expiring.id)).quoteAcceptedAt).toBeFalsy()
    })

    it('a decline needs a reason, and the patient sees it', async () => {
      const declined = await sendInquiry(payload, patient, world.hospitals.A.id)
      const noReason = await attempt(() => staffUpdate(declined.id, { response: { decision: 'declined' } }))
      expect(noReason).toMatchObject({ ok: false, status: 400 })
      const updated = await staffUpdate(declined.id, { response: { decision: 'declined', declineReason: 'We do not treat this condition.' } })
      expect(updated.status).toBe('answered')
      const seen = await payload.findByID({ collection: 'inquiries', id: declined.id, user: patient, overrideAccess: false, depth: 0 })
      expect(seen.response?.declineReason).toBe('We do not treat this condition.')
      const noQuote = await attempt(async () => acceptQuote(await siteReq(payload, patient), declined.id))
      expect(noQuote).toMatchObject({ ok: false, status: 409 })
    })

    it('another patient cannot accept somebody’s quote', async () => {
      const other = await createPatient(payload, 'quote-thief')
      const result = await attempt(async () => acceptQuote(await siteReq(payload, other), inquiry.id))
      expect(result.ok ? 0 : result.status).toBe(404)
      expect(InquiryError).toBeTruthy()
    })
  })

  describe('the hospital inbox', () => {
    it("shows staff the patient's name and the waiting time, and only their own hospital's inquiries", async () => {
      const named = await createPatient(payload, 'nguyen')
      await payload.update({ collection: 'patients', id: named.id, data: { name: 'Nguyen Van A' } })
      const mine = await sendInquiry(payload, named, world.hospitals.A.id)
      const theirs = await sendInquiry(payload, named, world.hospitals.B.id)
      const inbox = await payload.find({ collection: 'inquiries', user: world.users.hospitalStaffA, overrideAccess: false, depth: 0, pagination: false })
      const ids = inbox.docs.map((d) => d.id)
      expect(ids).toContain(mine.id)
      expect(ids).not.toContain(theirs.id)
      const row = inbox.docs.find((d) => d.id === mine.id)
      expect(row?.patientName).toBe('Nguyen Van A')
      expect(row?.waitingSince).toBeTruthy()
    })
  })
})
