import type { PayloadRequest } from 'payload'

import { isPatient, relationId } from '@/access/roles'

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

export const auditActions: readonly AuditAction[] = [
  'read',
  'download',
  'create',
  'update',
  'delete',
  'transition',
  'export',
  'erase',
  'publish',
  'unpublish',
  'approve',
]

export const auditActorTypes = ['staff', 'patient', 'system'] as const
export type AuditActorType = (typeof auditActorTypes)[number]

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

/** Who acts on this request, as the audit log names them. */
export function auditActorOf(user: unknown): { actorType: AuditActorType; actorId?: string; actorLabel?: string } {
  const id = relationId(user)
  if (!user || !id) return { actorType: 'system' }
  if (isPatient(user)) return { actorType: 'patient', actorId: id }
  // Staff are named by their login so the list reads "who" without a lookup; a patient's
  // address stays out of the trail (the ID is enough to trace, and erasure leaves nothing).
  const email = (user as { email?: unknown }).email
  return { actorType: 'staff', actorId: id, actorLabel: typeof email === 'string' ? email : undefined }
}

/**
 * Appends to the audit log who (`req.user`, staff or patient, or the system) did what, when.
 * Joins the caller's transaction through `req`.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  // The audit log is append-only over every API (create/update/delete access is `nobody`) so
  // that nobody can forge or erase a trail; this function is its one writer, hence the bypass.
  await req.payload.create({
    collection: 'audit-log',
    req,
    overrideAccess: true,
    depth: 0,
    data: {
      ...auditActorOf(req.user),
      action: entry.action,
      targetCollection: entry.collection,
      docId: entry.docId,
      hospital: entry.hospital ?? null,
      detail: entry.detail,
    },
  })
}
