/**
 * Admin-panel words for the workflow and translation status (English and Japanese, the admin's
 * languages). Pure data, shared by the client components and the dashboard view.
 */
import type { TranslationState, WorkflowStatus } from './statuses'

export type AdminLang = 'en' | 'ja'

export function adminLangOf(language: string | undefined): AdminLang {
  return language === 'ja' ? 'ja' : 'en'
}

/** The button for each move, keyed `from→to`. */
export const transitionLabels: Record<string, { en: string; ja: string }> = {
  'draft→in-review': { en: 'Submit for review', ja: 'レビューに提出' },
  'draft→archived': { en: 'Archive', ja: 'アーカイブ' },
  'in-review→draft': { en: 'Request changes', ja: '修正を依頼' },
  'in-review→approved': { en: 'Approve', ja: '承認' },
  'approved→published': { en: 'Publish now', ja: '今すぐ公開' },
  'approved→scheduled': { en: 'Schedule…', ja: '公開予約…' },
  'approved→draft': { en: 'Back to draft', ja: '下書きに戻す' },
  'scheduled→approved': { en: 'Unschedule', ja: '予約を取り消す' },
  'scheduled→draft': { en: 'Back to draft', ja: '下書きに戻す' },
  'published→archived': { en: 'Archive', ja: 'アーカイブ' },
  'archived→draft': { en: 'Back to draft', ja: '下書きに戻す' },
}

export function transitionLabel(from: WorkflowStatus, to: WorkflowStatus, lang: AdminLang): string {
  return transitionLabels[`${from}→${to}`]?.[lang] ?? to
}

export const translationStateLabels: Record<TranslationState, { en: string; ja: string }> = {
  missing: { en: 'Missing', ja: '未翻訳' },
  complete: { en: 'Complete', ja: '翻訳済み' },
  outdated: { en: 'Outdated', ja: '要更新' },
}

export const workflowCopy = {
  en: {
    heading: 'Editorial workflow',
    status: 'Status',
    saveFirst: 'Save the document as a draft first.',
    unsaved: 'You have unsaved changes: save the draft before moving it through the workflow.',
    ownChange: 'You wrote or submitted this change, so another editor has to approve it.',
    note: 'Note for the editor (optional)',
    publishAt: 'Publish at',
    confirmSchedule: 'Schedule',
    cancel: 'Cancel',
    scheduledFor: 'Scheduled for',
    reviewNote: 'Review note',
    none: 'No workflow actions from this status.',
    done: 'Done.',
    confirmArchive: 'Archive this document? It will no longer be shown on the site.',
    error: 'The action failed',
    translations: 'Translations',
    source: 'source',
  },
  ja: {
    heading: '編集ワークフロー',
    status: '状態',
    saveFirst: 'まず下書きとして保存してください。',
    unsaved: '未保存の変更があります。ワークフローを進める前に下書きを保存してください。',
    ownChange: 'この変更はご自身が編集または提出したため、別の編集者の承認が必要です。',
    note: '編集者へのコメント（任意）',
    publishAt: '公開日時',
    confirmSchedule: '予約する',
    cancel: 'キャンセル',
    scheduledFor: '公開予定',
    reviewNote: 'レビューコメント',
    none: 'この状態で可能な操作はありません。',
    done: '完了しました。',
    confirmArchive: 'この文書をアーカイブしますか？サイトに表示されなくなります。',
    error: '操作に失敗しました',
    translations: '翻訳状況',
    source: '原文',
  },
} satisfies Record<AdminLang, Record<string, string>>
