import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { env } from '@/env'
import { deleteOwnUnansweredDocument, patientOrAddressedHospital, signedInPatient } from '@/inquiries/access'
import {
  acceptOnlyMedicalFileTypes,
  auditStaffDocumentRead,
  auditStaffFileDownload,
  ownDocumentByUploader,
} from '@/inquiries/documents'
import { sandboxedFileHeaders } from '@/uploads/headers'

/**
 * Files a patient sends with an inquiry; never public. Readable by their patient and the staff of
 * the hospital the inquiry is addressed to, over every API and the file URL alike. Platform
 * admins do not read them: they run the marketplace and have no need for special-care-required
 * information (APPI data minimisation); erasure and export run as the system.
 */
export const MedicalDocuments: CollectionConfig = {
  slug: 'medical-documents',
  labels: { singular: { en: 'Medical document', ja: '医療書類' }, plural: { en: 'Medical documents', ja: '医療書類' } },
  admin: {
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'mimeType', 'inquiry', 'createdAt'],
    group: { en: 'Inquiries', ja: '問い合わせ' },
  },
  access: {
    read: patientOrAddressedHospital,
    create: signedInPatient,
    // A document is evidence the hospital decided on: it is never changed, only withdrawn.
    update: nobody,
    delete: deleteOwnUnansweredDocument,
  },
  upload: {
    staticDir: path.resolve(env.medicalDocumentsDir),
    // The bytes decide (src/uploads/sniff.ts, in the hook below); Payload checks them again.
    mimeTypes: ['application/pdf', 'image/jpeg', 'image/png', 'application/dicom'],
    crop: false,
    focalPoint: false,
    disableLocalStorage: false,
    handlers: [auditStaffFileDownload],
    // Medical files are private: no shared cache keeps a copy.
    modifyResponseHeaders: sandboxedFileHeaders('private, no-store'),
  },
  hooks: {
    beforeOperation: [acceptOnlyMedicalFileTypes],
    beforeChange: [ownDocumentByUploader],
    afterRead: [auditStaffDocumentRead],
  },
  fields: [
    { name: 'originalName', type: 'text', admin: { readOnly: true }, label: { en: 'File name', ja: 'ファイル名' } },
    {
      name: 'patient',
      type: 'relationship',
      relationTo: 'patients',
      index: true,
      admin: { readOnly: true },
      label: { en: 'Patient', ja: '患者' },
    },
    {
      name: 'hospital',
      type: 'relationship',
      relationTo: 'hospitals',
      index: true,
      admin: { readOnly: true },
      label: { en: 'Hospital', ja: '病院' },
    },
    {
      name: 'inquiry',
      type: 'relationship',
      relationTo: 'inquiries',
      index: true,
      admin: { readOnly: true },
      label: { en: 'Inquiry', ja: '問い合わせ' },
    },
  ],
}
