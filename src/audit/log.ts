import type { PayloadRequest } from 'payload'

export type AuditAction =
  | 'read'
  | 'download'
  | 'create'
  | 'update'
  | 'delete'
  | 'transition'
  | 'export'
  | 'erase'
  | 'publish'
  | 'unpublish'
  | 'approve'

export interface AuditEntry {
  action: AuditAction
  /** The collection of the record acted on. */
  collection: string
  /** The record's ID. */
  docId: string
  /** The hospital the record belongs to, when it has one (lets a hospital admin read its own trail). */
  hospital?: string
  /** A short machine-readable detail: `status:new→in-progress`, `file:scan.pdf`. */
  detail?: string
}

/**
 * Appends to the audit log who (`req.user`, staff or patient, or the system) did what, when.
 * Joins the caller's transaction through `req`.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  void req
  void entry
  throw new Error('recordAudit: not implemented yet')
}
