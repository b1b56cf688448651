/**
 * The editorial state machine: which workflow status may follow which, who may make the move,
 * and the four-eyes rule. Pure: the service (src/editorial/service.ts) applies it and the hooks
 * (src/editorial/hooks.ts) keep every other save from going around it.
 */
import type { WorkflowStatus } from './statuses'

export type EditorialActor = 'staff' | 'system'

type Moves = Partial<Record<WorkflowStatus, readonly EditorialActor[]>>

/**
 * from → to → who may make the move.
 * - Editors submit a draft for review; a reviewer requests changes (back to draft) or approves.
 * - Only approved content is published or scheduled, so what goes live is what a second person saw.
 * - A scheduled document goes live through the job (`system`); staff unschedule it (back to
 *   approved, or to draft to change it) and publish it by hand from approved.
 * - Published content is taken down by archiving (it leaves the site); an archived document
 *   comes back as a draft and goes through review again.
 * - A draft may be archived too: a live document with a pending draft is taken down that way, and
 *   an abandoned draft is put away.
 */
export const allowedEditorialTransitions: Record<WorkflowStatus, Moves> = {
  draft: { 'in-review': ['staff'], archived: ['staff'] },
  'in-review': { draft: ['staff'], approved: ['staff'] },
  approved: { published: ['staff'], scheduled: ['staff'], draft: ['staff'] },
  scheduled: { published: ['system'], approved: ['staff'], draft: ['staff'] },
  published: { archived: ['staff'] },
  archived: { draft: ['staff'] },
}

export function isWorkflowStatus(value: unknown): value is WorkflowStatus {
  return typeof value === 'string' && value in allowedEditorialTransitions
}

export type EditorialErrorReason =
  | 'not-allowed'
  | 'not-staff'
  | 'own-change'
  | 'publish-at-required'
  | 'publish-at-past'
  | 'use-workflow'
  | 'unknown-status'
  | 'not-found'

const statusOf: Record<EditorialErrorReason, 400 | 403 | 404 | 409> = {
  'not-allowed': 409,
  'not-staff': 403,
  'own-change': 403,
  'publish-at-required': 400,
  'publish-at-past': 400,
  'use-workflow': 403,
  'unknown-status': 400,
  'not-found': 404,
}

type Params = { from?: string; to?: string }

/** Messages for the admin (English and Japanese, the admin panel's languages). */
export const editorialMessages: Record<EditorialErrorReason, { en: (p: Params) => string; ja: (p: Params) => string }> = {
  'not-allowed': {
    en: ({ from, to }) => `This document is ${from}; it cannot move to ${to}. Reload the page to see its current status.`,
    ja: ({ from, to }) => `この文書は「${from}」のため「${to}」に変更できません。ページを再読み込みして現在の状態を確認してください。`,
  },
  'not-staff': {
    en: () => 'Only editors and platform administrators can move content through the editorial workflow.',
    ja: () => '編集ワークフローを操作できるのは編集者とプラットフォーム管理者のみです。',
  },
  'own-change': {
    en: () => 'You cannot approve a change you wrote or submitted: a second editor has to approve it.',
    ja: () => 'ご自身が編集または提出した変更は承認できません。別の編集者が承認する必要があります。',
  },
  'publish-at-required': {
    en: () => 'Choose the date and time at which to publish (publishAt).',
    ja: () => '公開日時（publishAt）を指定してください。',
  },
  'publish-at-past': {
    en: () => 'The publishing time (publishAt) must be in the future.',
    ja: () => '公開日時（publishAt）は未来の日時にしてください。',
  },
  'use-workflow': {
    en: () =>
      'Publishing and status changes go through the editorial workflow: save your work as a draft, then use the workflow actions (Submit for review, Approve, Publish now, Schedule, Archive).',
    ja: () =>
      '公開と状態の変更は編集ワークフローで行います。下書きとして保存し、ワークフローの操作（レビューに提出・承認・今すぐ公開・公開予約・アーカイブ）を使ってください。',
  },
  'unknown-status': {
    en: ({ to }) => `"${to}" is not a workflow status.`,
    ja: ({ to }) => `「${to}」はワークフローの状態ではありません。`,
  },
  'not-found': {
    en: () => 'The document was not found.',
    ja: () => '文書が見つかりません。',
  },
}

/** A move the workflow refuses: 409 (not from this status), 403 (not by this person), 400 (bad input). */
export class EditorialTransitionError extends Error {
  readonly status: 400 | 403 | 404 | 409
  constructor(
    readonly reason: EditorialErrorReason,
    readonly params: Params = {},
  ) {
    super(editorialMessages[reason].en(params))
    this.name = 'EditorialTransitionError'
    this.status = statusOf[reason]
  }

  messageIn(lang: 'en' | 'ja'): string {
    return editorialMessages[this.reason][lang](this.params)
  }
}

export interface TransitionCheck {
  from: WorkflowStatus
  to: WorkflowStatus
  actor: EditorialActor
  /** The staff member making the move (undefined for the system). */
  userId?: string
  /** Who last saved the content under review, and who submitted it. */
  lastEditedBy?: string
  submittedBy?: string
  /** For `scheduled`: when to publish. */
  publishAt?: Date
  now?: Date
}

export function canTransition(from: WorkflowStatus, to: WorkflowStatus, actor?: EditorialActor): boolean {
  const who = allowedEditorialTransitions[from][to]
  if (!who) return false
  return actor === undefined || who.includes(actor)
}

/** Checks a move; throws EditorialTransitionError. Returns the new status. */
export function checkTransition(check: TransitionCheck): WorkflowStatus {
  const { from, to, actor } = check
  const who = allowedEditorialTransitions[from][to]
  if (!who) throw new EditorialTransitionError('not-allowed', { from, to })
  if (!who.includes(actor)) throw new EditorialTransitionError(actor === 'staff' ? 'not-allowed' : 'not-staff', { from, to })
  if (to === 'approved' && from === 'in-review') {
    // Four eyes: whoever wrote the last change or sent it to review cannot also approve it.
    if (!check.userId || check.userId === check.lastEditedBy || check.userId === check.submittedBy) {
      throw new EditorialTransitionError('own-change', { from, to })
    }
  }
  if (to === 'scheduled') {
    if (!check.publishAt || Number.isNaN(check.publishAt.getTime())) throw new EditorialTransitionError('publish-at-required')
    if (check.publishAt.getTime() <= (check.now ?? new Date()).getTime()) throw new EditorialTransitionError('publish-at-past')
  }
  return to
}

/** The moves open to staff from a status (the admin shows one button per move). */
export function nextEditorialStatuses(from: WorkflowStatus, actor: EditorialActor = 'staff'): WorkflowStatus[] {
  return Object.entries(allowedEditorialTransitions[from])
    .filter(([, who]) => who?.includes(actor))
    .map(([to]) => to as WorkflowStatus)
}

/**
 * What a content save (not a workflow move) leaves the status at: new words under review,
 * approved or scheduled go back to draft so that what was approved is what goes live; a save
 * over published content is a new draft (the live version stays as it is until published).
 */
export function statusAfterContentSave(from: WorkflowStatus): WorkflowStatus {
  return from === 'archived' ? 'archived' : 'draft'
}
