import type { CollectionConfig } from 'payload'

import { anyone, platformStaffOnly } from '@/access'
import { slugField } from '@/fields/slug'
import { enqueueSpecialtySync, enqueueSpecialtySyncAfterDelete } from '@/search/sync'

/** The shared, localized taxonomy of departments and kinds of care. */
export const Specialties: CollectionConfig = {
  slug: 'specialties',
  labels: { singular: { en: 'Specialty', ja: '診療分野' }, plural: { en: 'Specialties', ja: '診療分野' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'], group: { en: 'Catalogue', ja: 'カタログ' } },
  defaultSort: 'order',
  access: { read: anyone, create: platformStaffOnly, update: platformStaffOnly, delete: platformStaffOnly },
  hooks: { afterChange: [enqueueSpecialtySync], afterDelete: [enqueueSpecialtySyncAfterDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'description', type: 'textarea', localized: true },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
    slugField('name'),
  ],
}
