import { NextResponse } from 'next/server'

export const dynamic = 'force-dynamic'

/** The cheapest possible route: the latency floor the search benchmark compares against. */
export function GET(): NextResponse {
  return NextResponse.json({ ok: true })
}
