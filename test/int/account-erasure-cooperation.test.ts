import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

vi.hoisted(() => {
  process.env.MEDICAL_DOCUMENTS_DIR = `${process.env.TMPDIR ?? '/tmp'}/kakehashi-int/erasure-cooperation-${process.pid}-${Date.now()}/medical-documents`
})

import { readdir } from 'node:fs/promises'

import { createPartnerRequest } from '@/partners/service'
import { exportPatientData } from '@/patients/export'
import { applicationFilesDir } from '@/training/files'
import { createApplication, type CreateApplicationInput } from '@/training/service'

import { siteReq } from '../fixtures/inquiries'
import { sampleFile } from '../fixtures/uploads'
import { testPayload } from './harness'
import { createPartner, createProgram, createSolution } from './support/cooperation'
import { createPatient, type PatientActor } from './support/patients'

/**
 * Deleting an account reaches the government side too: training applications and their CVs are
 * erased (files included), a partner organisation keeps its requests without the sender, and the
 * person leaves the organisation. "Download my data" lists all of it before.
 */

const application = (programId: string): CreateApplicationInput => ({
  programId,
  fullName: 'Kwame Mensah',
  email: 'kwame@example.org',
  country: 'GH',
  profession: 'physician',
  currentPosition: 'Medical officer, district hospital',
  yearsOfExperience: '6',
  motivation:
    'Our district hospital is opening its first dialysis unit next year and I will lead it. I want to learn how Japanese units organise water treatment, infection control and nurse-led sessions.',
  consent: 'on',
})

describe('erasing an account on the government side', () => {
  let payload: Payload
  let person: PatientActor
  let colleague: PatientActor
  let partnerId: string
  let requestId: string

  beforeAll(async () => {
    payload = await testPayload()
    person = await createPatient(payload, 'erased-applicant')
    colleague = await createPatient(payload, 'staying-colleague')
    const program = await createProgram(payload, { university: 'Seto Inland Sea University of Health Sciences' })
    await createApplication(await siteReq(payload, person), application(program.id), sampleFile('referral.pdf', 'cv.pdf'))
    const partner = await createPartner(payload, [person.id, colleague.id])
    partnerId = partner.id
    const solution = await createSolution(payload)
    const request = await createPartnerRequest(await siteReq(payload, person), {
      kind: 'solution',
      subject: 'Tele-ICU for two county hospitals',
      message: 'We would like to discuss a pilot in two county hospitals next year.',
      solutionId: solution.id,
    })
    requestId = request.id
  })

  it('lists applications, CVs, memberships and requests in the data export', async () => {
    const exported = await exportPatientData(await siteReq(payload, person), person.id)
    expect(exported.trainingApplications).toHaveLength(1)
    expect(exported.trainingApplications[0]).toMatchObject({ fullName: 'Kwame Mensah' })
    expect(exported.applicationFiles).toHaveLength(1)
    expect(exported.applicationFiles[0]?.mimeType).toBe('application/pdf')
    expect(exported.partnerMemberships.map((p) => String(p.id))).toEqual([partnerId])
    expect(exported.partnerRequests.map((r) => String(r.id))).toEqual([requestId])
  })

  it('erases the applications and CV files, keeps the request without the sender, and removes the membership', async () => {
    const filesBefore = await readdir(applicationFilesDir())
    expect(filesBefore.length).toBeGreaterThan(0)

    await payload.delete({ collection: 'patients', id: person.id })

    const applications = await payload.count({ collection: 'training-applications', where: { applicant: { equals: person.id } } })
    expect(applications.totalDocs).toBe(0)
    const cvs = await payload.count({ collection: 'application-files', where: { applicant: { equals: person.id } } })
    expect(cvs.totalDocs).toBe(0)
    expect(await readdir(applicationFilesDir())).toEqual([])

    const request = await payload.findByID({ collection: 'partner-requests', id: requestId, depth: 0 })
    expect(request.requestedBy ?? null).toBeNull()
    expect(request.subject).toBe('Tele-ICU for two county hospitals')

    const partner = await payload.findByID({ collection: 'partners', id: partnerId, depth: 0 })
    expect((partner.members ?? []).map(String)).toEqual([colleague.id])
  })
})
