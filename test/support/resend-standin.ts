import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local stand-in for Resend's `POST /emails`, for driving the real `resend` SDK in tests.
 *
 * Like Resend it answers `{ id }`, and a repeated `Idempotency-Key` gets the first email's id
 * without sending again. Modes switch it between healthy, answering 500, and hanging past the
 * client's timeout, or delivering but answering too late (`late`: the client times out although the
 * email went out; only the idempotency key keeps the retry from sending it twice). `delivered` holds each email the stand-in "sent", once per key.
 */
export type StandInMode = 'ok' | 'error' | 'hang' | 'late'

export interface ReceivedEmail {
  id: string
  idempotencyKey: string | undefined
  from: string
  to: string | string[]
  subject: string
  html?: string
  text?: string
}

export interface ResendStandIn {
  baseUrl: string
  mode: StandInMode
  /** Emails delivered (one per idempotency key). */
  delivered: ReceivedEmail[]
  /** Every request that reached the stand-in, whatever it answered. */
  requests: number
  close(): Promise<void>
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>)
      } catch (err) {
        reject(err)
      }
    })
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

export async function startResendStandIn(): Promise<ResendStandIn> {
  const byKey = new Map<string, string>()
  const hanging = new Set<ServerResponse>()
  const state: ResendStandIn = {
    baseUrl: '',
    mode: 'ok',
    delivered: [],
    requests: 0,
    close: async () => {
      for (const res of hanging) res.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  const server: Server = createServer(async (req, res) => {
    state.requests += 1
    if (req.method !== 'POST' || req.url !== '/emails') return send(res, 404, { name: 'not_found', message: 'Not found', statusCode: 404 })
    const body = await readJson(req)
    if (state.mode === 'error') return send(res, 500, { name: 'internal_server_error', message: 'Stand-in outage', statusCode: 500 })
    if (state.mode === 'hang') {
      // Never answers; the email is not delivered (a timeout that lost the request).
      hanging.add(res)
      res.on('close', () => hanging.delete(res))
      return
    }
    const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined
    const known = key ? byKey.get(key) : undefined
    if (known) return send(res, 200, { id: known })
    const id = randomUUID()
    if (key) byKey.set(key, id)
    state.delivered.push({
      id,
      idempotencyKey: key,
      from: String(body.from),
      to: body.to as string | string[],
      subject: String(body.subject),
      html: typeof body.html === 'string' ? body.html : undefined,
      text: typeof body.text === 'string' ? body.text : undefined,
    })
    if (state.mode === 'late') {
      const timer = setTimeout(() => send(res, 200, { id }), 5_000)
      res.on('close', () => clearTimeout(timer))
      return
    }
    return send(res, 200, { id })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return state
}
