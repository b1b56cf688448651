import type { CollectionConfig } from 'payload'

/** Who read or changed what, when. Nobody can edit it. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  fields: [{ name: 'action', type: 'text' }],
}
