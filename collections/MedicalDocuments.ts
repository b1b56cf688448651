import type { CollectionConfig } from 'payload'

/** Files a patient sends with an inquiry; never public. */
export const MedicalDocuments: CollectionConfig = {
  slug: 'medical-documents',
  upload: true,
  fields: [{ name: 'patient', type: 'relationship', relationTo: 'patients' }],
}
