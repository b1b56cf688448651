import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { countryOptions } from '@/geo/countries'
import { memberOrStaffField, platformStaff, platformStaffField, readPartners, signedInAccount } from '@/partners/access'
import { registerAsFirstMember } from '@/partners/hooks'
import { partnerKindLabels, partnerKinds, verificationLabels, verificationStatuses } from '@/partners/vocabulary'

/**
 * Organisations of partner countries (ministries, hospitals, universities, NGOs) that work with
 * the platform. They register themselves from the partners page; platform staff verify them.
 * Verified partners are listed publicly.
 */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: { singular: { en: 'Partner', ja: 'パートナー' }, plural: { en: 'Partners', ja: 'パートナー' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'country', 'verificationStatus', 'createdAt'],
    group: { en: 'International cooperation', ja: '国際協力' },
  },
  defaultSort: 'name',
  access: { read: readPartners, create: signedInAccount, update: platformStaff, delete: platformStaff },
  hooks: { beforeChange: [registerAsFirstMember] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: { en: 'Organisation name', ja: '組織名' } },
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: partnerKinds.map((value) => ({ value, label: partnerKindLabels[value] })),
          label: { en: 'Kind', ja: '種別' },
        },
        { name: 'country', type: 'select', required: true, index: true, options: countryOptions, label: { en: 'Country', ja: '国' } },
        {
          name: 'verificationStatus',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: verificationStatuses.map((value) => ({ value, label: verificationLabels[value] })),
          access: { create: platformStaffField, update: platformStaffField },
          admin: { position: 'sidebar' },
          label: { en: 'Verification', ja: '確認状況' },
        },
      ],
    },
    { name: 'website', type: 'text', label: { en: 'Website', ja: 'ウェブサイト' } },
    { name: 'description', type: 'textarea', localized: true, maxLength: 2000, label: { en: 'Description', ja: '説明' } },
    {
      name: 'contactEmail',
      type: 'email',
      required: true,
      access: { read: memberOrStaffField },
      label: { en: 'Contact email', ja: '連絡先メール' },
    },
    {
      name: 'members',
      type: 'relationship',
      relationTo: 'patients',
      hasMany: true,
      index: true,
      access: { read: memberOrStaffField, update: platformStaffField },
      admin: { description: { en: 'Kakehashi accounts that act for this organisation.', ja: 'この組織として行動する Kakehashi アカウント。' } },
      label: { en: 'Members', ja: 'メンバー' },
    },
  ],
}
