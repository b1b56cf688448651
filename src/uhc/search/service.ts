import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'

import { withDeadline } from '@/search/bootstrap'

import { loadUhcDocs } from './documents'
import { currentUhcIndex, ensureUhcReady } from './engine'
import { assembleResult } from './facets'
import type { UhcQuery, UhcResult } from './port'

/**
 * The hub's search as pages call it: the engine when it answers, the database otherwise. A
 * failing engine never fails the page; the answer is then marked `degraded`.
 */

const QUERY_TIMEOUT_MS = 5_000

export async function searchUhc(query: UhcQuery, payloadArg?: Payload): Promise<UhcResult> {
  const payload = payloadArg ?? (await getPayload({ config }))
  try {
    await withDeadline(ensureUhcReady(payload), 30_000, 'The hub index')
    return await withDeadline(currentUhcIndex().query(query), QUERY_TIMEOUT_MS)
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'UHC hub search fell back to the database' })
    return { ...(await searchUhcInDatabase(payload, query)), degraded: true }
  }
}

/** Simple `like` matching on title, summary, authors and organisations in the visitor's language and English. */
export async function searchUhcInDatabase(payload: Payload, query: UhcQuery): Promise<UhcResult> {
  const q = query.q.trim()
  let where: Where = {}
  if (q) {
    const ids = new Set<string>()
    for (const locale of new Set([query.locale, 'en' as const])) {
      const found = await payload.find({
        collection: 'knowledge-resources',
        where: {
          and: [
            { _status: { equals: 'published' } },
            {
              or: [{ title: { like: q } }, { summary: { like: q } }, { 'authors.name': { like: q } }, { 'organisations.name': { like: q } }],
            },
          ],
        },
        locale,
        draft: false,
        depth: 0,
        pagination: false,
        select: { slug: true },
        overrideAccess: false, // as the visitor: published only
      })
      for (const doc of found.docs) ids.add(String(doc.id))
    }
    where = { id: { in: [...ids] } }
    if (ids.size === 0) return assembleResult([], query)
  }
  const docs = await loadUhcDocs(payload, where)
  return assembleResult(
    docs.map((doc) => ({ doc, score: 0 })),
    query,
  )
}
