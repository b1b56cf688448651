/**
 * Chooses the search engine once, from the environment: Meilisearch when MEILI_HOST is set,
 * otherwise the embedded engine. Callers get a `SearchIndex` and never know which.
 */

import { env, type Env } from '@/env'

import { createEmbeddedSearchIndex } from './embedded'
import { createMeiliSearchIndex } from './meili'
import type { SearchIndex } from './port'

export function createSearchIndex(config: Pick<Env, 'search'> = env): SearchIndex {
  const { meiliHost, meiliKey } = config.search
  if (meiliHost) return createMeiliSearchIndex({ host: meiliHost, apiKey: meiliKey })
  return createEmbeddedSearchIndex()
}

// On globalThis, not in a module variable: Next.js bundles route handlers, server components
// and Payload's jobs separately (and reloads modules in development), and each copy of this
// module would otherwise hold its own index, the embedded one in memory, filled by nobody.
const INDEX = Symbol.for('kakehashi.search.index')

/** The process's search index, created on first use. */
export function searchIndex(): SearchIndex {
  const holder = globalThis as typeof globalThis & { [INDEX]?: SearchIndex }
  holder[INDEX] ??= createSearchIndex()
  return holder[INDEX]
}
