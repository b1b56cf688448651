import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { auditActions, auditActorTypes } from '@/audit/log'
import { readAuditLog } from '@/audit/access'

/** Who read or changed what, when. Nobody can edit it: written only by `recordAudit`. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { en: 'Audit entry', ja: '監査ログ' }, plural: { en: 'Audit log', ja: '監査ログ' } },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'actorType', 'actorLabel', 'action', 'targetCollection', 'docId', 'detail'],
    group: { en: 'Records', ja: '記録' },
    description: {
      en: 'Every read of medical documents by staff and every sensitive change. Nobody can edit or delete it.',
      ja: 'スタッフによる医療書類の閲覧と重要な変更の記録です。誰も編集・削除できません。',
    },
  },
  access: {
    read: readAuditLog,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  timestamps: true,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'actorType',
          type: 'select',
          required: true,
          options: auditActorTypes.map((value) => ({ value, label: value })),
          label: { en: 'Actor', ja: '実行者の種類' },
        },
        { name: 'actorId', type: 'text', index: true, label: { en: 'Actor ID', ja: '実行者ID' } },
        { name: 'actorLabel', type: 'text', label: { en: 'Who', ja: '実行者' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'action',
          type: 'select',
          required: true,
          options: auditActions.map((value) => ({ value, label: value })),
          label: { en: 'Action', ja: '操作' },
        },
        { name: 'targetCollection', type: 'text', required: true, index: true, label: { en: 'What (collection)', ja: '対象' } },
        { name: 'docId', type: 'text', required: true, index: true, label: { en: 'Record ID', ja: '対象ID' } },
      ],
    },
    { name: 'hospital', type: 'relationship', relationTo: 'hospitals', index: true, label: { en: 'Hospital', ja: '病院' } },
    { name: 'detail', type: 'text', label: { en: 'Detail', ja: '詳細' } },
  ],
}
