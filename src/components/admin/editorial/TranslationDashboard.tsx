import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { isPlatformStaff } from '@/access/roles'
import { parseTranslationFilter, translationOverview, type TranslationRow } from '@/editorial/dashboard'
import { adminLangOf, translationStateLabels } from '@/editorial/labels'
import { editorialCollections, translationStates, workflowStatusLabels, type TranslationState } from '@/editorial/statuses'
import { locales } from '@/i18n/locales'

const copy = {
  en: {
    title: 'Translations',
    intro: 'Each document of the government content in every language: missing, complete, or outdated (the source language changed after the translation was last saved).',
    collection: 'Collection',
    state: 'Status',
    locale: 'Language',
    all: 'All',
    apply: 'Filter',
    document: 'Document',
    workflow: 'Workflow',
    none: 'No documents match these filters.',
    denied: 'Only editors and platform administrators see the translation dashboard.',
    source: 'source',
  },
  ja: {
    title: '翻訳状況',
    intro: '政府コンテンツの各文書の言語ごとの状態です：未翻訳、翻訳済み、要更新（最後の翻訳保存後に原文が変更された）。',
    collection: 'コレクション',
    state: '状態',
    locale: '言語',
    all: 'すべて',
    apply: '絞り込む',
    document: '文書',
    workflow: 'ワークフロー',
    none: '条件に合う文書はありません。',
    denied: '翻訳状況は編集者とプラットフォーム管理者のみ閲覧できます。',
    source: '原文',
  },
}

const marks: Record<TranslationState, string> = { complete: '✓', outdated: '⚠', missing: '—' }
const colours: Record<TranslationState, string | undefined> = {
  complete: undefined,
  outdated: 'var(--theme-warning-700)',
  missing: 'var(--theme-elevation-500)',
}

/** /admin/translations: editorial documents × locales, filterable by collection, status and language. */
export async function TranslationDashboard({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const lang = adminLangOf(req.i18n.language)
  const c = copy[lang]
  const user = req.user ?? undefined
  const filter = parseTranslationFilter(searchParams)
  const allowed = isPlatformStaff(user)
  const rows: TranslationRow[] = allowed && user ? await translationOverview(req.payload, user, filter) : []
  const adminRoute = req.payload.config.routes.admin
  const collectionLabel = (slug: string) => {
    const config = req.payload.collections[slug as keyof typeof req.payload.collections]?.config
    const plural = config?.labels?.plural
    if (plural && typeof plural === 'object') return String((plural as Record<string, string>)[lang] ?? slug)
    return typeof plural === 'string' ? plural : slug
  }

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{c.title}</h1>
        {!allowed ? (
          <p>{c.denied}</p>
        ) : (
          <>
            <p>{c.intro}</p>
            <form method="get" style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'end', marginBlock: 16 }}>
              <label>
                {c.collection}
                <br />
                <select name="collection" defaultValue={filter.collection ?? ''}>
                  <option value="">{c.all}</option>
                  {editorialCollections.map((slug) => (
                    <option key={slug} value={slug}>
                      {collectionLabel(slug)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {c.state}
                <br />
                <select name="state" defaultValue={filter.state ?? ''}>
                  <option value="">{c.all}</option>
                  {translationStates.map((s) => (
                    <option key={s} value={s}>
                      {translationStateLabels[s][lang]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {c.locale}
                <br />
                <select name="locale" defaultValue={filter.locale ?? ''}>
                  <option value="">{c.all}</option>
                  {locales.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
                {c.apply}
              </button>
            </form>
            {rows.length === 0 ? (
              <p role="status">{c.none}</p>
            ) : (
              <div style={{ overflowX: 'auto' }}>
                <table style={{ borderCollapse: 'collapse', minInlineSize: '100%' }}>
                  <caption className="sr-only">{c.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col" style={{ textAlign: 'start', padding: 6 }}>{c.document}</th>
                      <th scope="col" style={{ textAlign: 'start', padding: 6 }}>{c.collection}</th>
                      <th scope="col" style={{ textAlign: 'start', padding: 6 }}>{c.workflow}</th>
                      {locales.map((l) => (
                        <th key={l} scope="col" style={{ padding: 6 }}>
                          {l}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={`${row.collection}:${row.id}`} style={{ borderBlockStart: '1px solid var(--theme-elevation-150)' }}>
                        <th scope="row" style={{ textAlign: 'start', padding: 6, fontWeight: 'normal' }}>
                          <a href={`${adminRoute}/collections/${row.collection}/${row.id}`}>{row.title}</a>
                        </th>
                        <td style={{ padding: 6 }}>{collectionLabel(row.collection)}</td>
                        <td style={{ padding: 6 }}>{workflowStatusLabels[row.workflowStatus]?.[lang] ?? row.workflowStatus}</td>
                        {locales.map((l) => {
                          const state = row.states[l] ?? 'missing'
                          const label = `${translationStateLabels[state][lang]}${l === row.sourceLocale ? ` (${c.source})` : ''}`
                          return (
                            <td key={l} style={{ padding: 6, textAlign: 'center', color: colours[state] }} title={label}>
                              <a href={`${adminRoute}/collections/${row.collection}/${row.id}?locale=${l}`} aria-label={`${row.title} · ${l}: ${label}`}>
                                {marks[state]}
                                {l === row.sourceLocale ? '*' : ''}
                              </a>
                            </td>
                          )
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
