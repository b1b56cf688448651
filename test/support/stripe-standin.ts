/**
 * A local stand-in for the parts of the Stripe API Kakehashi uses, for integration and browser
 * tests: the real `stripe` SDK talks to it (host/port/protocol options, STRIPE_API_URL), and its
 * hosted page `/pay/<session>` plays Stripe Checkout: pressing "Pay" sends a signed
 * `checkout.session.completed` event to the app's webhook (signed with the SDK's own
 * `generateTestHeaderString`) and then returns the browser to the session's `success_url`.
 *
 * Plain erasable TypeScript without relative imports: `scripts/e2e-server.ts` runs it with Node directly.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import Stripe from 'stripe'

export interface RecordedRequest {
  method: string
  path: string
  idempotencyKey?: string
  /** The form-encoded body as Stripe sends it: flat keys such as `line_items[0][price_data][currency]`. */
  form: Record<string, string>
}

export interface StandinSession {
  id: string
  object: 'checkout.session'
  url: string
  mode: string
  status: 'open' | 'complete' | 'expired'
  payment_status: 'unpaid' | 'paid'
  currency: string
  amount_total: number
  amount_subtotal: number
  locale: string | null
  client_reference_id: string | null
  customer_email: string | null
  metadata: Record<string, string>
  success_url: string
  cancel_url: string
  payment_intent: string | null
  expires_at: number
  created: number
  livemode: false
  /** Not a Stripe field: the line item's name, for the hosted page. */
  _lineItemName: string
  _paymentIntentId: string
  _paymentIntentMetadata: Record<string, string>
}

export interface StandinOptions {
  /** Where pressing "Pay" sends the signed event (the app's /api/webhooks/stripe). */
  webhookUrl?: string
  webhookSecret?: string
  port?: number
  host?: string
}

export interface StripeStandin {
  url: string
  apiUrl: { protocol: 'http'; host: string; port: number }
  requests: RecordedRequest[]
  sessions: Map<string, StandinSession>
  refunds: Record<string, unknown>[]
  /** The next `count` API requests answer `status` (500: Stripe is down). */
  failNext(count?: number, status?: number): void
  /** Every API request fails until called with false. */
  setFailing(failing: boolean): void
  /** Marks a session paid and returns the `checkout.session.completed` event body Stripe would send. */
  completedEvent(sessionId: string): Record<string, unknown>
  /** A `charge.refunded` event for a session's payment. */
  refundedEvent(sessionId: string, amountRefunded: number): Record<string, unknown>
  /** Signs a payload as Stripe would (the SDK's test-header helper). */
  sign(payload: string, timestamp?: number): string
  stop(): Promise<void>
}

const yen = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY' })

function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': randomId('req') })
  response.end(JSON.stringify(body))
}

function stripeError(response: ServerResponse, status: number, message: string, type = 'invalid_request_error'): void {
  send(response, status, { error: { type, message } })
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function metadataOf(form: Record<string, string>, prefix: string): Record<string, string> {
  const metadata: Record<string, string> = {}
  for (const [key, value] of Object.entries(form)) {
    const match = key.startsWith(`${prefix}[`) ? /\[([^\]]+)\]$/.exec(key) : null
    if (match?.[1] && key === `${prefix}[${match[1]}]`) metadata[match[1]] = value
  }
  return metadata
}

export async function startStripeStandin(options: StandinOptions = {}): Promise<StripeStandin> {
  const webhookSecret = options.webhookSecret ?? 'whsec_standin_secret'
  const stripe = new Stripe('sk_test_standin', { telemetry: false })
  const requests: RecordedRequest[] = []
  const sessions = new Map<string, StandinSession>()
  const refunds: Record<string, unknown>[] = []
  const byIdempotencyKey = new Map<string, unknown>()
  let failures = 0
  let failStatus = 500
  let failing = false
  let base = ''

  function sign(payload: string, timestamp?: number): string {
    return stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret, ...(timestamp ? { timestamp } : {}) })
  }

  function event(type: string, object: unknown): Record<string, unknown> {
    return {
      id: randomId('evt'),
      object: 'event',
      api_version: '2026-10-28.endive',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object },
    }
  }

  function publicSession(session: StandinSession): Record<string, unknown> {
    const { _lineItemName, _paymentIntentId, _paymentIntentMetadata, ...rest } = session
    void _lineItemName
    void _paymentIntentId
    void _paymentIntentMetadata
    return rest
  }

  function completedEvent(sessionId: string): Record<string, unknown> {
    const session = sessions.get(sessionId)
    if (!session) throw new Error(`No such checkout session: ${sessionId}`)
    session.status = 'complete'
    session.payment_status = 'paid'
    session.payment_intent = session._paymentIntentId
    return event('checkout.session.completed', publicSession(session))
  }

  function refundedEvent(sessionId: string, amountRefunded: number): Record<string, unknown> {
    const session = sessions.get(sessionId)
    if (!session) throw new Error(`No such checkout session: ${sessionId}`)
    return event('charge.refunded', {
      id: randomId('ch'),
      object: 'charge',
      amount: session.amount_total,
      amount_refunded: amountRefunded,
      currency: 'jpy',
      paid: true,
      refunded: amountRefunded >= session.amount_total,
      payment_intent: session._paymentIntentId,
      metadata: {},
    })
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const raw = await readBody(request)
    const form = Object.fromEntries(new URLSearchParams(raw))
    const idempotencyKey = (request.headers['idempotency-key'] as string | undefined) ?? undefined
    requests.push({ method: request.method ?? 'GET', path, idempotencyKey, form })
    if (failing || failures > 0) {
      if (failures > 0) failures -= 1
      return stripeError(response, failStatus, 'The stand-in was told to fail.', 'api_error')
    }
    const replayKey = idempotencyKey ? `${request.method} ${path} ${idempotencyKey}` : undefined
    if (replayKey && byIdempotencyKey.has(replayKey)) return send(response, 200, byIdempotencyKey.get(replayKey))
    const remember = (body: unknown) => {
      if (replayKey) byIdempotencyKey.set(replayKey, body)
      send(response, 200, body)
    }

    if (request.method === 'POST' && path === '/v1/checkout/sessions') {
      const unitAmount = Number(form['line_items[0][price_data][unit_amount]'] ?? 0)
      const quantity = Number(form['line_items[0][quantity]'] ?? 1)
      const currency = form['line_items[0][price_data][currency]'] ?? 'jpy'
      if (!form.success_url) return stripeError(response, 400, 'Missing required param: success_url.')
      const id = randomId('cs_test')
      const created = Math.floor(Date.now() / 1000)
      const session: StandinSession = {
        id,
        object: 'checkout.session',
        url: `${base}/pay/${id}`,
        mode: form.mode ?? 'payment',
        status: 'open',
        payment_status: 'unpaid',
        currency,
        amount_total: unitAmount * quantity,
        amount_subtotal: unitAmount * quantity,
        locale: form.locale ?? null,
        client_reference_id: form.client_reference_id ?? null,
        customer_email: form.customer_email ?? null,
        metadata: metadataOf(form, 'metadata'),
        success_url: form.success_url,
        cancel_url: form.cancel_url ?? form.success_url,
        payment_intent: null,
        expires_at: Number(form.expires_at ?? created + 24 * 3600),
        created,
        livemode: false,
        _lineItemName: form['line_items[0][price_data][product_data][name]'] ?? '',
        _paymentIntentId: randomId('pi'),
        _paymentIntentMetadata: metadataOf(form, 'payment_intent_data[metadata]'),
      }
      sessions.set(id, session)
      return remember(publicSession(session))
    }
    const sessionMatch = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path)
    if (request.method === 'GET' && sessionMatch?.[1]) {
      const session = sessions.get(sessionMatch[1])
      return session ? send(response, 200, publicSession(session)) : stripeError(response, 404, `No such checkout session: '${sessionMatch[1]}'`)
    }
    const intentMatch = /^\/v1\/payment_intents\/([^/]+)$/.exec(path)
    if (request.method === 'GET' && intentMatch?.[1]) {
      const session = [...sessions.values()].find((s) => s._paymentIntentId === intentMatch[1])
      if (!session) return stripeError(response, 404, `No such payment_intent: '${intentMatch[1]}'`)
      return send(response, 200, {
        id: session._paymentIntentId,
        object: 'payment_intent',
        amount: session.amount_total,
        currency: session.currency,
        status: session.payment_status === 'paid' ? 'succeeded' : 'requires_payment_method',
        metadata: session._paymentIntentMetadata,
      })
    }
    if (request.method === 'POST' && path === '/v1/refunds') {
      const intent = form.payment_intent
      const session = [...sessions.values()].find((s) => s._paymentIntentId === intent)
      if (!session) return stripeError(response, 404, `No such payment_intent: '${intent}'`)
      const refund = {
        id: randomId('re'),
        object: 'refund',
        amount: form.amount ? Number(form.amount) : session.amount_total,
        currency: 'jpy',
        payment_intent: intent,
        reason: form.reason ?? null,
        status: 'succeeded',
        created: Math.floor(Date.now() / 1000),
      }
      refunds.push(refund)
      return remember(refund)
    }
    return stripeError(response, 404, `Unrecognized request URL (${request.method}: ${path}).`)
  }

  async function handlePage(request: IncomingMessage, response: ServerResponse, sessionId: string): Promise<void> {
    const session = sessions.get(sessionId)
    if (!session) {
      response.writeHead(404, { 'Content-Type': 'text/plain' })
      return void response.end('No such checkout session')
    }
    if (request.method === 'POST') {
      await readBody(request)
      const payload = JSON.stringify(completedEvent(sessionId))
      if (options.webhookUrl) {
        const delivered = await fetch(options.webhookUrl, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Stripe-Signature': sign(payload) },
          body: payload,
        })
        if (!delivered.ok) console.error(`[stripe-standin] webhook answered ${delivered.status}: ${await delivered.text()}`)
      }
      response.writeHead(303, { Location: session.success_url })
      return void response.end()
    }
    const amount = yen.format(session.amount_total)
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(`<!doctype html>
<html lang="${escapeHtml(session.locale && session.locale !== 'auto' ? session.locale : 'en')}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Stripe Checkout (stand-in)</title></head>
<body>
  <main>
    <h1>Stripe Checkout (test stand-in)</h1>
    <p>${escapeHtml(session._lineItemName)}</p>
    <p>Total: <strong>${escapeHtml(amount)}</strong></p>
    <form method="post" action="/pay/${escapeHtml(session.id)}">
      <button type="submit">Pay ${escapeHtml(amount)}</button>
    </form>
    <p><a href="${escapeHtml(session.cancel_url)}">Cancel and return</a></p>
  </main>
</body>
</html>`)
  }

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://standin').pathname
    const page = /^\/pay\/([^/]+)$/.exec(path)
    const work = page?.[1] ? handlePage(request, response, page[1]) : handleApi(request, response, path)
    work.catch((err: unknown) => {
      console.error('[stripe-standin]', err)
      if (!response.headersSent) stripeError(response, 500, 'Stand-in error', 'api_error')
      else response.end()
    })
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  base = `http://${host}:${port}`

  return {
    url: base,
    apiUrl: { protocol: 'http', host, port },
    requests,
    sessions,
    refunds,
    failNext(count = 1, status = 500) {
      failures = count
      failStatus = status
    },
    setFailing(value: boolean) {
      failing = value
      failStatus = 500
    },
    completedEvent,
    refundedEvent,
    sign,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
