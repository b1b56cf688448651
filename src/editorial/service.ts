import { commitTransaction, initTransaction, killTransaction, type CollectionSlug, type PayloadRequest } from 'payload'

import { isPlatformStaff, relationId } from '@/access/roles'

import { TRANSITION_CONTEXT_KEY, liveState, type ActiveTransition } from './hooks'
import type { WorkflowStatus } from './statuses'
import { checkTransition, EditorialTransitionError, isWorkflowStatus, type EditorialActor } from './transitions'

export const PUBLISH_SCHEDULED_TASK = 'publishScheduledContent'

export interface TransitionOptions {
  /** For `scheduled`: when the job publishes it (ISO string or Date, in the future). */
  publishAt?: string | Date
  /** A note for the editor (a reviewer's requested changes); kept on the document. */
  note?: string
  /** `system` is the scheduled-publishing job; everything else is a staff member's action. */
  actor?: EditorialActor
}

export interface TransitionResult {
  id: string
  workflowStatus: WorkflowStatus
  _status: 'draft' | 'published'
  publishAt: string | null
}

type Doc = Record<string, unknown>

/** The latest version of an editorial document (the pending draft when there is one). */
export async function latestVersion(req: PayloadRequest, collection: string, id: string, asSystem: boolean): Promise<Doc | null> {
  return (await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    req,
    // The publishing job runs without a user; what it may do is limited by the state machine.
    overrideAccess: asSystem,
    user: asSystem ? undefined : req.user,
    disableErrors: true,
  })) as Doc | null
}

function workflowOf(doc: Doc): Doc {
  return doc.workflow && typeof doc.workflow === 'object' ? (doc.workflow as Doc) : {}
}

/**
 * Moves an editorial document through the workflow as the signed-in staff member (access
 * checked, `overrideAccess: false`) or as the scheduled-publishing job. Moves that do not put
 * content live save a new draft version, so the published version stays on the site; publishing
 * writes the approved latest version to the live document; archiving takes it offline.
 */
export async function transitionContent(
  req: PayloadRequest,
  collection: string,
  id: string,
  to: string,
  options: TransitionOptions = {},
): Promise<TransitionResult> {
  if (!isWorkflowStatus(to)) throw new EditorialTransitionError('unknown-status', { to })
  const actor: EditorialActor = options.actor ?? 'staff'
  const asSystem = actor === 'system'
  if (!asSystem && !isPlatformStaff(req.user)) throw new EditorialTransitionError('not-staff')

  const current = await latestVersion(req, collection, id, asSystem)
  if (!current) throw new EditorialTransitionError('not-found')
  const from: WorkflowStatus = isWorkflowStatus(current.workflowStatus) ? current.workflowStatus : 'draft'
  const workflow = workflowOf(current)
  const publishAt = options.publishAt !== undefined && options.publishAt !== '' ? new Date(options.publishAt) : undefined
  const userId = asSystem ? undefined : relationId(req.user)

  checkTransition({
    from,
    to,
    actor,
    userId,
    lastEditedBy: relationId(workflow.lastEditedBy),
    submittedBy: relationId(workflow.submittedBy),
    publishAt,
  })

  const live = await liveState(req, collection, id)
  const note = options.note?.trim().slice(0, 1000) || undefined
  const nextWorkflow: Doc = { ...workflow }
  const data: Doc = { workflowStatus: to }
  if (to === 'in-review') {
    nextWorkflow.submittedBy = userId ?? null
    nextWorkflow.reviewNote = note ?? null
  }
  if (to === 'approved') {
    if (from === 'in-review') nextWorkflow.approvedBy = userId ?? null
    nextWorkflow.publishAt = null
  }
  if (to === 'draft') {
    nextWorkflow.approvedBy = null
    nextWorkflow.publishAt = null
    nextWorkflow.reviewNote = note ?? null
  }
  if (to === 'scheduled') nextWorkflow.publishAt = publishAt?.toISOString() ?? null
  if (to === 'published') {
    nextWorkflow.publishAt = null
    data._status = 'published'
  }
  // Archived content leaves the site: the live document becomes a draft, which public reads never return.
  if (to === 'archived') data._status = 'draft'
  data.workflow = nextWorkflow

  const goesToLiveDocument = to === 'published' || to === 'archived'
  const transition: ActiveTransition = {
    collection,
    id,
    from,
    to,
    wasLive: live?.status === 'published',
    note,
    publishAt: to === 'scheduled' ? publishAt?.toISOString() : undefined,
    workflow: nextWorkflow,
  }
  if (to === 'scheduled' && !req.payload.config.jobs?.tasks?.some((task) => task.slug === PUBLISH_SCHEDULED_TASK)) {
    throw new Error(`Scheduling needs the ${PUBLISH_SCHEDULED_TASK} task: add editorialTasks (src/editorial/jobs.ts) to jobs.tasks in payload.config.ts.`)
  }

  // The move, its audit entry and (when scheduling) its publishing job commit together.
  const ownTransaction = await initTransaction(req)
  req.context[TRANSITION_CONTEXT_KEY] = transition
  let doc: Doc
  try {
    doc = (await req.payload.update({
      collection: collection as CollectionSlug,
      id,
      // Only the workflow's own fields change; the content is the latest version's.
      data: data as never,
      draft: !goesToLiveDocument,
      depth: 0,
      req,
      overrideAccess: asSystem,
      user: asSystem ? undefined : req.user,
    })) as unknown as Doc
    delete req.context[TRANSITION_CONTEXT_KEY]
    if (to === 'scheduled' && publishAt) {
      await req.payload.jobs.queue({
        task: PUBLISH_SCHEDULED_TASK as never,
        input: { collection, id, publishAt: publishAt.toISOString() } as never,
        waitUntil: publishAt,
        req,
      })
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (err) {
    delete req.context[TRANSITION_CONTEXT_KEY]
    if (ownTransaction) await killTransaction(req)
    throw err
  }

  const saved = workflowOf(doc)
  return {
    id,
    workflowStatus: to,
    _status: doc._status === 'published' ? 'published' : 'draft',
    publishAt: typeof saved.publishAt === 'string' ? saved.publishAt : null,
  }
}

/**
 * The job's move: publishes the document only if it is still scheduled for this very time
 * (unscheduling, rescheduling or an edit in between make it a no-op) and the time has come.
 */
export async function publishIfDue(req: PayloadRequest, input: { collection: string; id: string; publishAt: string }, now = new Date()): Promise<boolean> {
  const current = await latestVersion(req, input.collection, input.id, true)
  if (!current || current.workflowStatus !== 'scheduled') return false
  const at = workflowOf(current).publishAt
  if (typeof at !== 'string' || Date.parse(at) !== Date.parse(input.publishAt)) return false
  if (Date.parse(at) > now.getTime()) return false
  await transitionContent(req, input.collection, input.id, 'published', { actor: 'system' })
  return true
}
