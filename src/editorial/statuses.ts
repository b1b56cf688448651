/**
 * The editorial states every piece of government content moves through. Payload's own
 * `_status` (draft/published) follows from these: only `published` is live on the site.
 */
export const workflowStatuses = ['draft', 'in-review', 'approved', 'scheduled', 'published', 'archived'] as const
export type WorkflowStatus = (typeof workflowStatuses)[number]

export const workflowStatusLabels: Record<WorkflowStatus, { en: string; ja: string }> = {
  draft: { en: 'Draft', ja: '下書き' },
  'in-review': { en: 'In review', ja: 'レビュー中' },
  approved: { en: 'Approved', ja: '承認済み' },
  scheduled: { en: 'Scheduled', ja: '公開予約' },
  published: { en: 'Published', ja: '公開中' },
  archived: { en: 'Archived', ja: 'アーカイブ' },
}

export const translationStates = ['missing', 'complete', 'outdated'] as const
export type TranslationState = (typeof translationStates)[number]

/** Collections that go through the editorial workflow. */
export const editorialCollections = [
  'stories',
  'pages',
  'knowledge-resources',
  'training-programs',
  'solutions',
  'impact-projects',
] as const
export type EditorialCollection = (typeof editorialCollections)[number]
