import { describe, expect, it } from 'vitest'

import { validatePartner, validateRequest } from '@/partners/validation'
import { parseSolutionFilters, solutionFiltersQuery } from '@/solutions/filters'

describe('partner registration checks', () => {
  it('accepts a complete organisation without a website', () => {
    const result = validatePartner('en', { name: 'Lusaka Nursing Trust', kind: 'ngo', country: 'ZM', contactEmail: 'info@lnt.org', description: 'Nurses.' })
    expect(result).toMatchObject({ ok: true, value: { website: null, country: 'ZM' } })
  })

  it('names every problem at its field, in the visitor’s language', () => {
    const result = validatePartner('ja', { name: '', kind: 'club', country: 'XX', website: 'javascript:alert(1)', contactEmail: 'nope', description: '' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['contactEmail', 'country', 'description', 'kind', 'name', 'website'])
    expect(result.fieldErrors.website).toBe('https:// で始まるウェブアドレスを入力してください。')
  })
})

describe('partner request checks', () => {
  it('requires a known kind, a subject and a message of some length', () => {
    expect(validateRequest('en', { kind: 'solution', subject: 'Tele-ICU', message: 'We would like a pilot next year.' }).ok).toBe(true)
    const short = validateRequest('en', { kind: 'gift', subject: '', message: 'Hi' })
    expect(short).toMatchObject({ ok: false, fieldErrors: { kind: 'Choose what you need.', subject: 'This field is required.' } })
  })
})

describe('solution filters', () => {
  it('keeps known categories and country codes', () => {
    const filters = parseSolutionFilters({ category: 'telemedicine', country: 'ke', page: '3' })
    expect(filters).toEqual({ category: 'telemedicine', country: 'KE', page: 3 })
    expect(solutionFiltersQuery(filters, { page: 1 })).toBe('?category=telemedicine&country=KE')
    expect(parseSolutionFilters({ category: 'spaceships', country: 'ZZ' })).toEqual({ category: undefined, country: undefined, page: 1 })
  })
})
