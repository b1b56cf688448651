import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { translationOverview } from '@/editorial/dashboard'
import { translationState, type TranslationProgress } from '@/editorial/translations'
import { slugify } from '@/fields/slug'

import { testPayload } from './harness'
import { createUser, unique, type Actor } from './support/world'

/**
 * Translation status as editors see it: each save records its locale's time, and a change in
 * the source locale makes earlier translations outdated until they are saved again.
 */
describe('translation status of editorial content', () => {
  let payload: Payload
  let editor: Actor
  let reviewer: Actor

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  async function save(id: string, locale: 'en' | 'ja' | 'fr', data: Record<string, unknown>): Promise<void> {
    // Saves land on distinct milliseconds, as an editor's would.
    await sleep(5)
    await payload.update({ collection: 'stories', id, locale, draft: true, depth: 0, user: editor, overrideAccess: false, data: data as never })
  }

  async function stateOf(id: string, locale: string): Promise<string> {
    const doc = (await payload.findByID({ collection: 'stories', id, draft: true, depth: 0, user: reviewer, overrideAccess: false })) as unknown as {
      translationProgress?: TranslationProgress
      sourceLocale?: string
    }
    return translationState(doc.translationProgress, locale, doc.sourceLocale ?? 'en')
  }

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createUser(payload, ['editor'], [], 'translator')
    reviewer = await createUser(payload, ['editor'], [], 'reviewer')
  })

  it('a translation goes missing → complete → outdated after a source change → complete after re-saving it', async () => {
    const title = unique('Translated story')
    const story = await payload.create({
      collection: 'stories',
      locale: 'en',
      draft: true,
      depth: 0,
      user: editor,
      overrideAccess: false,
      data: { title, slug: slugify(title) } as never,
    })
    const id = String(story.id)
    expect(await stateOf(id, 'en')).toBe('complete')
    expect(await stateOf(id, 'ja')).toBe('missing')

    await save(id, 'ja', { title: `${title}（日本語）` })
    expect(await stateOf(id, 'ja')).toBe('complete')
    expect(await stateOf(id, 'fr')).toBe('missing')

    await save(id, 'en', { title: `${title} (revised)` })
    expect(await stateOf(id, 'ja')).toBe('outdated')
    expect(await stateOf(id, 'en')).toBe('complete')

    await save(id, 'ja', { title: `${title}（改訂版）` })
    expect(await stateOf(id, 'ja')).toBe('complete')
  })

  it('re-saving the source without changing its words leaves translations complete', async () => {
    const title = unique('Stable story')
    const story = await payload.create({ collection: 'stories', locale: 'en', draft: true, depth: 0, user: editor, overrideAccess: false, data: { title, slug: slugify(title) } as never })
    const id = String(story.id)
    await save(id, 'fr', { title: `${title} (fr)` })
    await save(id, 'en', { title })
    expect(await stateOf(id, 'fr')).toBe('complete')
  })

  it('editors cannot write the recorded times themselves', async () => {
    const title = unique('Forged story')
    const story = await payload.create({ collection: 'stories', locale: 'en', draft: true, depth: 0, user: editor, overrideAccess: false, data: { title, slug: slugify(title) } as never })
    const id = String(story.id)
    await save(id, 'en', { translationProgress: { savedAt: { ja: '2999-01-01T00:00:00.000Z' } } })
    expect(await stateOf(id, 'ja')).toBe('missing')
  })

  it('the translation dashboard lists drafts for editors, filtered by collection and state, and nothing unpublished for others', async () => {
    const title = unique('Dashboard story')
    const story = await payload.create({ collection: 'stories', locale: 'en', draft: true, depth: 0, user: editor, overrideAccess: false, data: { title, slug: slugify(title) } as never })
    const id = String(story.id)
    await save(id, 'ja', { title: `${title}（日本語）` })
    await save(id, 'en', { title: `${title} (revised)` })

    const outdatedJa = await translationOverview(payload, reviewer, { collection: 'stories', state: 'outdated', locale: 'ja' })
    const row = outdatedJa.find((r) => r.id === id)
    expect(row?.title).toBe(`${title} (revised)`)
    expect(row?.states).toMatchObject({ en: 'complete', ja: 'outdated', fr: 'missing' })
    expect((await translationOverview(payload, reviewer, { collection: 'stories', state: 'complete', locale: 'ja' })).map((r) => r.id)).not.toContain(id)

    const outsider = await createUser(payload, ['hospital-staff'], [], 'outsider')
    expect((await translationOverview(payload, outsider, { collection: 'stories' })).map((r) => r.id)).not.toContain(id)
  })
})
