import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionSlug,
  type CollectionBeforeChangeHook,
  type Field,
  type PayloadRequest,
} from 'payload'

import { relationId } from '@/access/roles'
import { recordAudit, type AuditAction } from '@/audit/log'

import type { WorkflowStatus } from './statuses'
import { EditorialTransitionError, isWorkflowStatus, statusAfterContentSave } from './transitions'
import { isAppLocaleCode, isTranslationProgress, recordSave } from './translations'

/**
 * The workflow move in progress, set on `req.context` by transitionContent (src/editorial/service.ts)
 * for exactly one document. Only a save carrying it may change the workflow status or publish.
 */
export interface ActiveTransition {
  collection: string
  id: string
  from: WorkflowStatus
  to: WorkflowStatus
  /** Whether the document was live (its main version published) before the move. */
  wasLive: boolean
  note?: string
  publishAt?: string
  /**
   * The workflow group's new values. Its fields are closed to every API caller (field access),
   * which strips them from the update's data; the hook puts them back after that check.
   */
  workflow: Record<string, unknown>
}

export const TRANSITION_CONTEXT_KEY = 'editorialTransition'

export function activeTransition(req: PayloadRequest, collection: string, id: unknown): ActiveTransition | undefined {
  const value = req.context?.[TRANSITION_CONTEXT_KEY] as ActiveTransition | undefined
  if (!value || value.collection !== collection || id === undefined || id === null) return undefined
  return value.id === String(id) ? value : undefined
}

function adminLang(req: PayloadRequest): 'en' | 'ja' {
  return req.i18n?.language === 'ja' ? 'ja' : 'en'
}

/** The refusal an editor sees when a save tries to publish or change status outside the workflow. */
export function useWorkflowError(req: PayloadRequest): APIError {
  const err = new EditorialTransitionError('use-workflow')
  return new APIError(err.messageIn(adminLang(req)), err.status, { reason: err.reason }, true)
}

/** The main (live) document as stored, without versions: what anonymous readers get. */
export async function liveState(req: PayloadRequest, collection: string, id: string): Promise<{ status?: string; updatedAt?: string } | null> {
  const doc = (await req.payload.db.findOne({ collection: collection as CollectionSlug, where: { id: { equals: id } }, req })) as Record<string, unknown> | null
  if (!doc) return null
  return {
    status: typeof doc._status === 'string' ? doc._status : undefined,
    updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : doc.updatedAt instanceof Date ? doc.updatedAt.toISOString() : undefined,
  }
}

const liveGuardKey = (collection: string, id: string) => `editorialLive:${collection}:${id}`

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/** Whether `data` changes any localized value of `doc` (top level, inside groups, rows, tabs, collapsibles). */
export function localizedContentChanged(fields: Field[], data: Record<string, unknown>, doc: Record<string, unknown> | undefined): boolean {
  for (const field of fields) {
    if ('name' in field && field.name) {
      if (!(field.name in data)) continue
      const next = data[field.name]
      const prev = doc?.[field.name]
      if ('localized' in field && field.localized) {
        if (stableStringify(next) !== stableStringify(prev)) return true
      } else if (field.type === 'group' && next && typeof next === 'object') {
        const nested = prev && typeof prev === 'object' ? (prev as Record<string, unknown>) : undefined
        if (localizedContentChanged(field.fields, next as Record<string, unknown>, nested)) return true
      }
    } else if (field.type === 'row' || field.type === 'collapsible') {
      if (localizedContentChanged(field.fields, data, doc)) return true
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const next = data[tab.name]
          if (!next || typeof next !== 'object') continue
          const prev = doc?.[tab.name]
          if ('localized' in tab && tab.localized) {
            if (stableStringify(next) !== stableStringify(prev)) return true
          } else if (localizedContentChanged(tab.fields, next as Record<string, unknown>, prev as Record<string, unknown> | undefined)) {
            return true
          }
        } else if (localizedContentChanged(tab.fields, data, doc)) {
          return true
        }
      }
    }
  }
  return false
}

type Doc = Record<string, unknown>

function workflowGroupOf(doc: Doc | undefined): Doc {
  const group = doc?.workflow
  return group && typeof group === 'object' ? { ...(group as Doc) } : {}
}

/**
 * Records when this locale was saved (a save in `all` locales, or without a title, does not
 * count) and when the source locale's content last changed.
 */
function recordTranslationProgress(req: PayloadRequest, titleField: string, fields: Field[], data: Doc, originalDoc: Doc | undefined, isCreate: boolean): void {
  const locale = req.locale
  if (!isAppLocaleCode(locale)) return
  const sourceLocale = String(data.sourceLocale ?? originalDoc?.sourceLocale ?? 'en')
  const title = titleField in data ? data[titleField] : originalDoc?.[titleField]
  const hasTitle = typeof title === 'string' && title.trim() !== ''
  const previous = isTranslationProgress(originalDoc?.translationProgress) ? originalDoc.translationProgress : undefined
  data.translationProgress = recordSave(previous, {
    locale,
    sourceLocale,
    hasTitle,
    contentChanged: isCreate || localizedContentChanged(fields, data, originalDoc),
    now: new Date(),
  })
}

/**
 * beforeChange: the workflow status and publication change only through the workflow.
 * - A move by transitionContent (flag on req.context) passes as the service built it.
 * - The seed (`req.context.seeding`) creates published content directly.
 * - Any other save is a content save: it may not publish, change the status, or write over the
 *   live version; it sends content under review, approved or scheduled back to draft (so what
 *   was approved is what goes live) and records who saved it and which locale.
 * Payload's `originalDoc` here is the latest version (the pending draft when there is one).
 */
export const enforceEditorialWorkflow: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const id = operation === 'update' ? relationId(originalDoc) : undefined
  const titleField = collection.admin?.useAsTitle ?? 'title'

  const transition = id ? activeTransition(req, collection.slug, id) : undefined
  if (transition) {
    data.workflowStatus = transition.to
    data.workflow = { ...workflowGroupOf(originalDoc), ...transition.workflow }
    return data
  }

  if (req.context?.seeding === true) {
    // The seed creates content live; its status says so unless the seed chose another.
    if (data._status === 'published' && (data.workflowStatus === undefined || data.workflowStatus === 'draft')) data.workflowStatus = 'published'
    recordTranslationProgress(req, titleField, collection.fields, data, originalDoc, operation === 'create')
    return data
  }

  if (data._status === 'published') throw useWorkflowError(req)

  const from: WorkflowStatus = operation === 'update' && isWorkflowStatus(originalDoc?.workflowStatus) ? originalDoc.workflowStatus : 'draft'
  const to = operation === 'create' ? 'draft' : statusAfterContentSave(from)
  // The admin form sends the status it loaded; only a value other than before or after the save is an attempt.
  if (data.workflowStatus !== undefined && data.workflowStatus !== from && data.workflowStatus !== to) throw useWorkflowError(req)
  data.workflowStatus = to

  const workflow = { ...workflowGroupOf(originalDoc), ...workflowGroupOf(data) }
  workflow.lastEditedBy = relationId(req.user) ?? null
  if (to === 'draft' && from !== 'draft') {
    workflow.approvedBy = null
    workflow.publishAt = null
  }
  data.workflow = workflow

  if (id) {
    const live = await liveState(req, collection.slug, id)
    if (live?.status === 'published') {
      // Without `draft: true` Payload writes the main document: the live content would change
      // (or, with `_status: 'draft'`, go offline) without review or audit.
      if (data._status !== 'draft') throw useWorkflowError(req)
      // `_status: 'draft'` is either a draft save (main untouched) or an unpublish; afterChange tells.
      req.context[liveGuardKey(collection.slug, id)] = live.updatedAt ?? ''
    }
  }

  recordTranslationProgress(req, titleField, collection.fields, data, originalDoc, operation === 'create')
  return data
}

/** afterChange: a content save over published content must have left the live version as it was. */
export const keepLiveVersionUntouched: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const id = relationId(doc)
  if (!id) return doc
  const key = liveGuardKey(collection.slug, id)
  const before = req.context?.[key]
  if (typeof before !== 'string') return doc
  delete req.context[key]
  const live = await liveState(req, collection.slug, id)
  if (live?.status !== 'published' || live.updatedAt !== before) throw useWorkflowError(req)
  return doc
}

function auditActionFor(t: ActiveTransition): AuditAction {
  if (t.to === 'published') return 'publish'
  if (t.to === 'approved' && t.from === 'in-review') return 'approve'
  if (t.to === 'archived' && t.wasLive) return 'unpublish'
  return 'transition'
}

/** afterChange: every workflow move is in the audit log (publish, unpublish, approve, and the rest as transitions). */
export const auditEditorialTransitions: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const t = activeTransition(req, collection.slug, relationId(doc))
  if (!t) return doc
  const detail = [`status:${t.from}→${t.to}`, t.publishAt ? `at:${t.publishAt}` : null].filter(Boolean).join(' ')
  await recordAudit(req, { action: auditActionFor(t), collection: collection.slug, docId: t.id, detail })
  return doc
}

/** afterDelete: deleting live content takes it off the site, so it is audited like an unpublish. */
export const auditEditorialDeletion: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  const wasLive = (doc as { _status?: unknown } | undefined)?._status === 'published'
  await recordAudit(req, { action: wasLive ? 'unpublish' : 'delete', collection: collection.slug, docId: String(id), detail: 'deleted' })
  return doc
}
