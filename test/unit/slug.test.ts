import { describe, expect, it } from 'vitest'

import { slugField, slugify } from '@/fields/slug'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

describe('slugify', () => {
  it.each([
    ['Café Déjà Vu', 'cafe-deja-vu'],
    ['Tōkyō Metropolitan Hospital', 'tokyo-metropolitan-hospital'],
    ['São Paulo Clínica', 'sao-paulo-clinica'],
    ['Hôpital Saint-Éloi', 'hopital-saint-eloi'],
    ['Bệnh viện Đà Nẵng', 'benh-vien-da-nang'],
    ['Straße', 'strasse'],
    ['Øresund Æble Łódź', 'oresund-aeble-lodz'],
    ['İstanbul', 'istanbul'],
  ])('folds the diacritics of %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it.each([
    ['  Heart   &  Lung — Centre!! ', 'heart-lung-centre'],
    ['Cancer/Oncology (Proton therapy)', 'cancer-oncology-proton-therapy'],
    ['MRI + CT @ 24h', 'mri-ct-24h'],
    ['---already-a-slug---', 'already-a-slug'],
    ['under_score.dot', 'under-score-dot'],
    ['ＡＢＣ Clinic ２', 'abc-clinic-2'],
    ['ﬁne dining', 'fine-dining'],
  ])('turns spaces and symbols in %j into single hyphens: %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('leaves nothing of a title written only in Japanese (the editor types a slug instead)', () => {
    expect(slugify('東京国際病院')).toBe('')
  })

  it('keeps the Latin part of a mixed title', () => {
    expect(slugify('聖路加 St. Luke’s International')).toBe('st-luke-s-international')
  })

  it.each([
    ['a'.repeat(79) + ' b', 'a'.repeat(79)],
    ['word '.repeat(40), undefined],
    ['!'.repeat(30) + 'x'.repeat(100), 'x'.repeat(80)],
  ])('cuts a long title to at most 80 characters without a trailing hyphen (%#)', (input, expected) => {
    const slug = slugify(input)
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toMatch(SLUG)
    if (expected !== undefined) expect(slug).toBe(expected)
  })
})

describe('slugField', () => {
  const field = slugField('name')
  type Hook = (args: { value?: unknown; data?: Record<string, unknown>; siblingData?: Record<string, unknown> }) => unknown
  // The field defines exactly one beforeValidate hook; only the arguments it reads are passed.
  const fill = field.hooks?.beforeValidate?.[0] as unknown as Hook
  type Validate = (value: string | null | undefined) => true | string
  const validate = field.validate as unknown as Validate

  it('fills an empty slug from the name', () => {
    expect(fill({ value: '', data: { name: 'St. Mary’s Clinic' }, siblingData: { name: 'St. Mary’s Clinic' } })).toBe(
      'st-mary-s-clinic',
    )
  })

  it('fills it from the English value when the name arrives with all its locales', () => {
    expect(fill({ value: undefined, data: { name: { ja: '聖マリア', en: 'Saint Mary' } } })).toBe('saint-mary')
  })

  it('cleans a slug an editor typed', () => {
    expect(fill({ value: '  My Custom Slug! ', data: { name: 'Other' } })).toBe('my-custom-slug')
  })

  it.each([
    ['kobe-heart-center', true],
    ['', 'A slug is required.'],
    [null, 'A slug is required.'],
    ['Upper-Case', 'Use lower-case letters, digits and single hyphens only.'],
    ['double--hyphen', 'Use lower-case letters, digits and single hyphens only.'],
    ['trailing-', 'Use lower-case letters, digits and single hyphens only.'],
  ] as const)('validates %j as %j', (value, expected) => {
    expect(validate(value)).toBe(expected)
  })
})
