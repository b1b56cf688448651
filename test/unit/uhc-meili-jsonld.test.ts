import { describe, expect, it } from 'vitest'

import { uhcResourceJsonLd } from '@/seo/uhcJsonLd'
import type { ResourcePage } from '@/uhc/queries'
import { fromMeiliUhcDoc, toMeiliUhcDoc, uhcMeiliFilter } from '@/uhc/search/meili'
import type { UhcDoc } from '@/uhc/search/port'

const doc: UhcDoc = {
  id: 'r1',
  slug: 'kenya-brief',
  title: { en: 'Kenya brief', ja: 'ケニア' },
  summary: { en: 'Summary' },
  authors: ['Mwangi, Jane'],
  organisations: ['Nairobi Health Systems Collaborative'],
  publishedOn: '2023-03-14',
  type: 'policy-brief',
  topic: ['health-insurance'],
  block: ['financing'],
  sdg: ['3.8'],
  country: ['KE'],
  region: ['AFR'],
  language: ['en', 'ja'],
  year: '2023',
}

describe('Meilisearch hub documents and filters', () => {
  it('flattens text per locale and round-trips', () => {
    const meili = toMeiliUhcDoc(doc)
    expect(meili).toMatchObject({ id: 'r1', title_en: 'Kenya brief', title_ja: 'ケニア', summary_en: 'Summary', timestamp: Date.parse('2023-03-14') })
    expect(fromMeiliUhcDoc(meili as never)).toEqual(doc)
  })

  it('ANDs facets, ORs values, leaves out the facet being counted and quotes values', () => {
    const filters = { block: ['financing', 'health-workforce'], language: ['fr'], sdg: ['3.8"x'] }
    expect(uhcMeiliFilter(filters)).toEqual(['block IN ["financing", "health-workforce"]', 'sdg IN ["3.8\\"x"]', 'language IN ["fr"]'])
    expect(uhcMeiliFilter(filters, 'block')).toEqual(['sdg IN ["3.8\\"x"]', 'language IN ["fr"]'])
  })
})

describe('hub JSON-LD', () => {
  const base = {
    id: 'r1',
    slug: 'kenya-brief',
    title: 'Kenya brief',
    summary: 'Summary',
    authors: [{ name: 'Mwangi, Jane', affiliation: 'NHSC' }],
    organisations: [{ name: 'NHSC' }],
    publishedOn: '2023-03-14T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    licence: 'cc-by-4.0',
    citation: { publisher: 'NHSC', doi: '10.5555/x' },
    files: [{ language: 'en', file: { id: 'f1', filename: 'a.pdf', filesize: 1000, mimeType: 'application/pdf', url: '/api/resource-files/file/a.pdf' } }],
    related: [],
  }
  const ld = (resourceType: string) => uhcResourceJsonLd({ ...base, resourceType } as unknown as ResourcePage, 'en', 'https://kakehashi.example/en/uhc/kenya-brief')

  it('reports, case studies and policy briefs are ScholarlyArticles with licence and DOI', () => {
    for (const type of ['report', 'case-study', 'policy-brief']) expect(ld(type)['@type']).toBe('ScholarlyArticle')
    expect(ld('report')).toMatchObject({ license: 'https://creativecommons.org/licenses/by/4.0/', identifier: { propertyID: 'DOI', value: '10.5555/x' }, datePublished: '2023-03-14' })
  })

  it('datasets are Datasets with their downloads as distributions', () => {
    const dataset = ld('dataset')
    expect(dataset['@type']).toBe('Dataset')
    expect(dataset.distribution).toEqual([expect.objectContaining({ '@type': 'DataDownload', encodingFormat: 'application/pdf', inLanguage: 'en' })])
  })

  it('toolkits and training material are LearningResources; videos are also VideoObjects', () => {
    expect(ld('toolkit')['@type']).toBe('LearningResource')
    expect(ld('training-material')['@type']).toBe('LearningResource')
    expect(ld('video')['@type']).toEqual(['LearningResource', 'VideoObject'])
  })
})
