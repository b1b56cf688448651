import { describe, expect, it } from 'vitest'

import { workflowStatuses, type WorkflowStatus } from '@/editorial/statuses'
import {
  allowedEditorialTransitions,
  canTransition,
  checkTransition,
  EditorialTransitionError,
  nextEditorialStatuses,
  statusAfterContentSave,
} from '@/editorial/transitions'

const now = new Date('2026-06-01T09:00:00.000Z')
const future = new Date('2026-06-01T09:00:05.000Z')

function refusal(fn: () => unknown): EditorialTransitionError {
  try {
    fn()
  } catch (err) {
    if (err instanceof EditorialTransitionError) return err
    throw err
  }
  throw new Error('expected the move to be refused')
}

describe('editorial transitions', () => {
  const staffMoves: [WorkflowStatus, WorkflowStatus][] = [
    ['draft', 'in-review'],
    ['draft', 'archived'],
    ['in-review', 'draft'],
    ['in-review', 'approved'],
    ['approved', 'published'],
    ['approved', 'scheduled'],
    ['approved', 'draft'],
    ['scheduled', 'approved'],
    ['scheduled', 'draft'],
    ['published', 'archived'],
    ['archived', 'draft'],
  ]

  it.each(staffMoves)('staff may move %s → %s', (from, to) => {
    expect(checkTransition({ from, to, actor: 'staff', userId: 'reviewer', lastEditedBy: 'author', submittedBy: 'author', publishAt: future, now })).toBe(to)
  })

  it('the table allows exactly the documented staff moves, plus the job publishing scheduled content', () => {
    const all = workflowStatuses.flatMap((from) => workflowStatuses.map((to) => [from, to] as const))
    const staff = all.filter(([from, to]) => canTransition(from, to, 'staff'))
    expect(staff).toEqual(expect.arrayContaining(staffMoves))
    expect(staff).toHaveLength(staffMoves.length)
    expect(all.filter(([from, to]) => canTransition(from, to, 'system'))).toEqual([['scheduled', 'published']])
  })

  it.each([
    ['draft', 'published'],
    ['draft', 'approved'],
    ['in-review', 'published'],
    ['in-review', 'scheduled'],
    ['published', 'draft'],
    ['archived', 'published'],
    ['published', 'published'],
  ] as const)('refuses %s → %s with 409', (from, to) => {
    const err = refusal(() => checkTransition({ from, to, actor: 'staff', userId: 'reviewer', publishAt: future, now }))
    expect(err.status).toBe(409)
    expect(err.message).toContain(`cannot move to ${to}`)
  })

  it('staff cannot publish scheduled content by hand (the job does, at the time)', () => {
    expect(refusal(() => checkTransition({ from: 'scheduled', to: 'published', actor: 'staff', userId: 'u', now })).status).toBe(409)
    expect(checkTransition({ from: 'scheduled', to: 'published', actor: 'system', now })).toBe('published')
  })

  it('refuses an approval by the person who last edited the change, with 403', () => {
    const err = refusal(() => checkTransition({ from: 'in-review', to: 'approved', actor: 'staff', userId: 'ana', lastEditedBy: 'ana', submittedBy: 'ben' }))
    expect(err.status).toBe(403)
    expect(err.reason).toBe('own-change')
    expect(err.messageIn('ja')).toContain('別の編集者')
  })

  it('refuses an approval by the person who submitted the change, with 403', () => {
    const err = refusal(() => checkTransition({ from: 'in-review', to: 'approved', actor: 'staff', userId: 'ben', lastEditedBy: 'ana', submittedBy: 'ben' }))
    expect(err.status).toBe(403)
  })

  it('refuses an approval by nobody in particular', () => {
    expect(refusal(() => checkTransition({ from: 'in-review', to: 'approved', actor: 'staff' })).status).toBe(403)
  })

  it('scheduling needs a publishAt, in the future (400 otherwise)', () => {
    expect(refusal(() => checkTransition({ from: 'approved', to: 'scheduled', actor: 'staff', userId: 'u', now })).reason).toBe('publish-at-required')
    const past = refusal(() => checkTransition({ from: 'approved', to: 'scheduled', actor: 'staff', userId: 'u', publishAt: now, now }))
    expect(past.status).toBe(400)
    expect(past.reason).toBe('publish-at-past')
    expect(refusal(() => checkTransition({ from: 'approved', to: 'scheduled', actor: 'staff', userId: 'u', publishAt: new Date('nope'), now })).status).toBe(400)
  })

  it('offers staff one button per move', () => {
    expect(nextEditorialStatuses('approved')).toEqual(['published', 'scheduled', 'draft'])
    expect(nextEditorialStatuses('scheduled')).toEqual(['approved', 'draft'])
    expect(nextEditorialStatuses('scheduled', 'system')).toEqual(['published'])
    for (const status of workflowStatuses) expect(Object.keys(allowedEditorialTransitions[status])).not.toContain(status)
  })

  it.each([
    ['draft', 'draft'],
    ['in-review', 'draft'],
    ['approved', 'draft'],
    ['scheduled', 'draft'],
    ['published', 'draft'],
    ['archived', 'archived'],
  ] as const)('a content save while %s leaves the document %s', (from, to) => {
    expect(statusAfterContentSave(from)).toBe(to)
  })
})
