import type { Payload } from 'payload'

import { slugify } from '@/fields/slug'
import { facetNames, SearchUnavailable, type SearchIndex, type SearchQuery, type SearchResult } from '@/search/port'

import type { CarePackage, Hospital } from '../../../payload-types'
import { unique } from './world'

/** An engine that is down: every call fails (after `delayMs`, to prove nobody waits for it). */
export function failingIndex(delayMs = 0): SearchIndex & { calls: number } {
  const fail = async (): Promise<never> => {
    index.calls += 1
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
    throw new SearchUnavailable('engine is down (test)')
  }
  const index = {
    engine: 'embedded' as const,
    calls: 0,
    upsert: fail,
    remove: fail,
    removeByHospital: fail,
    query: fail,
    suggest: fail,
    setSynonyms: fail,
    replaceAll: fail,
    healthy: async () => false,
  }
  return index
}

/**
 * The real engine behind a switch: while `down`, every call fails with SearchUnavailable (after
 * `delayMs`, as a timing-out engine would) and is counted; once up again it has everything it
 * had before, as Meilisearch has after an outage.
 */
export function switchableIndex(engine: SearchIndex, delayMs = 0): SearchIndex & { down: boolean; delayMs: number; failedCalls: number } {
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (!index.down) return call(...args)
      index.failedCalls += 1
      if (index.delayMs) await new Promise((resolve) => setTimeout(resolve, index.delayMs))
      throw new SearchUnavailable('engine is down (test)')
    }
  const index = {
    engine: engine.engine,
    down: false,
    delayMs,
    failedCalls: 0,
    upsert: guard((docs: Parameters<SearchIndex['upsert']>[0]) => engine.upsert(docs)),
    remove: guard((ids: string[]) => engine.remove(ids)),
    removeByHospital: guard((ids: string[]) => engine.removeByHospital(ids)),
    query: guard((query: SearchQuery) => engine.query(query)),
    suggest: guard((q: string, locale: SearchQuery['locale'], limit: number) => engine.suggest(q, locale, limit)),
    setSynonyms: guard((groups: string[][]) => engine.setSynonyms(groups)),
    replaceAll: guard((docs: Parameters<SearchIndex['replaceAll']>[0], onProgress?: (done: number, total: number) => void) =>
      engine.replaceAll(docs, onProgress),
    ),
    healthy: async () => !index.down && (await engine.healthy()),
  }
  return index
}

/** The real engine, with every synonym list it is sent recorded in `sent`. */
export function recordingSynonyms(engine: SearchIndex, sent: string[][][]): SearchIndex {
  return {
    engine: engine.engine,
    upsert: (docs) => engine.upsert(docs),
    remove: (ids) => engine.remove(ids),
    removeByHospital: (ids) => engine.removeByHospital(ids),
    query: (query) => engine.query(query),
    suggest: (q, locale, limit) => engine.suggest(q, locale, limit),
    setSynonyms: async (groups) => {
      sent.push(groups)
      await engine.setSynonyms(groups)
    },
    replaceAll: (docs, onProgress) => engine.replaceAll(docs, onProgress),
    healthy: () => engine.healthy(),
  }
}

/** An engine that never answers (a hung connection). */
export function hangingIndex(): SearchIndex {
  const never = (): Promise<never> => new Promise<never>(() => undefined)
  return {
    engine: 'meilisearch',
    upsert: never,
    remove: never,
    removeByHospital: never,
    query: never,
    suggest: never,
    setSynonyms: never,
    replaceAll: never,
    healthy: async () => false,
  }
}

export const emptyFacets = (): SearchResult['facets'] =>
  Object.fromEntries(facetNames.map((name) => [name, {}])) as SearchResult['facets']

/** Everything in the index matching a query (first 50), in English unless asked otherwise. */
export function queryIndex(index: SearchIndex, query: Partial<SearchQuery> = {}): Promise<SearchResult> {
  return index.query({ q: '', locale: 'en', filters: {}, sort: 'relevance', page: 1, pageSize: 50, ...query })
}

/** Runs the queued jobs as the server's autoRun would, and says how many jobs are still waiting. */
export async function runSearchJobs(payload: Payload): Promise<void> {
  await payload.jobs.run({ limit: 100 })
}

export async function pendingJobs(payload: Payload, task?: string): Promise<number> {
  const result = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ completedAt: { exists: false } }, ...(task ? [{ taskSlug: { equals: task } }] : [])] },
  })
  return result.totalDocs
}

export interface HospitalSeed {
  status?: Hospital['verificationStatus']
  prefecture?: Hospital['prefecture']
  name?: string
  nameJa?: string
  languages?: Hospital['languages']
  specialties?: string[]
  coordinates?: { lat: number; lng: number }
}

export async function makeHospital(payload: Payload, seed: HospitalSeed = {}): Promise<Hospital> {
  const name = seed.name ?? unique('Search Hospital')
  const hospital = await payload.create({
    collection: 'hospitals',
    locale: 'en',
    depth: 0,
    data: {
      name,
      slug: slugify(unique(name)),
      prefecture: seed.prefecture ?? 'tokyo',
      city: 'Chiyoda',
      verificationStatus: seed.status ?? 'verified',
      languages: seed.languages ?? ['en', 'ja'],
      specialties: seed.specialties ?? [],
      ...(seed.coordinates ? { coordinates: seed.coordinates } : {}),
    },
  })
  if (seed.nameJa) {
    await payload.update({ collection: 'hospitals', id: hospital.id, locale: 'ja', depth: 0, data: { name: seed.nameJa, city: '千代田区' } })
  }
  return hospital
}

export interface PackageSeed {
  status?: CarePackage['status']
  title?: string
  titleJa?: string
  priceJPY?: number
  stayNights?: number
  specialty?: string
  languages?: CarePackage['languages']
}

export async function makePackage(payload: Payload, hospital: string, seed: PackageSeed = {}): Promise<CarePackage> {
  const title = seed.title ?? unique('Search Package')
  const created = await payload.create({
    collection: 'care-packages',
    locale: 'en',
    depth: 0,
    data: {
      title,
      slug: slugify(unique(title)),
      hospital,
      status: seed.status ?? 'published',
      priceJPY: seed.priceJPY ?? 300_000,
      stayNights: seed.stayNights ?? 2,
      ...(seed.specialty ? { specialty: seed.specialty } : {}),
      ...(seed.languages ? { languages: seed.languages } : {}),
    },
  })
  if (seed.titleJa) {
    await payload.update({ collection: 'care-packages', id: created.id, locale: 'ja', depth: 0, data: { title: seed.titleJa } })
  }
  return created
}
