import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone, ownHospitalsInAdminLists, writeMedia } from '@/access'
import { env } from '@/env'
import { hospitalOwnerField } from '@/fields/hospitalOwner'

/** Public images (hospital photos, package illustrations). Never medical documents. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Image', ja: '画像' }, plural: { en: 'Images', ja: '画像' } },
  admin: { useAsTitle: 'alt', group: { en: 'Catalogue', ja: 'カタログ' }, baseFilter: ownHospitalsInAdminLists('hospital') },
  access: { read: anyone, create: writeMedia, update: writeMedia, delete: writeMedia },
  upload: {
    staticDir: path.resolve(env.mediaDir),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    // Payload inspects the bytes, not the file name, before accepting a type.
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, height: 500, position: 'centre' },
      { name: 'hero', width: 1600, height: undefined },
    ],
    adminThumbnail: 'thumbnail',
    resizeOptions: { width: 2400, withoutEnlargement: true },
    formatOptions: { format: 'webp', options: { quality: 82 } },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      admin: { description: 'Describe the image for people who cannot see it.' },
    },
    // Platform media (specialty illustrations) has no hospital; hospital media belongs to one.
    hospitalOwnerField({ required: false }),
  ],
}
