import { NextResponse, type NextRequest } from 'next/server'

import { CURRENCY_COOKIE, isDisplayCurrency } from '@/catalogue/money'

/** Only same-site paths: never an open redirect to another origin. */
function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  return value
}

/** Stores the visitor's display currency (from the header's plain form) and goes back. */
export function GET(request: NextRequest): NextResponse {
  const currency = request.nextUrl.searchParams.get('currency')
  if (!isDisplayCurrency(currency)) {
    return NextResponse.json(
      { error: `Parameter "currency" must be a supported currency code; got "${currency ?? ''}".` },
      { status: 400 },
    )
  }
  const response = NextResponse.redirect(new URL(safeReturnPath(request.nextUrl.searchParams.get('next')), request.url), 303)
  response.cookies.set(CURRENCY_COOKIE, currency, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' })
  return response
}
