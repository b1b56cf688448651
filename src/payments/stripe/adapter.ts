import type { StripeSettings } from '@/env'

import type { CheckoutStarted, DepositCheckout, PaymentProvider, RefundIssued } from '../port'

import { stripeClient } from './client'
import { checkoutLocaleFor } from './locale'

/** The line item the patient sees on Stripe's page and receipt. */
export function depositLineItemName(packageTitle: string, reference: string): string {
  return `Deposit for ${packageTitle} (${reference})`
}

/**
 * Deposits through Stripe Checkout in JPY. JPY is a zero-decimal currency: the amount sent is
 * the yen amount itself (¥50,000 → 50000), never multiplied by 100.
 */
export function stripeProvider(settings: StripeSettings): PaymentProvider {
  const stripe = stripeClient(settings)
  return {
    name: 'stripe',

    async startCheckout(checkout: DepositCheckout): Promise<CheckoutStarted> {
      const metadata = { bookingId: checkout.bookingId, reference: checkout.reference }
      const session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: 'jpy',
                unit_amount: checkout.amountJPY,
                product_data: { name: depositLineItemName(checkout.packageTitle, checkout.reference) },
              },
            },
          ],
          locale: checkoutLocaleFor(checkout.locale),
          success_url: `${checkout.returnUrl}?payment=success`,
          cancel_url: `${checkout.returnUrl}?payment=cancelled`,
          client_reference_id: checkout.bookingId,
          metadata,
          // Copied onto the PaymentIntent so refund and failure events can be traced to the booking.
          payment_intent_data: { metadata },
          ...(checkout.expiresAt ? { expires_at: checkout.expiresAt } : {}),
          ...(checkout.customerEmail ? { customer_email: checkout.customerEmail } : {}),
        },
        { idempotencyKey: checkout.idempotencyKey },
      )
      if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL`)
      return { redirectUrl: session.url, providerRef: session.id }
    },

    async refund(paymentRef: string, amountJPY: number, idempotencyKey: string): Promise<RefundIssued> {
      const refund = await stripe.refunds.create(
        { payment_intent: paymentRef, amount: amountJPY, reason: 'requested_by_customer' },
        { idempotencyKey },
      )
      const status = refund.status === 'succeeded' ? 'succeeded' : refund.status === 'failed' || refund.status === 'canceled' ? 'failed' : 'pending'
      return { refundRef: refund.id, status }
    },
  }
}
