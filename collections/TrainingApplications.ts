import type { BaseFilter, CollectionConfig, FieldAccess } from 'payload'

import { nobody } from '@/access'
import { hospitalIdsOf, isHospitalMember, isPlatformStaff } from '@/access/roles'
import { countryOptions } from '@/geo/countries'
import { locales } from '@/i18n/locales'
import { hostField, manageApplications, readApplications, signedInApplicant } from '@/training/access'
import { auditApplicationStatus, startApplication, trackApplicationStatus } from '@/training/hooks'
import { applicationStatuses, applicationStatusLabels, professionLabels, professions } from '@/training/vocabulary'

/** What the applicant sent: written once, then never edited. */
const sentByApplicant = { update: () => false } satisfies Record<string, FieldAccess>
/** Set by the system only (hooks and services). */
const systemOnly = { create: () => false, update: () => false } satisfies Record<string, FieldAccess>

/** Hospital staff's admin list: their own hospitals' programmes only. */
const ownHostedInAdminLists: BaseFilter = ({ req }) =>
  isHospitalMember(req.user) && !isPlatformStaff(req.user) ? { hostHospital: { in: hospitalIdsOf(req.user) } } : null

/** An application to a training programme; its host decides, the applicant may withdraw. */
export const TrainingApplications: CollectionConfig = {
  slug: 'training-applications',
  labels: { singular: { en: 'Training application', ja: '研修応募' }, plural: { en: 'Training applications', ja: '研修応募' } },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'program', 'status', 'country', 'profession', 'createdAt'],
    group: { en: 'International cooperation', ja: '国際協力' },
    baseFilter: ownHostedInAdminLists,
    description: {
      en: 'Applications to the training programmes you host. Change the status and press Save; the applicant sees it on the site.',
      ja: '受け入れる研修プログラムへの応募です。ステータスを変更して保存すると、応募者のページに反映されます。',
    },
  },
  defaultSort: '-createdAt',
  access: { read: readApplications, create: signedInApplicant, update: manageApplications, delete: nobody },
  hooks: {
    beforeChange: [startApplication, trackApplicationStatus],
    afterChange: [auditApplicationStatus],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'program', type: 'relationship', relationTo: 'training-programs', required: true, index: true, access: sentByApplicant, admin: { readOnly: true }, label: { en: 'Programme', ja: 'プログラム' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'submitted',
          index: true,
          options: applicationStatuses.map((value) => ({ value, label: applicationStatusLabels[value] })),
          access: { create: () => false },
          label: { en: 'Status', ja: 'ステータス' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'applicant', type: 'relationship', relationTo: 'patients', required: true, index: true, access: sentByApplicant, admin: { readOnly: true }, label: { en: 'Account', ja: 'アカウント' } },
        { name: 'hostHospital', type: 'relationship', relationTo: 'hospitals', index: true, access: systemOnly, admin: { readOnly: true }, label: { en: 'Host hospital', ja: '受け入れ病院' } },
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Applicant', ja: '応募者' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'fullName', type: 'text', required: true, maxLength: 200, access: sentByApplicant, label: { en: 'Full name', ja: '氏名' } },
            { name: 'email', type: 'email', required: true, access: sentByApplicant, label: { en: 'Email', ja: 'メール' } },
            { name: 'country', type: 'select', required: true, options: countryOptions, access: sentByApplicant, label: { en: 'Country', ja: '国' } },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'profession',
              type: 'select',
              required: true,
              options: professions.map((value) => ({ value, label: professionLabels[value] })),
              access: sentByApplicant,
              label: { en: 'Profession', ja: '職種' },
            },
            { name: 'currentPosition', type: 'text', required: true, maxLength: 200, access: sentByApplicant, label: { en: 'Current position', ja: '現職' } },
            { name: 'yearsOfExperience', type: 'number', required: true, min: 0, max: 60, access: sentByApplicant, label: { en: 'Years of experience', ja: '経験年数' } },
          ],
        },
        { name: 'motivation', type: 'textarea', required: true, minLength: 100, maxLength: 5000, access: sentByApplicant, label: { en: 'Motivation', ja: '志望動機' } },
        { name: 'cv', type: 'upload', relationTo: 'application-files', required: true, access: sentByApplicant, admin: { readOnly: true }, label: { en: 'CV', ja: '履歴書' } },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      access: sentByApplicant,
      admin: { readOnly: true },
      label: { en: 'Consent', ja: '同意' },
      fields: [
        { name: 'accepted', type: 'checkbox', label: { en: 'Accepted', ja: '同意済み' } },
        { name: 'version', type: 'text', label: { en: 'Text version', ja: '文面の版' } },
        { name: 'locale', type: 'select', options: locales.map((value) => ({ value, label: value })), label: { en: 'Language', ja: '言語' } },
        { name: 'text', type: 'textarea', label: { en: 'Text shown', ja: '表示した文面' } },
        { name: 'givenAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Given at', ja: '同意日時' } },
      ],
    },
    {
      name: 'hostNotes',
      type: 'textarea',
      access: { read: hostField, create: () => false, update: hostField },
      admin: { description: { en: 'Only the host sees these notes.', ja: 'このメモは受け入れ機関のみが閲覧できます。' } },
      label: { en: 'Host notes', ja: '受け入れ機関メモ' },
    },
    {
      name: 'history',
      type: 'array',
      access: systemOnly,
      admin: { readOnly: true },
      label: { en: 'Status history', ja: 'ステータス履歴' },
      fields: [
        { name: 'status', type: 'select', options: applicationStatuses.map((value) => ({ value, label: applicationStatusLabels[value] })), label: { en: 'Status', ja: 'ステータス' } },
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'At', ja: '日時' } },
        { name: 'by', type: 'text', label: { en: 'By', ja: '変更者' } },
      ],
    },
  ],
}
