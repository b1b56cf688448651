import { describe, expect, it } from 'vitest'

import { parseTrainingFilters, trainingFiltersQuery } from '@/training/filters'
import { applicationsOpen, canMoveApplication, canWithdraw } from '@/training/rules'
import { validateApplication } from '@/training/validation'

import { sampleFile } from '../fixtures/uploads'

describe('application status moves', () => {
  it('lets the host review, shortlist and decide', () => {
    expect(canMoveApplication('submitted', 'under-review', 'host')).toBe(true)
    expect(canMoveApplication('under-review', 'shortlisted', 'host')).toBe(true)
    expect(canMoveApplication('shortlisted', 'accepted', 'host')).toBe(true)
    expect(canMoveApplication('under-review', 'rejected', 'host')).toBe(true)
  })

  it('refuses skipping review, reopening a decision and hosts withdrawing for the applicant', () => {
    expect(canMoveApplication('submitted', 'accepted', 'host')).toBe(false)
    expect(canMoveApplication('accepted', 'under-review', 'host')).toBe(false)
    expect(canMoveApplication('submitted', 'withdrawn', 'host')).toBe(false)
  })

  it('lets the applicant only withdraw, and only before a decision', () => {
    expect(canMoveApplication('shortlisted', 'withdrawn', 'applicant')).toBe(true)
    expect(canMoveApplication('submitted', 'accepted', 'applicant')).toBe(false)
    expect(canWithdraw('accepted')).toBe(false)
    expect(canWithdraw('rejected')).toBe(false)
    expect(canWithdraw('under-review')).toBe(true)
  })
})

describe('application deadline', () => {
  it('stays open through the whole deadline day (UTC) and closes after it', () => {
    expect(applicationsOpen('2027-03-31T00:00:00.000Z', new Date('2027-03-31T22:00:00Z'))).toBe(true)
    expect(applicationsOpen('2027-03-31T00:00:00.000Z', new Date('2027-04-01T00:00:01Z'))).toBe(false)
    expect(applicationsOpen(null)).toBe(true)
  })
})

describe('programme filters', () => {
  it('keeps known values and drops unknown ones', () => {
    const filters = parseTrainingFilters({ field: 'nursing', language: 'xx', format: 'online', scholarship: '1', page: '2' })
    expect(filters).toEqual({ field: 'nursing', language: undefined, format: 'online', scholarship: true, page: 2 })
    expect(trainingFiltersQuery(filters, { page: 1 })).toBe('?field=nursing&format=online&scholarship=1')
  })
})

describe('application form checks', () => {
  const valid = {
    fullName: 'Amina Otieno',
    email: 'amina@example.org',
    country: 'KE',
    profession: 'nurse',
    currentPosition: 'Head nurse',
    yearsOfExperience: '9',
    motivation: 'x'.repeat(120),
    consent: 'on',
  }

  it('accepts a real PDF CV', () => {
    const result = validateApplication('en', valid, sampleFile('referral.pdf'))
    expect(result.ok).toBe(true)
  })

  it('refuses a DICOM file as a CV (a medical document is not a CV)', () => {
    const result = validateApplication('en', valid, sampleFile('scan.dcm'))
    expect(result).toMatchObject({ ok: false, fieldErrors: { cv: expect.stringContaining('is not a PDF, JPEG or PNG file') } })
  })

  it('refuses a zip renamed .jpg, in French', () => {
    const result = validateApplication('fr', valid, sampleFile('zip-as-photo.jpg'))
    expect(result).toMatchObject({ ok: false, fieldErrors: { cv: expect.stringContaining('n’est pas un fichier PDF') } })
  })
})
