import Stripe from 'stripe'

import type { StripeSettings } from '@/env'

const clients = new WeakMap<StripeSettings, Stripe>()

/**
 * One SDK client per settings object. `apiUrl` points the SDK at another origin (the local
 * stand-in in tests and browser tests); unset, it talks to api.stripe.com.
 */
export function stripeClient(settings: StripeSettings): Stripe {
  const existing = clients.get(settings)
  if (existing) return existing
  const client = new Stripe(settings.secretKey, {
    ...(settings.apiUrl
      ? { host: settings.apiUrl.host, port: settings.apiUrl.port, protocol: settings.apiUrl.protocol }
      : {}),
    telemetry: false,
    // A retried create carries the same idempotency key, so a retry never charges twice.
    maxNetworkRetries: 2,
    timeout: 20_000,
  })
  clients.set(settings, client)
  return client
}
