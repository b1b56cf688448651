import type { CollectionBeforeChangeHook } from 'payload'

import { isPatient, patientIdOf, relationId } from '@/access/roles'
import { defaultLocale, isLocale } from '@/i18n/locales'

import type { Consent } from '../../payload-types'
import { CONSENT_VERSION, consentText } from './consent'

/**
 * A consent is the signed-in patient's own, given now, with the wording of the current version in
 * its language, naming the hospital: the server writes the text, so a stored consent can never
 * claim words the patient was not shown.
 */
export const recordConsentAsGiven: CollectionBeforeChangeHook<Consent> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (isPatient(req.user)) data.patient = patientIdOf(req.user)
  const locale = isLocale(data.locale) ? data.locale : defaultLocale
  // The hospital's name as the patient saw it, in their language (a public record; read as the system).
  const hospital = await req.payload.findByID({
    collection: 'hospitals',
    id: relationId(data.hospital) ?? '',
    depth: 0,
    req,
    overrideAccess: true,
    locale,
    select: { name: true },
  })
  data.locale = locale
  data.purpose = 'medical-data-to-hospital'
  data.textVersion = CONSENT_VERSION
  data.text = consentText(locale, hospital.name)
  data.givenAt = new Date().toISOString()
  return data
}
