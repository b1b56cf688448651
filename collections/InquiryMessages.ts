import type { CollectionConfig } from 'payload'

import { nobody, ownHospitalsInAdminLists } from '@/access'
import { patientOrAddressedHospital, patientOrHospitalMember } from '@/inquiries/access'
import { advanceThreadAndNotify, authorMessageFromSignedInUser } from '@/inquiries/hooks'

/** One message in the thread between a patient and a hospital's international office. Never edited. */
export const InquiryMessages: CollectionConfig = {
  slug: 'inquiry-messages',
  labels: { singular: { en: 'Message', ja: 'メッセージ' }, plural: { en: 'Inquiry messages', ja: '問い合わせメッセージ' } },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['createdAt', 'authorType', 'body'],
    group: { en: 'Inquiries', ja: '問い合わせ' },
    baseFilter: ownHospitalsInAdminLists('hospital'),
    hidden: true,
  },
  defaultSort: 'createdAt',
  access: {
    read: patientOrAddressedHospital,
    create: patientOrHospitalMember,
    update: nobody,
    delete: nobody,
  },
  hooks: { beforeChange: [authorMessageFromSignedInUser], afterChange: [advanceThreadAndNotify] },
  fields: [
    { name: 'inquiry', type: 'relationship', relationTo: 'inquiries', required: true, index: true, label: { en: 'Inquiry', ja: '問い合わせ' } },
    { name: 'hospital', type: 'relationship', relationTo: 'hospitals', index: true, admin: { readOnly: true }, label: { en: 'Hospital', ja: '病院' } },
    { name: 'patient', type: 'relationship', relationTo: 'patients', index: true, admin: { readOnly: true }, label: { en: 'Patient', ja: '患者' } },
    {
      name: 'authorType',
      type: 'select',
      required: true,
      options: [
        { value: 'patient', label: { en: 'Patient', ja: '患者' } },
        { value: 'staff', label: { en: 'Hospital', ja: '病院' } },
      ],
      label: { en: 'From', ja: '差出人' },
    },
    { name: 'authorStaff', type: 'relationship', relationTo: 'users', admin: { readOnly: true }, label: { en: 'Staff member', ja: 'スタッフ' } },
    { name: 'authorPatient', type: 'relationship', relationTo: 'patients', admin: { readOnly: true }, label: { en: 'Patient author', ja: '患者' } },
    { name: 'body', type: 'textarea', required: true, maxLength: 10_000, label: { en: 'Message', ja: 'メッセージ' } },
  ],
}
