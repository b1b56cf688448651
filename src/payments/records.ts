export const paymentEventKinds = ['deposit', 'refund'] as const
export type PaymentEventKind = (typeof paymentEventKinds)[number]

export const paymentStatuses = ['pending', 'succeeded', 'failed'] as const
export type PaymentStatus = (typeof paymentStatuses)[number]

/** The rows the ledger holds for one payment, reduced to what the rules below read. */
export interface LedgerEntry {
  kind: PaymentEventKind
  status: PaymentStatus
  amountJPY: number
  providerRef?: string | null
}

/** Yen received for a payment reference and not (yet) given back. */
export function netPaidJPY(entries: LedgerEntry[], providerRef?: string): number {
  let net = 0
  for (const entry of entries) {
    if (providerRef !== undefined && entry.providerRef !== providerRef) continue
    if (entry.status !== 'succeeded' && !(entry.kind === 'refund' && entry.status === 'pending')) continue
    net += entry.kind === 'deposit' ? entry.amountJPY : -entry.amountJPY
  }
  return net
}

/** Yen refunded (or promised back) for a payment reference. */
export function refundedJPY(entries: LedgerEntry[], providerRef?: string): number {
  return entries
    .filter((e) => e.kind === 'refund' && e.status !== 'failed' && (providerRef === undefined || e.providerRef === providerRef))
    .reduce((sum, e) => sum + e.amountJPY, 0)
}
