import type { Access, PayloadRequest } from 'payload'

import { isPlatformStaff, relationId } from '@/access/roles'

/**
 * Who may read a hub file: platform staff always; everybody else only a file that a published
 * knowledge resource links. Payload applies this to the REST/GraphQL reads and to the file URL
 * (/api/resource-files/file/<name>) alike, so a file attached only to a draft stays private
 * even when its name is known.
 */

/** IDs of files that published resources link, read as the visitor (published documents only). */
export async function publishedResourceFileIds(req: PayloadRequest): Promise<string[]> {
  const found = await req.payload.find({
    collection: 'knowledge-resources',
    where: { _status: { equals: 'published' } },
    select: { files: true },
    depth: 0,
    pagination: false,
    draft: false,
    req,
    // The visitor's own access (published only); no bypass.
    overrideAccess: false,
    user: req.user,
  })
  const ids = new Set<string>()
  for (const doc of found.docs) {
    for (const entry of doc.files ?? []) {
      const id = relationId(entry.file)
      if (id) ids.add(id)
    }
  }
  return [...ids]
}

export const readResourceFiles: Access = async ({ req }) => {
  if (isPlatformStaff(req.user)) return true
  const ids = await publishedResourceFileIds(req)
  return ids.length ? { id: { in: ids } } : false
}
