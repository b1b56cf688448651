import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { isPlatformStaff } from '@/access/roles'
import { locales, localeNames } from '@/i18n/locales'

import { readEditorialVersions, readPublishedContent, writeEditorialContent } from './access'
import { editorialWorkflowEndpoint } from './endpoints'
import { auditEditorialDeletion, auditEditorialTransitions, enforceEditorialWorkflow, keepLiveVersionUntouched } from './hooks'
import { workflowStatuses, workflowStatusLabels } from './statuses'
import { previewUrl } from './urls'

export interface EditorialOptions {
  /**
   * The document's public path without the locale prefix (`/stories/${slug}`), or null when
   * it has none yet. Used for live preview and the admin's "view on site" links.
   */
  publicPath: (doc: Record<string, unknown>) => string | null
}

/** Written by the workflow (hooks and service) only; nobody sets them over the API. */
const systemOnly = { create: () => false, update: () => false } satisfies Record<string, FieldAccess>

function editorialFields(): Field[] {
  return [
    {
      name: 'workflowStatus',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: workflowStatuses.map((value) => ({ value, label: workflowStatusLabels[value] })),
      label: { en: 'Workflow status', ja: 'ワークフロー状態' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // The workflow buttons (Submit for review, Approve, Publish now, Schedule…), right under the status.
      name: 'workflowActions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/editorial/WorkflowActions#WorkflowActions' } },
    },
    {
      name: 'workflow',
      type: 'group',
      label: { en: 'Workflow', ja: 'ワークフロー' },
      // Who wrote and approved what is the newsroom's business, not the public API's.
      access: { read: ({ req }) => isPlatformStaff(req.user) },
      admin: { position: 'sidebar' },
      fields: [
        { name: 'submittedBy', type: 'relationship', relationTo: 'users', access: systemOnly, admin: { readOnly: true }, label: { en: 'Submitted by', ja: '提出者' } },
        { name: 'approvedBy', type: 'relationship', relationTo: 'users', access: systemOnly, admin: { readOnly: true }, label: { en: 'Approved by', ja: '承認者' } },
        { name: 'lastEditedBy', type: 'relationship', relationTo: 'users', access: systemOnly, admin: { readOnly: true }, label: { en: 'Last edited by', ja: '最終編集者' } },
        {
          name: 'publishAt',
          type: 'date',
          index: true,
          access: systemOnly,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
          label: { en: 'Scheduled for', ja: '公開予定日時' },
        },
        { name: 'reviewNote', type: 'textarea', access: systemOnly, admin: { readOnly: true }, label: { en: 'Review note', ja: 'レビューコメント' } },
      ],
    },
    {
      name: 'sourceLocale',
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: locales.map((code) => ({ value: code, label: localeNames[code] })),
      label: { en: 'Source language', ja: '原文の言語' },
      admin: {
        position: 'sidebar',
        description: { en: 'Translations are outdated when this language changes after them.', ja: 'この言語が更新されると、それ以前の翻訳は「要更新」になります。' },
      },
    },
    {
      // Locale → last save, and the source's last change (src/editorial/translations.ts).
      name: 'translationProgress',
      type: 'json',
      access: systemOnly,
      label: { en: 'Translations', ja: '翻訳状況' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: {
          Field: '@/components/admin/editorial/TranslationStatusField#TranslationStatusField',
          Cell: '@/components/admin/editorial/TranslationCell#TranslationCell',
        },
      },
    },
  ]
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}

/**
 * Puts a content collection under the editorial workflow: drafts and versions, the workflow
 * state and its rules, translation status per locale, audit of publish/unpublish/approve and
 * live preview. Collections describe their own fields; this adds the shared machinery.
 */
export function withEditorialWorkflow(collection: CollectionConfig, options: EditorialOptions): CollectionConfig {
  const admin = collection.admin ?? {}
  const defaultColumns = admin.defaultColumns ?? [admin.useAsTitle ?? 'id']
  return {
    ...collection,
    versions: { drafts: true, maxPerDoc: 50 },
    access: {
      read: readPublishedContent,
      readVersions: readEditorialVersions,
      create: writeEditorialContent,
      update: writeEditorialContent,
      delete: writeEditorialContent,
      ...collection.access,
    },
    admin: {
      ...admin,
      defaultColumns: unique([...defaultColumns, 'workflowStatus', 'translationProgress']),
      livePreview: admin.livePreview ?? {
        url: ({ data, locale, req }) => previewUrl(req.payload.config.serverURL, locale.code, options.publicPath(data)) ?? '',
      },
      preview: admin.preview ?? ((doc, { locale, req }) => previewUrl(req.payload.config.serverURL, locale, options.publicPath(doc))),
      components: {
        ...admin.components,
        edit: {
          ...admin.components?.edit,
          // One way to publish: through the workflow actions in the sidebar (approved content only).
          PublishButton: '@/components/admin/editorial/WorkflowPublishButton#WorkflowPublishButton',
          UnpublishButton: '@/components/admin/editorial/WorkflowPublishButton#WorkflowUnpublishButton',
        },
      },
    },
    endpoints: [...(Array.isArray(collection.endpoints) ? collection.endpoints : []), editorialWorkflowEndpoint(collection.slug)],
    hooks: {
      ...collection.hooks,
      // The workflow's rule runs last, after the collection's own beforeChange work on the content.
      beforeChange: [...(collection.hooks?.beforeChange ?? []), enforceEditorialWorkflow],
      afterChange: [keepLiveVersionUntouched, auditEditorialTransitions, ...(collection.hooks?.afterChange ?? [])],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), auditEditorialDeletion],
    },
    fields: [...collection.fields, ...editorialFields()],
  }
}

export { transitionContent } from './service'
export { previewUrl } from './urls'
