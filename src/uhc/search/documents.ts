import type { Payload, PayloadRequest, Where } from 'payload'

import { locales, type AppLocale } from '@/i18n/locales'
import type { LocalizedText } from '@/search/port'

import type { UhcDoc } from './port'

/**
 * Index documents from published resources, with their text in every locale. Reads bypass
 * access on purpose (the system builds the public index) but ask for `_status: published` and
 * the published version only, so a draft never reaches the index.
 */

const selectForIndex = {
  slug: true,
  title: true,
  summary: true,
  authors: true,
  organisations: true,
  publishedOn: true,
  resourceType: true,
  topics: true,
  buildingBlocks: true,
  sdgTargets: true,
  countries: true,
  regions: true,
  languages: true,
} as const

function localizedValue(value: unknown): LocalizedText {
  const out: LocalizedText = {}
  if (value && typeof value === 'object') {
    for (const l of locales) {
      const v = (value as Record<string, unknown>)[l]
      if (typeof v === 'string' && v.trim()) out[l as AppLocale] = v
    }
  } else if (typeof value === 'string') out.en = value
  return out
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])
const names = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => (v && typeof v === 'object' ? (v as { name?: unknown }).name : undefined)).filter((n): n is string => typeof n === 'string') : []

export function toUhcDoc(raw: Record<string, unknown>): UhcDoc {
  const publishedOn = typeof raw.publishedOn === 'string' ? raw.publishedOn.slice(0, 10) : ''
  return {
    id: String(raw.id),
    slug: String(raw.slug ?? ''),
    title: localizedValue(raw.title),
    summary: localizedValue(raw.summary),
    authors: names(raw.authors),
    organisations: names(raw.organisations),
    publishedOn,
    type: typeof raw.resourceType === 'string' ? raw.resourceType : '',
    topic: strings(raw.topics),
    block: strings(raw.buildingBlocks),
    sdg: strings(raw.sdgTargets),
    country: strings(raw.countries),
    region: strings(raw.regions),
    language: strings(raw.languages),
    year: publishedOn.slice(0, 4),
  }
}

export async function loadUhcDocs(payload: Payload, where: Where = {}, req?: PayloadRequest): Promise<UhcDoc[]> {
  const found = await payload.find({
    collection: 'knowledge-resources',
    where: { and: [{ _status: { equals: 'published' } }, where] },
    locale: 'all',
    draft: false,
    depth: 0,
    pagination: false,
    select: selectForIndex,
    overrideAccess: true, // the system builds the public index; the where clause keeps it to published documents
    req,
  })
  return found.docs.map((d) => toUhcDoc(d as unknown as Record<string, unknown>))
}
