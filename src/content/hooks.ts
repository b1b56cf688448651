import type { CollectionBeforeChangeHook } from 'payload'

import { readingMinutes } from './readingTime'

/** Stores the reading time of the locale being saved (the body, and so the time, differ per language). */
export const computeReadingMinutes: CollectionBeforeChangeHook = ({ data }) => {
  if (data && 'body' in data) data.readingMinutes = readingMinutes(data.body)
  return data
}

/**
 * Stamps the first publication: the date readers and feeds show, which later corrections
 * (republishing) do not move. Editors may set it by hand to backdate an article.
 */
export const stampFirstPublication: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (!data) return data
  const published = data._status === 'published'
  const already = data.publishedAt ?? (originalDoc as { publishedAt?: string | null } | undefined)?.publishedAt
  if (published && !already) data.publishedAt = new Date().toISOString()
  return data
}
