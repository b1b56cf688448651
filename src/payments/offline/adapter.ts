import type { CheckoutStarted, DepositCheckout, PaymentProvider, RefundIssued } from '../port'

/**
 * The embedded default: the patient pays the deposit at the hospital or by bank transfer
 * quoting the booking reference, and the hospital's staff mark it received. Nothing leaves
 * the platform, so there is nothing to redirect to; a refund is recorded for the hospital to pay back.
 */
export function offlineProvider(): PaymentProvider {
  return {
    name: 'offline',
    async startCheckout(checkout: DepositCheckout): Promise<CheckoutStarted> {
      return { providerRef: checkout.reference }
    },
    async refund(paymentRef: string, _amountJPY: number, idempotencyKey: string): Promise<RefundIssued> {
      void paymentRef
      return { refundRef: idempotencyKey, status: 'pending' }
    },
  }
}
