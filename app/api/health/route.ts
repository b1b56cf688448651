import { NextResponse } from 'next/server'

import { payloadClient } from '@/catalogue/queries'

export const dynamic = 'force-dynamic'

/** Liveness and database reachability, for the container health check and test harnesses. */
export async function GET(): Promise<NextResponse> {
  try {
    const payload = await payloadClient()
    await payload.count({ collection: 'specialties', overrideAccess: false, user: null })
    return NextResponse.json({ status: 'ok', database: 'up' })
  } catch {
    return NextResponse.json({ status: 'degraded', database: 'down' }, { status: 503 })
  }
}
