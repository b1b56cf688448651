/** A hospital's itemised quote, in yen (no minor unit), as stored on an inquiry. */
export interface QuoteInput {
  packagePriceJPY?: number | null
  extras?: { label?: string | null; amountJPY?: number | null }[] | null
  interpreterFeeJPY?: number | null
  coordinationFeeJPY?: number | null
  depositJPY?: number | null
  notCovered?: string | null
  validUntil?: string | null
}

const yen = (value: number | null | undefined): number => (typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : 0)

/**
 * The total the patient pays for the care: package, extras and fees. Computed on the server
 * so a total typed by hand can never disagree with its items. The deposit is part of the
 * total (paid first), not added to it.
 */
export function quoteTotal(quote: QuoteInput): number {
  const extras = (quote.extras ?? []).reduce((sum, extra) => sum + yen(extra.amountJPY), 0)
  return yen(quote.packagePriceJPY) + extras + yen(quote.interpreterFeeJPY) + yen(quote.coordinationFeeJPY)
}

/** The quote's items as the booking's `agreed.items` snapshot takes them. */
export function quoteItems(quote: QuoteInput, labels: { package: string; interpreter: string; coordination: string }) {
  const items: { label: string; amountJPY: number }[] = [{ label: labels.package, amountJPY: yen(quote.packagePriceJPY) }]
  for (const extra of quote.extras ?? []) items.push({ label: extra.label ?? '', amountJPY: yen(extra.amountJPY) })
  if (yen(quote.interpreterFeeJPY) > 0) items.push({ label: labels.interpreter, amountJPY: yen(quote.interpreterFeeJPY) })
  if (yen(quote.coordinationFeeJPY) > 0) items.push({ label: labels.coordination, amountJPY: yen(quote.coordinationFeeJPY) })
  return items
}

/** A quote may be accepted through the end of its `validUntil` day (UTC). */
export function isQuoteExpired(validUntil: string | null | undefined, now: Date = new Date()): boolean {
  if (!validUntil) return false
  const end = new Date(validUntil)
  if (Number.isNaN(end.getTime())) return true
  end.setUTCHours(23, 59, 59, 999)
  return now.getTime() > end.getTime()
}

/** The parts of a quote whose change after acceptance would change the price silently. */
export function quoteFingerprint(quote: QuoteInput | null | undefined): string {
  if (!quote) return ''
  return JSON.stringify([
    yen(quote.packagePriceJPY),
    (quote.extras ?? []).map((e) => [e.label ?? '', yen(e.amountJPY)]),
    yen(quote.interpreterFeeJPY),
    yen(quote.coordinationFeeJPY),
    yen(quote.depositJPY),
    quote.notCovered ?? '',
    quote.validUntil ? new Date(quote.validUntil).toISOString().slice(0, 10) : '',
  ])
}
