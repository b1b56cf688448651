import type { CollectionConfig } from 'payload'

import { nobody, platformAdminOnly } from '@/access'
import { locales } from '@/i18n/locales'
import { outboxStatuses } from '@/notifications/status'

const readOnly = { readOnly: true } as const

/**
 * Emails written with the change that causes them, delivered by the `deliverOutbox` job.
 *
 * The rendered subject, HTML and text are stored when the email is queued, so the admin panel
 * shows exactly what was (or will be) sent, and the embedded console adapter leaves a readable
 * record. Emails carry personal data: only platform admins read them, and nobody writes them
 * over the API (the notification service writes with the Local API).
 */
export const Outbox: CollectionConfig = {
  slug: 'outbox',
  labels: { singular: { en: 'Email', ja: 'メール' }, plural: { en: 'Outbox', ja: '送信メール' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['to', 'template', 'status', 'attempts', 'createdAt'],
    group: { en: 'Notifications', ja: '通知' },
    description: {
      en: 'Every email the platform sends, as it was rendered. Failed emails are retried with back-off.',
      ja: 'プラットフォームが送信するすべてのメール（送信時の内容）。失敗したメールは間隔を空けて再送されます。',
    },
  },
  access: {
    read: platformAdminOnly,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['status', 'nextAttemptAt'] }],
  fields: [
    {
      name: 'preview',
      type: 'ui',
      label: { en: 'Email as sent', ja: '送信内容' },
      admin: { components: { Field: '@/notifications/admin/EmailPreview#EmailPreview' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'to', type: 'email', required: true, label: { en: 'To', ja: '宛先' }, admin: readOnly },
        {
          name: 'locale',
          type: 'select',
          required: true,
          options: locales.map((code) => ({ label: code, value: code })),
          label: { en: 'Language', ja: '言語' },
          admin: readOnly,
        },
        { name: 'template', type: 'text', required: true, index: true, label: { en: 'Template', ja: 'テンプレート' }, admin: readOnly },
      ],
    },
    { name: 'subject', type: 'text', required: true, label: { en: 'Subject', ja: '件名' }, admin: readOnly },
    {
      name: 'html',
      type: 'code',
      required: true,
      label: { en: 'HTML part', ja: 'HTML本文' },
      admin: { ...readOnly, language: 'html', condition: () => false },
    },
    { name: 'text', type: 'textarea', required: true, label: { en: 'Plain-text part', ja: 'テキスト本文' }, admin: readOnly },
    { name: 'data', type: 'json', label: { en: 'Template data', ja: 'テンプレートデータ' }, admin: readOnly },
    {
      name: 'idempotencyKey',
      type: 'text',
      required: true,
      unique: true,
      label: { en: 'Idempotency key', ja: '冪等キー' },
      admin: { ...readOnly, description: { en: 'One email per key; also sent to the provider so a retry never sends twice.', ja: 'キーごとに1通。再送時の二重送信を防ぐため送信サービスにも渡されます。' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'aboutCollection',
          type: 'select',
          options: ['bookings', 'inquiries', 'patients'].map((value) => ({ label: value, value })),
          label: { en: 'About', ja: '対象' },
          admin: readOnly,
        },
        { name: 'aboutId', type: 'text', index: true, label: { en: 'Record ID', ja: 'レコードID' }, admin: readOnly },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: outboxStatuses.map((value) => ({ label: value, value })),
      label: { en: 'Status', ja: '状態' },
      admin: { ...readOnly, position: 'sidebar' },
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0, min: 0, label: { en: 'Attempts', ja: '試行回数' }, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'nextAttemptAt', type: 'date', required: true, label: { en: 'Next attempt', ja: '次回試行' }, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'leaseUntil', type: 'date', label: { en: 'Being sent until', ja: '送信処理中（期限）' }, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sentAt', type: 'date', label: { en: 'Sent at', ja: '送信日時' }, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'providerMessageId', type: 'text', label: { en: 'Provider message ID', ja: '送信サービスのID' }, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'lastError', type: 'textarea', label: { en: 'Last error', ja: '直近のエラー' }, admin: { ...readOnly, position: 'sidebar' } },
  ],
}
