import type { CollectionConfig } from 'payload'

import { platformStaffOnly } from '@/access'
import { readResourceFiles } from '@/uhc/access'
import { acceptOnlyResourceFileTypes, recordResourceFileOrigin, resourceFileTypes, resourceFilesDir } from '@/uhc/files'
import { sandboxedFileHeaders } from '@/uploads/headers'

/**
 * Downloadable files of the UHC hub (PDF, CSV). Written by platform staff; readable by anyone
 * only while a published knowledge resource links the file (src/uhc/access.ts), over the API
 * and the file URL alike.
 */
export const ResourceFiles: CollectionConfig = {
  slug: 'resource-files',
  labels: { singular: { en: 'Resource file', ja: 'リソースファイル' }, plural: { en: 'Resource files', ja: 'リソースファイル' } },
  admin: {
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'mimeType', 'filesize', 'updatedAt'],
    group: { en: 'Government content', ja: '政府コンテンツ' },
  },
  access: { read: readResourceFiles, create: platformStaffOnly, update: platformStaffOnly, delete: platformStaffOnly },
  upload: {
    staticDir: resourceFilesDir(),
    // The bytes decide (src/uhc/files.ts, in the hook below); Payload checks the result again.
    mimeTypes: [...resourceFileTypes],
    crop: false,
    focalPoint: false,
    // Access decides per request (staff also fetch unpublished files), so no shared cache may keep a
    // copy, and a browser asks again each time: a file taken out of publication stops being served at once.
    modifyResponseHeaders: sandboxedFileHeaders('private, no-cache'),
  },
  hooks: {
    beforeOperation: [acceptOnlyResourceFileTypes],
    beforeChange: [recordResourceFileOrigin],
  },
  fields: [
    { name: 'originalName', type: 'text', label: { en: 'File name', ja: 'ファイル名' } },
    { name: 'title', type: 'text', localized: true, label: { en: 'Title', ja: 'タイトル' } },
  ],
}
