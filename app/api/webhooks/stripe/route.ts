import { NextResponse } from 'next/server'
import { getPayload } from 'payload'
import config from '@payload-config'

import { handleStripeWebhook } from '@/payments/webhook'

export const dynamic = 'force-dynamic'

/** Stripe's events. The body is read raw: the signature covers the exact bytes Stripe sent. */
export async function POST(request: Request): Promise<NextResponse> {
  const rawBody = await request.text()
  const payload = await getPayload({ config })
  const result = await handleStripeWebhook(payload, rawBody, request.headers.get('stripe-signature'))
  return NextResponse.json(result.body, { status: result.status, headers: { 'Cache-Control': 'no-store' } })
}
