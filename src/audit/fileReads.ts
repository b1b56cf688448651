import type { CollectionAfterReadHook, PayloadRequest } from 'payload'

import { relationId } from '@/access/roles'

import { recordAudit } from './log'

const isStaffReader = (user: unknown): boolean =>
  Boolean(user && typeof user === 'object' && (user as { collection?: unknown }).collection === 'users')

/**
 * Audit for a private upload collection (medical documents, CVs): every read of a record by staff,
 * and every download of its bytes through the file URL (after Payload's access check passed), is
 * written down with the hospital the record belongs to. APPI asks who saw special-care data.
 */
export function auditStaffFileAccess(collection: 'medical-documents' | 'application-files', hospitalField: string) {
  const afterRead: CollectionAfterReadHook = async ({ doc, req }) => {
    if (!isStaffReader(req.user) || !doc?.id) return doc
    await recordAudit(req, {
      action: 'read',
      collection,
      docId: String(doc.id),
      hospital: relationId(doc[hospitalField]),
      detail: typeof doc.filename === 'string' ? `file:${doc.filename}` : undefined,
    })
    return doc
  }

  async function download(
    req: PayloadRequest,
    { doc, params }: { doc: { id: string | number } & Record<string, unknown>; params: { filename: string } },
  ): Promise<void> {
    if (!isStaffReader(req.user)) return
    await recordAudit(req, {
      action: 'download',
      collection,
      docId: String(doc.id),
      hospital: relationId(doc[hospitalField]),
      detail: `file:${params.filename}`,
    })
  }

  return { afterRead, download }
}
