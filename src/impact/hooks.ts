import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isCountryCode, regionOf } from '@/geo/countries'

import { validateMetrics, type MetricInput } from './validation'

/** The WHO region always follows the country, so overview filters and JSON-LD never disagree with it. */
export const deriveRegion: CollectionBeforeChangeHook = ({ data }) => {
  if (data && isCountryCode(data.country)) data.region = regionOf(data.country)
  return data
}

/**
 * Payload skips field validation when a draft is saved, but a second value for the same year or
 * a target before its baseline is never a work in progress worth keeping: drafts meet the same
 * metric rules (the `metrics` field's validate covers published saves).
 */
export const refuseInvalidMetricsInDrafts: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!data || data._status === 'published' || !Array.isArray(data.metrics)) return data
  const result = validateMetrics(data.metrics as MetricInput[], req.i18n?.language)
  if (result !== true) throw new ValidationError({ collection: 'impact-projects', errors: [{ path: 'metrics', message: result }] })
  return data
}
