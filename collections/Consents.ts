import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { locales } from '@/i18n/locales'
import { readConsents, signedInPatient } from '@/inquiries/access'
import { CONSENT_PURPOSE } from '@/inquiries/consent'
import { recordConsentAsGiven } from '@/inquiries/consentHooks'

/**
 * Explicit consents to handle medical data and pass it to a named hospital (APPI special-care-
 * required personal information; GDPR Art. 9 health data). Each keeps the exact text shown, its
 * version, language and time, and is never edited: a later change of mind is a new record.
 */
export const Consents: CollectionConfig = {
  slug: 'consents',
  labels: { singular: { en: 'Consent', ja: '同意' }, plural: { en: 'Consents', ja: '同意' } },
  admin: {
    useAsTitle: 'textVersion',
    defaultColumns: ['patient', 'hospital', 'purpose', 'textVersion', 'locale', 'givenAt'],
    group: { en: 'Inquiries', ja: '問い合わせ' },
  },
  access: { read: readConsents, create: signedInPatient, update: nobody, delete: nobody },
  hooks: { beforeChange: [recordConsentAsGiven] },
  fields: [
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true, label: { en: 'Patient', ja: '患者' } },
    { name: 'hospital', type: 'relationship', relationTo: 'hospitals', required: true, index: true, label: { en: 'Hospital', ja: '病院' } },
    {
      name: 'purpose',
      type: 'select',
      required: true,
      defaultValue: CONSENT_PURPOSE,
      options: [{ value: CONSENT_PURPOSE, label: { en: 'Medical data to the hospital', ja: '医療情報の病院への提供' } }],
      label: { en: 'Purpose', ja: '目的' },
    },
    { name: 'textVersion', type: 'text', required: true, label: { en: 'Text version', ja: '文面の版' } },
    { name: 'text', type: 'textarea', required: true, label: { en: 'Text shown', ja: '表示した文面' } },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: locales.map((value) => ({ value, label: value })),
      label: { en: 'Language', ja: '言語' },
    },
    { name: 'givenAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Given at', ja: '同意日時' } },
  ],
}
