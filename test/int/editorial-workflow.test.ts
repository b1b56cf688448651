import config from '@payload-config'
import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/fields/slug'

import { testPayload } from './harness'
import { createPatient } from './support/patients'
import { attempt, createUser, PASSWORD, unique, type Actor } from './support/world'

/**
 * The editorial workflow on the `stories` collection, through the workflow endpoint
 * (POST /api/stories/:id/workflow, signed in with a real JWT), Payload's REST and GraphQL
 * handlers and the Local API as a user. Stories are created with just a title and slug so the
 * test does not depend on the rest of the collection's fields.
 */

type Json = Record<string, unknown>
type Method = 'GET' | 'POST' | 'PATCH'

const restHandlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config) } satisfies Record<Method, unknown>
const graphqlHandler = GRAPHQL_POST(config)

async function rest(method: Method, path: string, options: { token?: string; body?: Json } = {}): Promise<{ status: number; body: Json }> {
  const url = new URL(`/api/${path}`, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const request = new Request(url, {
    method,
    headers: {
      ...(options.token ? { Authorization: `JWT ${options.token}` } : {}),
      ...(options.body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: options.body ? JSON.stringify(options.body) : undefined,
  })
  const response = await restHandlers[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, body: (await response.json()) as Json }
}

async function graphql(query: string, variables: Json = {}, token?: string): Promise<{ data: Record<string, Json | null> | null | undefined; errors?: unknown[] }> {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  const response = await graphqlHandler(request)
  return (await response.json()) as { data: Record<string, Json | null> | null | undefined; errors?: unknown[] }
}

const docsOf = (body: Json): Json[] => (Array.isArray(body.docs) ? (body.docs as Json[]) : [])
const errorMessage = (body: Json): string => String((body.errors as { message?: string }[] | undefined)?.[0]?.message ?? '')
/**
 * The fields a story needs to be published besides title and slug (GOV.md's stories shape);
 * drafts need none of them, and keys the collection does not have are ignored.
 */
const storyBasics = { category: 'excellence', author: { name: 'Aiko Tanaka' } }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the editorial workflow', () => {
  let payload: Payload
  let author: Actor
  let reviewer: Actor
  let third: Actor
  const tokens: Record<'author' | 'reviewer' | 'third', string> = { author: '', reviewer: '', third: '' }

  async function signIn(actor: Actor): Promise<string> {
    const { token } = await payload.login({ collection: 'users', data: { email: actor.email, password: PASSWORD } })
    if (!token) throw new Error(`No token for ${actor.email}`)
    return token
  }

  /** A draft story written by `by` (just title and slug; the collection's other fields are optional). */
  async function draftStory(by: Actor = author): Promise<{ id: string; title: string; slug: string }> {
    const title = unique('Story')
    const doc = await payload.create({
      collection: 'stories',
      locale: 'en',
      draft: true,
      depth: 0,
      user: by,
      overrideAccess: false,
      data: { title, slug: slugify(title), ...storyBasics } as never,
    })
    return { id: String(doc.id), title, slug: slugify(title) }
  }

  async function move(token: string, id: string, to: string, extra: Json = {}): Promise<{ status: number; body: Json }> {
    return rest('POST', `stories/${id}/workflow`, { token, body: { to, ...extra } })
  }

  async function moveOk(token: string, id: string, to: string, extra: Json = {}): Promise<Json> {
    const result = await move(token, id, to, extra)
    expect(result.status, errorMessage(result.body)).toBe(200)
    return result.body
  }

  /** A story taken to `approved`: the author submits, the reviewer approves. */
  async function approvedStory(): Promise<{ id: string; title: string; slug: string }> {
    const story = await draftStory()
    await moveOk(tokens.author, story.id, 'in-review')
    await moveOk(tokens.reviewer, story.id, 'approved')
    return story
  }

  async function publishedStory(): Promise<{ id: string; title: string; slug: string }> {
    const story = await approvedStory()
    await moveOk(tokens.reviewer, story.id, 'published')
    return story
  }

  async function latest(id: string): Promise<Json> {
    return (await payload.findByID({ collection: 'stories', id, draft: true, depth: 0, locale: 'en' })) as unknown as Json
  }

  async function anonymousRestSlugs(query = ''): Promise<unknown[]> {
    const { status, body } = await rest('GET', `stories?locale=en&depth=0&limit=200${query}`)
    expect(status).toBe(200)
    return docsOf(body).map((d) => d.slug)
  }

  async function auditActions(id: string): Promise<string[]> {
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { and: [{ targetCollection: { equals: 'stories' } }, { docId: { equals: id } }] },
      sort: 'createdAt',
      limit: 50,
      depth: 0,
    })
    return docs.map((d) => String(d.action))
  }

  beforeAll(async () => {
    payload = await testPayload()
    author = await createUser(payload, ['editor'], [], 'author')
    reviewer = await createUser(payload, ['editor'], [], 'reviewer')
    third = await createUser(payload, ['platform-admin'], [], 'third')
    tokens.author = await signIn(author)
    tokens.reviewer = await signIn(reviewer)
    tokens.third = await signIn(third)
    // Payload's Next route handlers start the job crons in this process on their first call; the
    // scheduling cron then writes outside any transaction every 3 s and can break a concurrent
    // SQLite write here (SQLITE_BUSY_SNAPSHOT). The tests run the queue themselves.
    await rest('GET', 'stories?limit=1&depth=0')
    await Promise.all(payload.crons.splice(0).map((cron) => cron.stop()))
  })

  it('an editor cannot approve their own change (403), and a second editor can', async () => {
    const story = await draftStory()
    await moveOk(tokens.author, story.id, 'in-review')

    const own = await move(tokens.author, story.id, 'approved')
    expect(own.status).toBe(403)
    expect(errorMessage(own.body)).toMatch(/second editor/)
    expect((await latest(story.id)).workflowStatus).toBe('in-review')

    await moveOk(tokens.reviewer, story.id, 'approved')
    const doc = await latest(story.id)
    expect(doc.workflowStatus).toBe('approved')
    expect((doc.workflow as Json).approvedBy).toBe(reviewer.id)
    expect((doc.workflow as Json).submittedBy).toBe(author.id)
  })

  it('a reviewer who edited the story under review cannot approve it either', async () => {
    const story = await draftStory()
    await moveOk(tokens.author, story.id, 'in-review')
    await payload.update({ collection: 'stories', id: story.id, locale: 'en', draft: true, user: reviewer, overrideAccess: false, data: { title: `${story.title} (edited)` } as never })
    expect((await latest(story.id)).workflowStatus).toBe('draft')
    await moveOk(tokens.author, story.id, 'in-review')
    expect((await move(tokens.reviewer, story.id, 'approved')).status).toBe(403)
    await moveOk(tokens.third, story.id, 'approved')
  })

  it('content goes draft → in review → approved → published, is public, and the approval and publication are audited', async () => {
    const story = await draftStory()
    expect(await anonymousRestSlugs()).not.toContain(story.slug)
    expect((await move(tokens.author, story.id, 'published')).status).toBe(409)

    await moveOk(tokens.author, story.id, 'in-review')
    await moveOk(tokens.reviewer, story.id, 'approved')
    const published = await moveOk(tokens.reviewer, story.id, 'published')
    expect(published.doc).toMatchObject({ workflowStatus: 'published', _status: 'published' })

    expect(await anonymousRestSlugs()).toContain(story.slug)
    const publicDoc = docsOf((await rest('GET', `stories?locale=en&depth=1&where[slug][equals]=${story.slug}`)).body)[0]
    expect(publicDoc?.workflowStatus).toBe('published')
    // Who wrote and approved it stays in the newsroom.
    expect(publicDoc?.workflow).toBeUndefined()
    const actions = await auditActions(story.id)
    expect(actions).toEqual(['transition', 'approve', 'publish'])
  })

  it('a content save while approved sends the story back to draft, so the approval has to be given again', async () => {
    const story = await approvedStory()
    await payload.update({ collection: 'stories', id: story.id, locale: 'en', draft: true, user: author, overrideAccess: false, data: { title: `${story.title} v2` } as never })
    const doc = await latest(story.id)
    expect(doc.workflowStatus).toBe('draft')
    expect((doc.workflow as Json).approvedBy ?? null).toBeNull()
    expect((doc.workflow as Json).lastEditedBy).toBe(author.id)
    expect((await move(tokens.reviewer, story.id, 'published')).status).toBe(409)
  })

  it("an editor's direct `_status: 'published'` is refused, over the Local API and REST", async () => {
    const story = await approvedStory()
    const local = await attempt(() =>
      payload.update({ collection: 'stories', id: story.id, locale: 'en', user: author, overrideAccess: false, data: { _status: 'published' } as never }),
    )
    expect(local.ok).toBe(false)
    if (!local.ok) {
      expect(local.status).toBe(403)
      expect(local.message).toMatch(/workflow actions/)
    }
    const overRest = await rest('PATCH', `stories/${story.id}?locale=en`, { token: tokens.reviewer, body: { _status: 'published' } })
    expect(overRest.status).toBe(403)
    const created = await attempt(() => {
      const title = unique('Direct')
      return payload.create({ collection: 'stories', locale: 'en', user: author, overrideAccess: false, data: { title, slug: slugify(title), _status: 'published' } as never })
    })
    expect(created.ok).toBe(false)
    expect(await anonymousRestSlugs()).not.toContain(story.slug)
  })

  it('a save may not set the workflow status itself', async () => {
    const story = await draftStory()
    const result = await attempt(() =>
      payload.update({ collection: 'stories', id: story.id, locale: 'en', draft: true, user: author, overrideAccess: false, data: { workflowStatus: 'approved' } as never }),
    )
    expect(result.ok).toBe(false)
    expect((await latest(story.id)).workflowStatus).toBe('draft')
  })

  it('scheduling needs a future time (400) and is published by the job only once that time has passed', async () => {
    const story = await approvedStory()
    expect((await move(tokens.reviewer, story.id, 'scheduled', { publishAt: new Date(Date.now() - 60_000).toISOString() })).status).toBe(400)

    const publishAt = new Date(Date.now() + 2_500)
    const scheduled = await moveOk(tokens.reviewer, story.id, 'scheduled', { publishAt: publishAt.toISOString() })
    expect(scheduled.doc).toMatchObject({ workflowStatus: 'scheduled', _status: 'draft' })

    await payload.jobs.run()
    expect(await anonymousRestSlugs()).not.toContain(story.slug)
    expect((await latest(story.id)).workflowStatus).toBe('scheduled')

    await sleep(Math.max(0, publishAt.getTime() - Date.now()) + 500)
    await payload.jobs.run()
    expect(await anonymousRestSlugs()).toContain(story.slug)
    expect((await latest(story.id)).workflowStatus).toBe('published')
    expect(await auditActions(story.id)).toContain('publish')
  })

  it('an unscheduled story is not published when its job comes due', async () => {
    const story = await approvedStory()
    const publishAt = new Date(Date.now() + 1_500)
    await moveOk(tokens.reviewer, story.id, 'scheduled', { publishAt: publishAt.toISOString() })
    await moveOk(tokens.reviewer, story.id, 'approved')
    await sleep(Math.max(0, publishAt.getTime() - Date.now()) + 500)
    await payload.jobs.run()
    expect(await anonymousRestSlugs()).not.toContain(story.slug)
    expect((await latest(story.id)).workflowStatus).toBe('approved')
  })

  it('archiving hides a published story from anonymous REST, GraphQL and the Local API, and is audited as unpublish', async () => {
    const story = await publishedStory()
    expect(await anonymousRestSlugs()).toContain(story.slug)
    await moveOk(tokens.reviewer, story.id, 'archived')

    expect(await anonymousRestSlugs()).not.toContain(story.slug)
    expect(await anonymousRestSlugs('&draft=true')).not.toContain(story.slug)
    const byId = await rest('GET', `stories/${story.id}?depth=0`)
    expect([403, 404]).toContain(byId.status)
    const gql = await graphql(`query { Stories(where: { slug: { equals: "${story.slug}" } }) { docs { id } } }`)
    expect(gql.errors).toBeUndefined()
    expect(gql.data?.Stories?.docs).toEqual([])
    const local = await payload.find({ collection: 'stories', overrideAccess: false, where: { slug: { equals: story.slug } } })
    expect(local.docs).toEqual([])
    expect(await auditActions(story.id)).toContain('unpublish')

    await moveOk(tokens.author, story.id, 'draft')
    expect((await latest(story.id)).workflowStatus).toBe('draft')
    expect(await anonymousRestSlugs()).not.toContain(story.slug)
  })

  it('drafts are never public over REST (also with ?draft=true) or GraphQL (also with draft: true)', async () => {
    const story = await draftStory()
    expect(await anonymousRestSlugs()).not.toContain(story.slug)
    expect(await anonymousRestSlugs('&draft=true')).not.toContain(story.slug)
    expect([403, 404]).toContain((await rest('GET', `stories/${story.id}?draft=true&depth=0`)).status)

    const list = await graphql(`query { Stories(draft: true, where: { slug: { equals: "${story.slug}" } }) { docs { id } } }`)
    expect(list.errors).toBeUndefined()
    expect(list.data?.Stories?.docs).toEqual([])
    const one = await graphql(`query One($id: String!) { Story(id: $id, draft: true) { id title } }`, { id: story.id })
    expect(one.data?.Story ?? null).toBeNull()
    const localList = await payload.find({ collection: 'stories', draft: true, overrideAccess: false, where: { slug: { equals: story.slug } } })
    expect(localList.docs).toEqual([])
  })

  it('the version history (drafts included) is for platform staff only: a signed-in patient or hospital admin gets none of it', async () => {
    const story = await draftStory()
    const patient = await createPatient(payload, 'version-reader')
    const patientToken = (await payload.login({ collection: 'patients', data: { email: patient.email, password: PASSWORD } })).token ?? ''
    const hospitalAdmin = await createUser(payload, ['hospital-admin'], [], 'version-hospital-admin')
    const hospitalToken = await signIn(hospitalAdmin)

    for (const token of [patientToken, hospitalToken, undefined]) {
      const listed = await rest('GET', `stories/versions?depth=0&where[parent][equals]=${story.id}`, { token })
      expect(listed.status).toBe(403)
      const viaGraphql = await graphql(`query { versionsStories(where: { parent: { equals: "${story.id}" } }) { docs { id } } }`, {}, token)
      expect(viaGraphql.data?.versionsStories ?? null).toBeNull()
      expect(viaGraphql.errors).toBeDefined()
    }
    const staff = await rest('GET', `stories/versions?depth=0&where[parent][equals]=${story.id}`, { token: tokens.author })
    expect(staff.status).toBe(200)
    expect(docsOf(staff.body).length).toBeGreaterThan(0)
  })

  it("a published story's newer draft is not visible publicly; staff see it in preview", async () => {
    const story = await publishedStory()
    const newTitle = `${story.title} — unpublished edit`
    await payload.update({ collection: 'stories', id: story.id, locale: 'en', draft: true, user: author, overrideAccess: false, data: { title: newTitle } as never })

    const listed = await rest('GET', `stories?locale=en&depth=0&where[slug][equals]=${story.slug}`)
    expect(docsOf(listed.body).map((d) => d.title)).toEqual([story.title])
    const published = await rest('GET', `stories/${story.id}?locale=en&depth=0`)
    expect(published.body.title).toBe(story.title)
    // Asking for drafts gets a visitor the latest version only where it is published: never the edit.
    const withDraft = await rest('GET', `stories?locale=en&depth=0&where[slug][equals]=${story.slug}&draft=true`)
    expect(docsOf(withDraft.body).map((d) => d.title)).not.toContain(newTitle)
    const byIdDraft = await rest('GET', `stories/${story.id}?locale=en&depth=0&draft=true`)
    expect(byIdDraft.body.title === undefined || byIdDraft.body.title === story.title).toBe(true)
    const gql = await graphql(`query One($id: String!) { Story(id: $id, locale: en) { title } }`, { id: story.id })
    expect(gql.data?.Story?.title).toBe(story.title)
    const gqlDraft = await graphql(`query One($id: String!) { Story(id: $id, draft: true, locale: en) { title } }`, { id: story.id })
    expect(gqlDraft.data?.Story?.title ?? null).not.toBe(newTitle)

    const staff = await payload.findByID({ collection: 'stories', id: story.id, locale: 'en', draft: true, user: reviewer, overrideAccess: false })
    expect((staff as unknown as Json).title).toBe(newTitle)
    expect((staff as unknown as Json).workflowStatus).toBe('draft')
  })

  it('a save without draft over a published story, or an unpublish outside the workflow, is refused and the story stays live', async () => {
    const story = await publishedStory()
    const overwrite = await rest('PATCH', `stories/${story.id}?locale=en`, { token: tokens.author, body: { title: 'Live without review' } })
    expect(overwrite.status).toBe(403)
    const unpublish = await rest('PATCH', `stories/${story.id}?locale=en`, { token: tokens.author, body: { _status: 'draft' } })
    expect(unpublish.status).toBe(403)
    const { body } = await rest('GET', `stories?locale=en&depth=0&where[slug][equals]=${story.slug}`)
    expect(docsOf(body).map((d) => d.title)).toEqual([story.title])
  })

  it('only editors and platform admins can move content', async () => {
    const story = await draftStory()
    const staff = await createUser(payload, ['hospital-staff'], [], 'hospital-staff')
    const response = await move(await signIn(staff), story.id, 'in-review')
    expect(response.status).toBe(403)
    expect((await move('', story.id, 'in-review')).status).toBe(403)
  })

  it('deleting a published story is audited as an unpublish', async () => {
    const story = await publishedStory()
    await payload.delete({ collection: 'stories', id: story.id, user: reviewer, overrideAccess: false })
    expect(await anonymousRestSlugs()).not.toContain(story.slug)
    expect(await auditActions(story.id)).toContain('unpublish')
  })

  it('the seed creates published content directly', async () => {
    const title = unique('Seeded')
    const doc = await payload.create({
      collection: 'stories',
      locale: 'en',
      depth: 0,
      context: { seeding: true },
      data: { title, slug: slugify(title), ...storyBasics, _status: 'published' } as never,
    })
    expect((doc as unknown as Json).workflowStatus).toBe('published')
    expect(await anonymousRestSlugs()).toContain(slugify(title))
  })
})
