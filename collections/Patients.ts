import type { CollectionConfig } from 'payload'

import { patientSelfOrPlatformAdmin, platformAdminField, platformAdminOnly, readPatients, signUpOrPlatformAdmin } from '@/access'
import { env } from '@/env'
import { defaultLocale, localeNames, locales } from '@/i18n/locales'
import {
  resetPasswordEmailHTML,
  resetPasswordEmailSubject,
  verificationEmailHTML,
  verificationEmailSubject,
} from '@/patients/authEmails'
import { erasePatientDataBeforeDelete } from '@/patients/erasure'
import { canonicalTimeZone, isCountryCode, isPhone, isTimeZone, NAME_MAX } from '@/patients/validation'

const FIFTEEN_MINUTES = 15 * 60 * 1000

/**
 * Patient accounts of the public site (separate from staff `users`, who sign in to the admin).
 * Email verification is required before the first sign-in; five wrong passwords lock the
 * account for fifteen minutes. Deleting a patient erases everything held about them.
 */
export const Patients: CollectionConfig = {
  slug: 'patients',
  labels: { singular: { en: 'Patient', ja: '患者' }, plural: { en: 'Patients', ja: '患者' } },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'preferredLanguage', 'country', '_verified', 'createdAt'],
    group: { en: 'Patients', ja: '患者' },
    description: {
      en: 'Accounts of international patients. Deleting one erases their inquiries, documents and consents; payments are kept without their name.',
      ja: '海外患者のアカウント。削除すると問い合わせ・書類・同意が消去されます。支払記録は氏名を外して保持されます。',
    },
  },
  auth: {
    verify: { generateEmailHTML: verificationEmailHTML, generateEmailSubject: verificationEmailSubject },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailHTML: resetPasswordEmailHTML,
      generateEmailSubject: resetPasswordEmailSubject,
    },
    maxLoginAttempts: 5,
    lockTime: FIFTEEN_MINUTES,
    // One day: medical data behind it, and a shared computer is a common way in.
    tokenExpiration: 60 * 60 * 24,
    cookies: { sameSite: 'Lax', secure: env.nodeEnv === 'production' },
  },
  access: {
    create: signUpOrPlatformAdmin,
    read: readPatients,
    update: patientSelfOrPlatformAdmin,
    delete: patientSelfOrPlatformAdmin,
    unlock: platformAdminOnly,
  },
  hooks: {
    beforeDelete: [erasePatientDataBeforeDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: NAME_MAX, label: { en: 'Name', ja: '氏名' } },
    {
      name: 'preferredLanguage',
      type: 'select',
      required: true,
      defaultValue: defaultLocale,
      options: locales.map((code) => ({ label: localeNames[code], value: code })),
      label: { en: 'Preferred language', ja: '希望言語' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'country',
          type: 'text',
          label: { en: 'Country (ISO code)', ja: '国（ISOコード）' },
          validate: (value: string | null | undefined) =>
            !value || isCountryCode(value) || 'Use a two-letter ISO 3166-1 country code, e.g. VN / 2文字の国コード（例: VN）',
        },
        {
          name: 'phone',
          type: 'text',
          label: { en: 'Phone', ja: '電話番号' },
          validate: (value: string | null | undefined) =>
            !value || isPhone(value) || 'Use an international number, e.g. +84 90 123 4567 / 国際電話番号（例: +84 90 123 4567）',
        },
        {
          name: 'timeZone',
          type: 'text',
          label: { en: 'Time zone', ja: 'タイムゾーン' },
          hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value ? canonicalTimeZone(value) : value)] },
          validate: (value: string | null | undefined) =>
            !value || isTimeZone(value) || 'Use an IANA time zone, e.g. Asia/Ho_Chi_Minh / IANAタイムゾーン（例: Asia/Ho_Chi_Minh）',
        },
      ],
    },
    // Payload adds `_verified`; by default any signed-in user may set it, so a patient could verify
    // themself. Only platform admins may (trusted Local API set-ups bypass field access).
    {
      name: '_verified',
      type: 'checkbox',
      access: { create: platformAdminField, update: platformAdminField },
      label: { en: 'Email verified', ja: 'メール確認済み' },
    },
  ],
}
