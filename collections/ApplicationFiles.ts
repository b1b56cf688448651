import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { readApplicationFiles, signedInApplicant } from '@/training/access'
import { acceptOnlyCvFileTypes, applicationFilesDir, auditStaffCvDownload, auditStaffCvRead, CV_MIME_TYPES, ownCvByUploader } from '@/training/files'
import { sandboxedFileHeaders } from '@/uploads/headers'

/**
 * CVs sent with training applications; never public. Readable by their applicant and the
 * programme's host (the host hospital's staff, or platform staff for a university programme),
 * over every API and the file URL alike; each staff read is audited.
 */
export const ApplicationFiles: CollectionConfig = {
  slug: 'application-files',
  labels: { singular: { en: 'Application file', ja: '応募書類' }, plural: { en: 'Application files', ja: '応募書類' } },
  admin: {
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'mimeType', 'program', 'createdAt'],
    group: { en: 'International cooperation', ja: '国際協力' },
  },
  access: {
    read: readApplicationFiles,
    create: signedInApplicant,
    // A CV is what the host decided on: never changed; it goes with the applicant's erasure.
    update: nobody,
    delete: nobody,
  },
  upload: {
    staticDir: applicationFilesDir(),
    // The bytes decide (src/training/files.ts); Payload checks them again.
    mimeTypes: [...CV_MIME_TYPES],
    crop: false,
    focalPoint: false,
    handlers: [auditStaffCvDownload],
    modifyResponseHeaders: sandboxedFileHeaders('private, no-store'),
  },
  hooks: {
    beforeOperation: [acceptOnlyCvFileTypes],
    beforeChange: [ownCvByUploader],
    afterRead: [auditStaffCvRead],
  },
  fields: [
    { name: 'originalName', type: 'text', admin: { readOnly: true }, label: { en: 'File name', ja: 'ファイル名' } },
    { name: 'applicant', type: 'relationship', relationTo: 'patients', index: true, admin: { readOnly: true }, label: { en: 'Applicant', ja: '応募者' } },
    { name: 'program', type: 'relationship', relationTo: 'training-programs', index: true, admin: { readOnly: true }, label: { en: 'Programme', ja: 'プログラム' } },
    { name: 'hostHospital', type: 'relationship', relationTo: 'hospitals', index: true, admin: { readOnly: true }, label: { en: 'Host hospital', ja: '受け入れ病院' } },
  ],
}
