import { APIError } from 'payload'

/** Reasons a payment action is refused; each is a key under `payment.errors` in the bookings namespace. */
export type PaymentErrorKey =
  | 'notFound'
  | 'forbidden'
  | 'notPending'
  | 'noDeposit'
  | 'methodUnavailable'
  | 'alreadyPaid'
  | 'providerFailed'

const statusOf: Record<PaymentErrorKey, number> = {
  notFound: 404,
  forbidden: 403,
  notPending: 409,
  noDeposit: 409,
  methodUnavailable: 400,
  alreadyPaid: 409,
  providerFailed: 502,
}

/** A refusal the caller can cause; routes turn `key` into a message in the visitor's language. */
export class PaymentError extends APIError {
  readonly key: PaymentErrorKey
  constructor(key: PaymentErrorKey, detail?: string) {
    super(detail ?? `Payment refused: ${key}`, statusOf[key], { key }, true)
    this.key = key
  }
}
