import { env, type StripeSettings } from '@/env'

import { offlineProvider } from './offline/adapter'
import type { PaymentMethod, PaymentProvider } from './port'
import { stripeProvider } from './stripe/adapter'

const stripeProviders = new WeakMap<StripeSettings, PaymentProvider>()
const offline = offlineProvider()

/**
 * Stripe settings are read on every call rather than once at import, so tests can point
 * the app at a stand-in started on a free port (`env.payments.stripe = …`).
 */
export function stripeSettings(): StripeSettings | undefined {
  return env.payments.stripe
}

/** Offline always (the embedded default); Stripe when it is configured. */
export function availablePaymentMethods(): PaymentMethod[] {
  return stripeSettings() ? ['stripe', 'offline'] : ['offline']
}

export function paymentProvider(method: PaymentMethod): PaymentProvider | undefined {
  if (method === 'offline') return offline
  const settings = stripeSettings()
  if (!settings) return undefined
  let provider = stripeProviders.get(settings)
  if (!provider) {
    provider = stripeProvider(settings)
    stripeProviders.set(settings, provider)
  }
  return provider
}
