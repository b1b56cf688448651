import type { CollectionConfig } from 'payload'

import { nobody, ownHospitalsInAdminLists } from '@/access'
import { readPayments } from '@/payments/access'
import { paymentEventKinds, paymentStatuses } from '@/payments/records'
import { paymentMethods } from '@/payments/port'

const readOnly = { readOnly: true } as const

/**
 * Every payment event: deposits started, paid, failed, received at the hospital, and refunds.
 * An append-only ledger written by the payment service (Local API); nobody creates, edits or
 * deletes a row over the API. `eventKey` is unique, so a duplicated event (a Stripe retry, a
 * double click) can be recorded only once: the insert itself decides.
 * Kept after a patient's account is erased (the law requires payment records), with `patient` emptied.
 */
export const Payments: CollectionConfig = {
  slug: 'payments',
  labels: { singular: { en: 'Payment', ja: '支払い' }, plural: { en: 'Payments', ja: '支払い' } },
  admin: {
    useAsTitle: 'eventKey',
    defaultColumns: ['occurredAt', 'booking', 'kind', 'provider', 'status', 'amountJPY', 'eventType'],
    group: { en: 'Bookings', ja: '予約' },
    baseFilter: ownHospitalsInAdminLists('hospital'),
    description: {
      en: 'Every deposit and refund, as it happened. Records cannot be edited.',
      ja: 'すべてのデポジットと返金の記録です。記録は編集できません。',
    },
  },
  access: {
    read: readPayments,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  defaultSort: '-occurredAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'booking', type: 'relationship', relationTo: 'bookings', required: true, index: true, label: { en: 'Booking', ja: '予約' }, admin: readOnly },
        { name: 'hospital', type: 'relationship', relationTo: 'hospitals', required: true, index: true, label: { en: 'Hospital', ja: '医療機関' }, admin: readOnly },
        { name: 'patient', type: 'relationship', relationTo: 'patients', index: true, label: { en: 'Patient', ja: '患者' }, admin: { ...readOnly, description: { en: 'Emptied when the patient erases the account.', ja: '患者がアカウントを削除すると空になります。' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'provider', type: 'select', required: true, options: paymentMethods.map((value) => ({ value, label: value === 'stripe' ? 'Stripe' : { en: 'Offline (hospital / bank transfer)', ja: 'オフライン（病院・銀行振込）' } })), label: { en: 'Provider', ja: '決済手段' }, admin: readOnly },
        { name: 'kind', type: 'select', required: true, options: paymentEventKinds.map((value) => ({ value, label: value === 'deposit' ? { en: 'Deposit', ja: 'デポジット' } : { en: 'Refund', ja: '返金' } })), label: { en: 'Kind', ja: '種類' }, admin: readOnly },
        { name: 'status', type: 'select', required: true, options: paymentStatuses.map((value) => ({ value, label: { pending: { en: 'Pending', ja: '保留中' }, succeeded: { en: 'Succeeded', ja: '完了' }, failed: { en: 'Failed', ja: '失敗' } }[value] })), label: { en: 'Status', ja: 'ステータス' }, admin: readOnly },
        { name: 'amountJPY', type: 'number', required: true, min: 0, label: { en: 'Amount (JPY)', ja: '金額（円）' }, admin: readOnly },
      ],
    },
    {
      name: 'eventKey',
      type: 'text',
      required: true,
      unique: true,
      label: { en: 'Event key', ja: 'イベントキー' },
      admin: { ...readOnly, description: { en: 'One record per event (the Stripe event ID, or the staff action): duplicates are ignored.', ja: 'イベントごとに1件（StripeのイベントIDまたはスタッフ操作）。重複は無視されます。' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'providerRef', type: 'text', index: true, label: { en: 'Provider reference', ja: '決済サービス側の参照' }, admin: readOnly },
        { name: 'eventType', type: 'text', label: { en: 'Event', ja: 'イベント' }, admin: readOnly },
        { name: 'occurredAt', type: 'date', required: true, label: { en: 'Occurred at', ja: '発生日時' }, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'recordedBy', type: 'relationship', relationTo: 'users', label: { en: 'Recorded by', ja: '記録者' }, admin: { ...readOnly, description: { en: 'The staff member who marked an offline deposit received.', ja: 'オフラインのデポジット受領を記録したスタッフ。' } } },
    { name: 'note', type: 'textarea', label: { en: 'Note', ja: 'メモ' }, admin: readOnly },
  ],
}
