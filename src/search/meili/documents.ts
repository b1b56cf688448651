/**
 * How search documents look in Meilisearch, and back. Pure.
 *
 * Each locale's text is its own attribute (`title_ja`, `title_zh-CN`, …) so `localizedAttributes`
 * can tell Meilisearch which language, hence which segmenter (Japanese, Chinese, Thai, …),
 * each one is in; a query searches all of them.
 */

import { locales, type AppLocale } from '@/i18n/locales'

import { priceBandOf, stayBandOf } from '../bands'
import { roundKm, haversineKm, type LatLng } from '../geo'
import { localized } from '../localize'
import { escapeHtml } from '../normalize'
import type { LocalizedText, SearchDoc, SearchHit, SearchType } from '../port'

export const textAttributes = ['title', 'keywords', 'hospitalName', 'summary'] as const
type TextAttribute = (typeof textAttributes)[number]

export function localeAttribute(attribute: TextAttribute, locale: AppLocale): string {
  return `${attribute}_${locale}`
}

/** Every per-locale attribute of one kind, in locale order. */
export function localeAttributes(attribute: TextAttribute): string[] {
  return locales.map((locale) => localeAttribute(attribute, locale))
}

/**
 * Meilisearch document ids allow only `[A-Za-z0-9_-]`; ours are `package:<id>`. The key is
 * the id in base64url (reversible, collision-free); the id itself is stored alongside.
 */
export function meiliKey(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url')
}

export interface MeiliDoc {
  key: string
  id: string
  type: SearchType
  recordId: string
  slug: string
  hospitalId: string
  hospitalSlug: string
  specialty: string[]
  prefecture: string
  language: string[]
  accreditation: string[]
  support: string[]
  priceJPY?: number
  stayNights?: number
  priceBand?: string
  stayBand?: string
  _geo?: LatLng
  /** `title_ja`, `summary_en`, …: one attribute per text kind and locale. */
  [localeText: string]: unknown
}

export function toMeiliDoc(doc: SearchDoc): MeiliDoc {
  const out: MeiliDoc = {
    key: meiliKey(doc.id),
    id: doc.id,
    type: doc.type,
    recordId: doc.recordId,
    slug: doc.slug,
    hospitalId: doc.hospitalId,
    hospitalSlug: doc.hospitalSlug,
    specialty: [...new Set(doc.specialty)],
    prefecture: doc.prefecture,
    language: [...new Set(doc.language)],
    accreditation: [...new Set(doc.accreditation)],
    support: [...new Set(doc.support)],
  }
  const texts: Record<TextAttribute, LocalizedText> = {
    title: doc.title,
    keywords: doc.keywords,
    hospitalName: doc.hospitalName,
    summary: doc.summary,
  }
  for (const attribute of textAttributes) {
    for (const locale of locales) {
      const value = texts[attribute][locale]?.trim()
      if (value) out[localeAttribute(attribute, locale)] = value
    }
  }
  if (doc.priceJPY !== undefined) out.priceJPY = doc.priceJPY
  if (doc.stayNights !== undefined) out.stayNights = doc.stayNights
  const priceBand = doc.priceBand ?? priceBandOf(doc.priceJPY)
  const stayBand = doc.stayBand ?? stayBandOf(doc.stayNights)
  if (priceBand) out.priceBand = priceBand
  if (stayBand) out.stayBand = stayBand
  if (doc.location) out._geo = { lat: doc.location.lat, lng: doc.location.lng }
  return out
}

/** Meilisearch wraps matches in these (control characters no title contains); we escape, then swap in `<mark>`. */
export const HIGHLIGHT_PRE = '\u0002'
export const HIGHLIGHT_POST = '\u0003'

export function markHighlight(formatted: string): string {
  return escapeHtml(formatted).replaceAll(HIGHLIGHT_PRE, '<mark>').replaceAll(HIGHLIGHT_POST, '</mark>')
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** A hit's per-locale text of one kind, back as a LocalizedText. */
export function hitTexts(hit: Record<string, unknown>, attribute: TextAttribute): LocalizedText {
  const out: LocalizedText = {}
  for (const locale of locales) {
    const value = text(hit[localeAttribute(attribute, locale)])
    if (value) out[locale] = value
  }
  return out
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** A search hit in the port's shape, in the visitor's locale (fallback English, Japanese). */
export function fromMeiliHit(hit: Record<string, unknown>, locale: AppLocale, near: LatLng | undefined): SearchHit {
  const title = localized(hitTexts(hit, 'title'), locale)
  const formatted = hit._formatted
  const formattedTitle =
    title.locale && typeof formatted === 'object' && formatted !== null
      ? text((formatted as Record<string, unknown>)[localeAttribute('title', title.locale)])
      : undefined
  const type = hit.type === 'hospital' ? 'hospital' : 'package'
  const out: SearchHit = {
    id: text(hit.id) ?? '',
    type,
    recordId: text(hit.recordId) ?? '',
    slug: text(hit.slug) ?? '',
    title: title.text,
    summary: localized(hitTexts(hit, 'summary'), locale).text,
    hospital: { slug: text(hit.hospitalSlug) ?? '', name: localized(hitTexts(hit, 'hospitalName'), locale).text },
    prefecture: text(hit.prefecture) ?? '',
    specialty: strings(hit.specialty),
    highlight: formattedTitle ? markHighlight(formattedTitle) : escapeHtml(title.text),
  }
  const price = finite(hit.priceJPY)
  const stay = finite(hit.stayNights)
  if (price !== undefined) out.priceJPY = price
  if (stay !== undefined) out.stayNights = stay
  const geo = hit._geo
  if (near && typeof geo === 'object' && geo !== null) {
    const lat = finite((geo as Record<string, unknown>).lat)
    const lng = finite((geo as Record<string, unknown>).lng)
    if (lat !== undefined && lng !== undefined) out.distanceKm = roundKm(haversineKm(near, { lat, lng }))
  }
  return out
}
