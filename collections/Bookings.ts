import type { CollectionConfig, Field } from 'payload'

import { nobody, ownHospitalsInAdminLists } from '@/access'
import { readBookings } from '@/booking/access'
import { bookingTransitionEndpoint } from '@/booking/endpoints'
import { bookingStatusOptions } from '@/booking/labels'
import { actorTypes } from '@/booking/transitions'
import { yenField } from '@/fields/yen'
import { locales } from '@/i18n/locales'

const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }))

const agreedFields: Field[] = [
  { name: 'source', type: 'select', options: options(['package', 'quote']), required: true },
  { name: 'packageTitle', type: 'text' },
  {
    name: 'items',
    type: 'array',
    fields: [{ name: 'label', type: 'text', required: true }, yenField('amountJPY', { required: true })],
  },
  yenField('totalJPY', { required: true }),
  yenField('depositJPY'),
  {
    name: 'cancellation',
    type: 'group',
    fields: [
      { name: 'freeUntilDays', type: 'number', min: 0 },
      { name: 'feePercent', type: 'number', min: 0, max: 100 },
    ],
  },
]

/**
 * A patient's booking of a slot, moved only through the booking state machine
 * (src/booking/service.ts). Nobody writes it over the API: the service checks who may do what,
 * and the admin panel's action buttons call its endpoint (POST /api/bookings/:id/transition).
 */
export const Bookings: CollectionConfig = {
  slug: 'bookings',
  labels: { singular: { en: 'Booking', ja: '予約' }, plural: { en: 'Bookings', ja: '予約' } },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'status', 'slotDate', 'patient', 'package'],
    group: { en: 'Bookings', ja: '予約' },
    baseFilter: ownHospitalsInAdminLists('hospital'),
  },
  access: {
    read: readBookings,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  defaultSort: '-createdAt',
  endpoints: [bookingTransitionEndpoint],
  fields: [
    {
      name: 'actions',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/booking/BookingActions#BookingActions' } },
    },
    { name: 'reference', type: 'text', required: true, unique: true, index: true, label: { en: 'Reference', ja: '予約番号' } },
    { name: 'status', type: 'select', required: true, index: true, options: bookingStatusOptions, label: { en: 'Status', ja: 'ステータス' } },
    // Not required: erasing a patient's account keeps the booking (a payment record hangs off it)
    // without the person. Every booking is created with its patient (holdPlace sets it).
    {
      name: 'patient',
      type: 'relationship',
      relationTo: 'patients',
      index: true,
      label: { en: 'Patient', ja: '患者' },
      validate: (value: unknown, { operation }: { operation?: string }) =>
        operation === 'create' && !value ? 'A booking needs its patient.' : true,
    },
    { name: 'package', type: 'relationship', relationTo: 'care-packages', required: true, label: { en: 'Package', ja: 'パッケージ' } },
    { name: 'slot', type: 'relationship', relationTo: 'slots', required: true, index: true, label: { en: 'Slot', ja: '受入枠' } },
    // A copy of the slot's date: lists, calendar and dashboard sort and filter by it without a join.
    {
      name: 'slotDate',
      type: 'date',
      required: true,
      index: true,
      label: { en: 'Date', ja: '日付' },
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    },
    { name: 'inquiry', type: 'relationship', relationTo: 'inquiries', label: { en: 'Inquiry', ja: '問い合わせ' } },
    {
      name: 'holdExpiresAt',
      type: 'date',
      index: true,
      label: { en: 'Hold expires', ja: '仮押さえ期限' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'locale', type: 'select', options: options(locales), required: true, defaultValue: 'en', label: { en: 'Patient language', ja: '患者の言語' } },
    { name: 'agreed', type: 'group', fields: agreedFields, label: { en: 'Agreed price', ja: '合意した料金' } },
    { name: 'paymentMethod', type: 'select', options: options(['stripe', 'offline']) },
    { name: 'depositPaidAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'cancellation',
      type: 'group',
      fields: [{ name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } }, yenField('feeJPY'), yenField('refundJPY')],
    },
    {
      name: 'transitions',
      type: 'array',
      label: { en: 'History', ja: '履歴' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'select', options: bookingStatusOptions },
            { name: 'to', type: 'select', options: bookingStatusOptions, required: true },
            { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'actorType', type: 'select', options: options(actorTypes), required: true },
            { name: 'actorId', type: 'text' },
            { name: 'note', type: 'text' },
          ],
        },
      ],
    },
    { name: 'hospital', type: 'relationship', relationTo: 'hospitals', required: true, index: true, admin: { position: 'sidebar' } },
  ],
}
