import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody } from '@/access'
import { platformStaff, platformStaffField, readPartnerRequests, signedInAccount } from '@/partners/access'
import { auditRequestStatus, startPartnerRequest, trackRequestHistory } from '@/partners/hooks'
import { requestKindLabels, requestKinds, requestStatuses, requestStatusLabels } from '@/partners/vocabulary'

/** What the member sent: written once, never edited. */
const sentByMember = { update: () => false } satisfies Record<string, FieldAccess>
/** Platform staff's work on a request. */
const staffWork = { create: () => false, update: platformStaffField } satisfies Record<string, FieldAccess>

/**
 * A partner's request for collaboration, training or a solution. Members of the partner read
 * their organisation's requests and their status; platform staff route each to a hospital or a
 * colleague and track it; their notes stay internal.
 */
export const PartnerRequests: CollectionConfig = {
  slug: 'partner-requests',
  labels: { singular: { en: 'Partner request', ja: 'パートナー依頼' }, plural: { en: 'Partner requests', ja: 'パートナー依頼' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'partner', 'kind', 'status', 'partnerPending', 'routedTo', 'assignedTo', 'createdAt'],
    group: { en: 'International cooperation', ja: '国際協力' },
    description: {
      en: 'Requests from partner organisations. Route each to a hospital or a colleague and keep its status current; partners see the status, never the staff notes. Requests flagged "partner pending" come from organisations not verified yet.',
      ja: 'パートナー組織からの依頼です。病院または担当者に割り振り、ステータスを更新してください。パートナーにはステータスのみ表示され、スタッフメモは表示されません。「パートナー確認待ち」の依頼は未確認の組織からのものです。',
    },
  },
  defaultSort: '-createdAt',
  access: { read: readPartnerRequests, create: signedInAccount, update: platformStaff, delete: nobody },
  hooks: { beforeChange: [startPartnerRequest, trackRequestHistory], afterChange: [auditRequestStatus] },
  fields: [
    { name: 'subject', type: 'text', required: true, maxLength: 200, access: sentByMember, label: { en: 'Subject', ja: '件名' } },
    {
      type: 'row',
      fields: [
        { name: 'partner', type: 'relationship', relationTo: 'partners', required: true, index: true, access: sentByMember, admin: { readOnly: true }, label: { en: 'Partner', ja: 'パートナー' } },
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: requestKinds.map((value) => ({ value, label: requestKindLabels[value] })),
          access: sentByMember,
          label: { en: 'Kind', ja: '種別' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'new',
          index: true,
          options: requestStatuses.map((value) => ({ value, label: requestStatusLabels[value] })),
          access: { create: () => false, update: platformStaffField },
          label: { en: 'Status', ja: 'ステータス' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        // Not required: the request is the organisation's and stays when its sender's account is erased.
        { name: 'requestedBy', type: 'relationship', relationTo: 'patients', index: true, access: sentByMember, admin: { readOnly: true, description: { en: 'Empty once the sender deleted their account.', ja: '送信者がアカウントを削除すると空になります。' } }, label: { en: 'Requested by', ja: '依頼者' } },
        {
          name: 'partnerPending',
          type: 'checkbox',
          defaultValue: false,
          access: { create: () => false, update: () => false, read: platformStaffField },
          admin: { readOnly: true, description: { en: 'Sent while the partner was not verified.', ja: 'パートナーが未確認の時点で送信されました。' } },
          label: { en: 'Partner pending', ja: 'パートナー確認待ち' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'solution', type: 'relationship', relationTo: 'solutions', access: sentByMember, admin: { readOnly: true }, label: { en: 'Solution', ja: 'ソリューション' } },
        { name: 'trainingProgram', type: 'relationship', relationTo: 'training-programs', access: sentByMember, admin: { readOnly: true }, label: { en: 'Training programme', ja: '研修プログラム' } },
      ],
    },
    { name: 'message', type: 'textarea', required: true, maxLength: 5000, access: sentByMember, label: { en: 'Message', ja: 'メッセージ' } },
    {
      type: 'row',
      fields: [
        { name: 'routedTo', type: 'relationship', relationTo: 'hospitals', index: true, access: staffWork, label: { en: 'Routed to hospital', ja: '送付先病院' } },
        { name: 'assignedTo', type: 'relationship', relationTo: 'users', access: { ...staffWork, read: platformStaffField }, label: { en: 'Assigned to', ja: '担当者' } },
      ],
    },
    {
      name: 'staffNotes',
      type: 'textarea',
      access: { ...staffWork, read: platformStaffField },
      admin: { description: { en: 'Internal: partners never see these notes.', ja: '内部用：パートナーには表示されません。' } },
      label: { en: 'Staff notes', ja: 'スタッフメモ' },
    },
    {
      name: 'history',
      type: 'array',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
      label: { en: 'History', ja: '履歴' },
      fields: [
        { name: 'status', type: 'select', options: requestStatuses.map((value) => ({ value, label: requestStatusLabels[value] })), label: { en: 'Status', ja: 'ステータス' } },
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'At', ja: '日時' } },
        { name: 'by', type: 'text', access: { read: platformStaffField }, label: { en: 'By', ja: '変更者' } },
        { name: 'routedTo', type: 'relationship', relationTo: 'hospitals', label: { en: 'Routed to', ja: '送付先' } },
      ],
    },
  ],
}
