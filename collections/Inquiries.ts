import type { CollectionConfig, FieldAccess, Where } from 'payload'

import { nobody, ownHospitalsInAdminLists } from '@/access'
import { isHospitalMember } from '@/access/roles'
import { yenField } from '@/fields/yen'
import { locales, localeNames } from '@/i18n/locales'
import { addressedHospitalStaff, readInquiries, readMedicalField, signedInPatient } from '@/inquiries/access'
import {
  applyStaffWork,
  openThreadAndNotifyHospital,
  postStaffReplyAndNotify,
  startInquiryFromConsent,
} from '@/inquiries/hooks'
import { inquiryStatuses } from '@/inquiries/status'

/** Set by the system only (the hooks and services); nobody writes them over the API. */
const systemOnly = { create: () => false, update: () => false } satisfies Record<string, FieldAccess>
/** What the patient sent: written once, then never edited (new words go in a message). */
const sentByPatient = { update: () => false } satisfies Record<string, FieldAccess>
/** The hospital's work on an inquiry: its staff only, never at creation. */
const hospitalWork = { create: () => false, update: ({ req }) => isHospitalMember(req.user) } satisfies Record<string, FieldAccess>

const statusLabels: Record<(typeof inquiryStatuses)[number], { en: string; ja: string }> = {
  new: { en: 'New', ja: '新規' },
  'in-progress': { en: 'In progress', ja: '対応中' },
  answered: { en: 'Answered', ja: '回答済み' },
  closed: { en: 'Closed', ja: '完了' },
}

/** A patient's medical question to one hospital, before booking. */
export const Inquiries: CollectionConfig = {
  slug: 'inquiries',
  labels: { singular: { en: 'Inquiry', ja: '問い合わせ' }, plural: { en: 'Inquiries', ja: '問い合わせ' } },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'status', 'patientName', 'hospital', 'assignee', 'waitingSince', 'createdAt'],
    group: { en: 'Inquiries', ja: '問い合わせ' },
    baseFilter: ownHospitalsInAdminLists('hospital'),
    description: {
      en: 'Questions from patients to your hospital. Type a reply and press Save to answer; the patient is notified in their language.',
      ja: '患者から病院への問い合わせです。返信を入力して保存すると回答され、患者に本人の言語で通知されます。',
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: readInquiries,
    create: signedInPatient,
    update: addressedHospitalStaff,
    // Inquiries are records of what a hospital was told; they go only with the patient's erasure.
    delete: nobody,
  },
  hooks: {
    beforeChange: [startInquiryFromConsent, applyStaffWork],
    afterChange: [openThreadAndNotifyHospital, postStaffReplyAndNotify],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'reference', type: 'text', index: true, access: systemOnly, admin: { readOnly: true }, label: { en: 'Reference', ja: '番号' } },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'new',
          index: true,
          options: inquiryStatuses.map((value) => ({ value, label: statusLabels[value] })),
          access: { create: () => false },
          label: { en: 'Status', ja: 'ステータス' },
        },
        {
          name: 'waitingSince',
          type: 'date',
          index: true,
          access: systemOnly,
          admin: {
            readOnly: true,
            date: { pickerAppearance: 'dayAndTime' },
            components: { Cell: '@/components/admin/inquiries/WaitingCell#WaitingCell' },
          },
          label: { en: 'Waiting', ja: '待ち時間' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true, access: sentByPatient, admin: { readOnly: true }, label: { en: 'Patient', ja: '患者' } },
        {
          // The patient's name for the inbox list, read through the relationship (never stored twice).
          name: 'patientName',
          type: 'text',
          virtual: 'patient.name',
          admin: { readOnly: true, hidden: true },
          label: { en: 'Patient name', ja: '患者名' },
        },
        { name: 'hospital', type: 'relationship', relationTo: 'hospitals', required: true, index: true, access: sentByPatient, admin: { readOnly: true }, label: { en: 'Hospital', ja: '病院' } },
        {
          name: 'assignee',
          type: 'relationship',
          relationTo: 'users',
          access: hospitalWork,
          // Only colleagues of the inquiry's hospital: checked by `applyStaffWork` on save (a
          // filterOptions here would be checked with the editor's own read access to users).
          label: { en: 'Assignee', ja: '担当者' },
        },
      ],
    },
    {
      name: 'package',
      type: 'relationship',
      relationTo: 'care-packages',
      access: { update: hospitalWork.update },
      filterOptions: ({ data }): Where => ({ hospital: { equals: data?.hospital ?? '' } }),
      label: { en: 'Package', ja: 'パッケージ' },
    },
    {
      // The conversation, read with the staff member's own access (src/components/admin/inquiries).
      name: 'thread',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/inquiries/InquiryThread#InquiryThread' } },
      label: { en: 'Messages', ja: 'メッセージ' },
    },
    {
      name: 'reply',
      type: 'textarea',
      virtual: true,
      access: hospitalWork,
      admin: {
        // Payload renders virtual fields read-only unless told otherwise; this one is typed into.
        readOnly: false,
        description: {
          en: 'Write to the patient and press Save: the message is added to the thread and the patient is notified.',
          ja: '患者へのメッセージを入力して保存してください。スレッドに追加され、患者に通知されます。',
        },
      },
      label: { en: 'Reply', ja: '返信' },
    },
    {
      name: 'response',
      type: 'group',
      access: hospitalWork,
      label: { en: 'Decision and quote', ja: '回答と見積もり' },
      fields: [
        {
          name: 'decision',
          type: 'select',
          defaultValue: 'none',
          options: [
            { value: 'none', label: { en: 'Not decided', ja: '未回答' } },
            { value: 'accepted', label: { en: 'Accept with a quote', ja: '受け入れ（見積もり付き）' } },
            { value: 'declined', label: { en: 'Decline', ja: 'お断り' } },
          ],
          label: { en: 'Decision', ja: '回答' },
        },
        {
          name: 'declineReason',
          type: 'textarea',
          admin: { condition: (_, sibling) => sibling?.decision === 'declined' },
          label: { en: 'Reason for declining', ja: 'お断りの理由' },
        },
        {
          name: 'quote',
          type: 'group',
          admin: { condition: (_, sibling) => sibling?.decision === 'accepted' },
          label: { en: 'Quote', ja: '見積もり' },
          fields: [
            {
              type: 'row',
              fields: [
                yenField('packagePriceJPY', { label: 'Package price (JPY)' }),
                yenField('interpreterFeeJPY', { label: 'Interpreter fee (JPY)' }),
                yenField('coordinationFeeJPY', { label: 'Coordination fee (JPY)' }),
              ],
            },
            {
              name: 'extras',
              type: 'array',
              label: { en: 'Extras', ja: '追加費用' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'label', type: 'text', required: true, label: { en: 'Item', ja: '項目' } },
                    yenField('amountJPY', { required: true, label: 'Amount (JPY)' }),
                  ],
                },
              ],
            },
            {
              type: 'row',
              fields: [
                yenField('depositJPY', { label: 'Deposit (JPY)' }),
                { name: 'validUntil', type: 'date', label: { en: 'Valid until', ja: '有効期限' } },
                {
                  ...yenField('totalJPY', { label: 'Total (JPY, computed)' }),
                  admin: { readOnly: true, description: { en: 'Computed on save.', ja: '保存時に計算されます。' } },
                },
              ],
            },
            { name: 'notCovered', type: 'textarea', label: { en: 'Not covered', ja: '含まれないもの' } },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { en: "The patient's request", ja: '患者からの依頼内容' },
      fields: [
        { name: 'question', type: 'textarea', required: true, maxLength: 5000, access: { ...sentByPatient, read: readMedicalField }, label: { en: 'Question', ja: '質問' } },
        { name: 'conditionSummary', type: 'textarea', maxLength: 5000, access: { ...sentByPatient, read: readMedicalField }, label: { en: 'Condition summary', ja: '病状の概要' } },
        {
          name: 'preferredDates',
          type: 'group',
          access: sentByPatient,
          label: { en: 'Preferred dates', ja: '希望日程' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'from', type: 'date', label: { en: 'From', ja: '開始' } },
                { name: 'to', type: 'date', label: { en: 'To', ja: '終了' } },
              ],
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'companions', type: 'number', min: 0, max: 10, defaultValue: 0, access: sentByPatient, label: { en: 'Companions', ja: '同伴者数' } },
            {
              name: 'replyLanguage',
              type: 'select',
              required: true,
              options: locales.map((value) => ({ value, label: localeNames[value] })),
              access: sentByPatient,
              label: { en: 'Reply language', ja: '返信言語' },
            },
          ],
        },
        {
          name: 'documents',
          type: 'relationship',
          relationTo: 'medical-documents',
          hasMany: true,
          access: { ...systemOnly, read: readMedicalField },
          admin: { readOnly: true },
          label: { en: 'Medical documents', ja: '医療書類' },
        },
        { name: 'consent', type: 'relationship', relationTo: 'consents', required: true, access: sentByPatient, admin: { readOnly: true }, label: { en: 'Consent', ja: '同意' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'quoteAcceptedAt', type: 'date', access: systemOnly, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'Quote accepted at', ja: '見積もり承諾日時' } },
        { name: 'booking', type: 'relationship', relationTo: 'bookings', access: systemOnly, admin: { readOnly: true }, label: { en: 'Booking', ja: '予約' } },
      ],
    },
  ],
}
