import type { CollectionConfig, Where } from 'payload'

import { ownHospitalProfiles, platformAdminField, platformAdminOnly, readHospitals, ownHospitalsInAdminLists } from '@/access'
import { refuseDeleteWhileRecordsHang } from '@/catalogue/hooks/refuseDeleteWhileRecordsHang'
import {
  accreditationTypes,
  depositRules,
  interpretationModes,
  patientRoutes,
  paymentMethods,
  prefectures,
  selectOptions,
  spokenLanguages,
  supportServices,
  uninsuredFeeBases,
  verificationStatuses,
} from '@/catalogue/vocabulary'
import { slugField } from '@/fields/slug'
import { yenField } from '@/fields/yen'
import { enqueueHospitalSync, enqueueHospitalSyncAfterDelete } from '@/search/sync'

/** The tenant: a hospital's public profile, which foreign patients must be able to trust. */
export const Hospitals: CollectionConfig = {
  slug: 'hospitals',
  labels: { singular: { en: 'Hospital', ja: '病院' }, plural: { en: 'Hospitals', ja: '病院' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'prefecture', 'verificationStatus', 'updatedAt'],
    group: { en: 'Catalogue', ja: 'カタログ' },
    baseFilter: ownHospitalsInAdminLists('id'),
  },
  access: {
    read: readHospitals,
    create: platformAdminOnly,
    update: ownHospitalProfiles,
    // Deleting a tenant would orphan packages and media: platform admins only, and the hook
    // below refuses while anything hangs off it (suspend instead).
    delete: platformAdminOnly,
  },
  hooks: {
    beforeDelete: [refuseDeleteWhileRecordsHang],
    afterChange: [enqueueHospitalSync],
    afterDelete: [enqueueHospitalSyncAfterDelete],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Profile', ja: 'プロフィール' },
          fields: [
            { name: 'name', type: 'text', required: true, localized: true },
            { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
            { name: 'description', type: 'richText', localized: true },
            {
              name: 'specialties',
              type: 'relationship',
              relationTo: 'specialties',
              hasMany: true,
              index: true,
            },
            {
              name: 'photos',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              // A profile shows its own hospital's images or shared ones, never another hospital's
              // (Payload also checks these options when the value is saved).
              filterOptions: ({ id }): Where => {
                const shared: Where = { hospital: { exists: false } }
                return id ? { or: [{ hospital: { equals: id } }, shared] } : shared
              },
            },
            { name: 'foreignPatientsPerYear', type: 'number', min: 0, admin: { step: 10 } },
            { name: 'acceptsEmergencies', type: 'checkbox', defaultValue: false },
          ],
        },
        {
          label: { en: 'Location & access', ja: '所在地・アクセス' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'prefecture', type: 'select', required: true, index: true, options: selectOptions(prefectures) },
                { name: 'city', type: 'text', localized: true, required: true },
              ],
            },
            { name: 'address', type: 'textarea', localized: true },
            {
              name: 'coordinates',
              type: 'group',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'lat', type: 'number', min: 20, max: 46, admin: { step: 0.000001 } },
                    { name: 'lng', type: 'number', min: 122, max: 154, admin: { step: 0.000001 } },
                  ],
                },
              ],
            },
            {
              name: 'nearestAirport',
              type: 'group',
              fields: [
                { name: 'name', type: 'text', localized: true },
                { name: 'code', type: 'text', maxLength: 3 },
                { name: 'travelMinutes', type: 'number', min: 0 },
              ],
            },
            {
              name: 'nearestStation',
              type: 'group',
              fields: [
                { name: 'name', type: 'text', localized: true },
                { name: 'travelMinutes', type: 'number', min: 0 },
              ],
            },
          ],
        },
        {
          label: { en: 'International patients', ja: '外国人患者対応' },
          fields: [
            {
              name: 'accreditations',
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'type', type: 'select', required: true, options: selectOptions(accreditationTypes) },
                    { name: 'label', type: 'text', admin: { description: 'Name, when type is "Other".' } },
                    { name: 'validUntil', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
                  ],
                },
              ],
            },
            {
              name: 'languages',
              type: 'select',
              hasMany: true,
              index: true,
              options: selectOptions(spokenLanguages),
              admin: { description: 'Languages staff and interpreters speak with patients.' },
            },
            {
              name: 'interpretation',
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'mode', type: 'select', required: true, options: selectOptions(interpretationModes) },
                    { name: 'hours', type: 'text', localized: true },
                  ],
                },
              ],
            },
            {
              name: 'internationalOffice',
              type: 'group',
              fields: [
                { name: 'email', type: 'email' },
                { name: 'phone', type: 'text' },
                { name: 'hours', type: 'text', localized: true },
              ],
            },
            { name: 'routes', type: 'select', hasMany: true, options: selectOptions(patientRoutes) },
            {
              name: 'guarantors',
              type: 'array',
              admin: { description: 'Registered medical-stay guarantors or coordinators the hospital works with.' },
              fields: [{ name: 'name', type: 'text', required: true }],
            },
            { name: 'support', type: 'select', hasMany: true, index: true, options: selectOptions(supportServices) },
          ],
        },
        {
          label: { en: 'Fees & payment', ja: '料金・支払い' },
          fields: [
            {
              name: 'uninsuredFees',
              type: 'group',
              admin: { description: 'How fees are set for patients without Japanese public insurance.' },
              fields: [
                { name: 'basis', type: 'select', options: selectOptions(uninsuredFeeBases) },
                { name: 'multiplier', type: 'number', min: 1, max: 5, admin: { step: 0.1 } },
                yenField('yenPerPoint', { label: 'Yen per fee point' }),
              ],
            },
            yenField('noReferralFee', { label: 'No-referral fee' }),
            yenField('interpreterFee', { label: 'Interpreter fee (per hour)' }),
            { name: 'depositRule', type: 'select', options: selectOptions(depositRules), defaultValue: 'none' },
            { name: 'billsOverseasInsurers', type: 'checkbox', defaultValue: false },
            { name: 'paymentMethods', type: 'select', hasMany: true, options: selectOptions(paymentMethods) },
          ],
        },
      ],
    },
    slugField('name'),
    {
      name: 'verificationStatus',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'draft',
      options: selectOptions(verificationStatuses),
      // Only platform staff verify hospitals; the profile's own staff can never change it.
      access: { create: platformAdminField, update: platformAdminField },
      admin: { position: 'sidebar', description: 'Only verified hospitals are public.' },
    },
  ],
}
