import { NextResponse } from 'next/server'

import { parseSuggestParams } from '@/search/params'
import { suggest } from '@/search/service'

export const dynamic = 'force-dynamic'

const CACHEABLE = 'public, max-age=30, stale-while-revalidate=60'
const NOT_CACHED = 'no-store'

/** `GET /api/search/suggest?q=&lang=` → up to 8 titles for type-ahead. */
export async function GET(request: Request): Promise<NextResponse> {
  const parsed = parseSuggestParams(new URL(request.url).searchParams)
  if (!parsed.ok) {
    return NextResponse.json({ error: parsed.error }, { status: 400, headers: { 'Cache-Control': NOT_CACHED } })
  }
  const { q, locale, limit } = parsed.value
  try {
    const result = await suggest(q, locale, limit)
    return NextResponse.json(
      { ...result, lang: locale },
      { headers: { 'Cache-Control': result.degraded ? NOT_CACHED : CACHEABLE } },
    )
  } catch {
    return NextResponse.json(
      { error: { message: 'Suggestions are temporarily unavailable.' } },
      { status: 503, headers: { 'Cache-Control': NOT_CACHED, 'Retry-After': '10' } },
    )
  }
}
