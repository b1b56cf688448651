import { NextResponse } from 'next/server'

import { localizedPath } from '@/i18n/paths'
import { parseSearchParams } from '@/search/params'
import { search } from '@/search/service'

export const dynamic = 'force-dynamic'

/** Results change within seconds of an edit: a short shared cache absorbs bursts without hiding edits for long. */
const CACHEABLE = 'public, max-age=10, stale-while-revalidate=20'
/** Degraded answers and errors are never cached: the next request should get the engine again. */
const NOT_CACHED = 'no-store'

/**
 * `GET /api/search?q=&lang=&type=&specialty=…&sort=&page=&pageSize=` → ranked hits and facet counts.
 * Validation names the bad parameter (400); engine trouble degrades to database results (200,
 * `degraded: true`); only the database itself being down answers 503.
 */
export async function GET(request: Request): Promise<NextResponse> {
  const parsed = parseSearchParams(new URL(request.url).searchParams)
  if (!parsed.ok) {
    return NextResponse.json({ error: parsed.error }, { status: 400, headers: { 'Cache-Control': NOT_CACHED } })
  }
  const query = parsed.value
  try {
    const result = await search(query)
    const hits = result.hits.map((hit) => ({
      ...hit,
      url: localizedPath(query.locale, `/${hit.type === 'package' ? 'packages' : 'hospitals'}/${hit.slug}`),
    }))
    return NextResponse.json(
      { ...result, hits, lang: query.locale },
      { headers: { 'Cache-Control': result.degraded ? NOT_CACHED : CACHEABLE } },
    )
  } catch {
    // The engine failed and so did the database fallback (the service has logged the engine side).
    return NextResponse.json(
      { error: { message: 'Search is temporarily unavailable. Please try again shortly.' } },
      { status: 503, headers: { 'Cache-Control': NOT_CACHED, 'Retry-After': '10' } },
    )
  }
}
