import type { AppLocale } from '@/i18n/locales'

/** How a patient pays the deposit: online by card (Stripe) or at the hospital / by bank transfer. */
export const paymentMethods = ['stripe', 'offline'] as const
export type PaymentMethod = (typeof paymentMethods)[number]

export function isPaymentMethod(value: unknown): value is PaymentMethod {
  return typeof value === 'string' && (paymentMethods as readonly string[]).includes(value)
}

/** What a provider needs to ask for one booking's deposit. */
export interface DepositCheckout {
  bookingId: string
  /** The booking's human-readable reference, shown on the provider's page and bank statements. */
  reference: string
  packageTitle: string
  /** Whole yen: JPY has no minor unit, so ¥50,000 is the amount 50000. */
  amountJPY: number
  /** The patient's language, for the provider's own page. */
  locale: AppLocale
  /** Where the provider sends the patient back (paid or not). */
  returnUrl: string
  /**
   * The same attempt always carries the same key, so a double click or a retried request
   * reuses one checkout instead of opening a second one.
   */
  idempotencyKey: string
  /** Unix seconds when the provider's page should stop taking payment (the hold's end). */
  expiresAt?: number
  customerEmail?: string
}

export interface CheckoutStarted {
  /** The provider's hosted page to send the patient to (none for offline payment). */
  redirectUrl?: string
  /** The provider's identifier of this checkout (a Checkout Session ID, or the booking reference offline). */
  providerRef: string
}

export interface RefundIssued {
  /** The provider's identifier of the refund. */
  refundRef: string
  /** Settled now (`succeeded`), or still to be paid out (`pending`: offline refunds are paid by the hospital). */
  status: 'pending' | 'succeeded' | 'failed'
}

/** A way of taking a deposit and giving it back. Callers never know which one they hold. */
export interface PaymentProvider {
  readonly name: PaymentMethod
  startCheckout(checkout: DepositCheckout): Promise<CheckoutStarted>
  /** `paymentRef` is what the deposit's payment row stored as `providerRef`. */
  refund(paymentRef: string, amountJPY: number, idempotencyKey: string): Promise<RefundIssued>
}
