import type { CollectionBeforeChangeHook } from 'payload'

import { isCountryCode, regionOf } from '@/geo/countries'

/**
 * The regions of a resource always include those of its countries (editors may add more, e.g. a
 * regional study); the languages available include those its files are in.
 */
export const deriveRegions: CollectionBeforeChangeHook = ({ data }) => {
  if (Array.isArray(data.countries)) {
    const regions = new Set<string>(Array.isArray(data.regions) ? (data.regions as string[]) : [])
    for (const c of data.countries as unknown[]) if (isCountryCode(c)) regions.add(regionOf(c))
    data.regions = [...regions]
  }
  if (Array.isArray(data.files)) {
    const languages = new Set<string>(Array.isArray(data.languages) ? (data.languages as string[]) : [])
    for (const f of data.files as { language?: unknown }[]) if (typeof f?.language === 'string') languages.add(f.language)
    data.languages = [...languages]
  }
  return data
}
