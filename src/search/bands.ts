/**
 * Price and stay bands: the buckets the search facets count records in. Defined once here;
 * both search engines store a record's band (`priceBandOf`, `stayBandOf`), and a page can turn
 * a price band back into the numeric filters with `priceBandRange`.
 */

export interface PriceBand {
  id: string
  /** Inclusive lower bound in yen. */
  minJPY: number
  /** Exclusive upper bound in yen; none for the top band. */
  maxJPY?: number
}

export const priceBands = [
  { id: 'lt-100k', minJPY: 0, maxJPY: 100_000 },
  { id: '100k-300k', minJPY: 100_000, maxJPY: 300_000 },
  { id: '300k-1m', minJPY: 300_000, maxJPY: 1_000_000 },
  { id: '1m-3m', minJPY: 1_000_000, maxJPY: 3_000_000 },
  { id: 'gte-3m', minJPY: 3_000_000 },
] as const satisfies readonly PriceBand[]

export type PriceBandId = (typeof priceBands)[number]['id']

export interface StayBand {
  id: string
  minNights: number
  /** Inclusive; none for the top band. */
  maxNights?: number
}

export const stayBands = [
  { id: 'day', minNights: 0, maxNights: 0 },
  { id: '1-3', minNights: 1, maxNights: 3 },
  { id: '4-7', minNights: 4, maxNights: 7 },
  { id: '8-plus', minNights: 8 },
] as const satisfies readonly StayBand[]

export type StayBandId = (typeof stayBands)[number]['id']

function usable(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

/** The band a price in yen falls in; none when the price is unknown. */
export function priceBandOf(priceJPY: number | null | undefined): PriceBandId | undefined {
  if (!usable(priceJPY)) return undefined
  for (const band of priceBands) {
    if (!('maxJPY' in band) || priceJPY < band.maxJPY) return band.id
  }
  return undefined
}

/** The band a stay falls in (0 nights is a day visit); none when the length is unknown. */
export function stayBandOf(nights: number | null | undefined): StayBandId | undefined {
  if (!usable(nights)) return undefined
  for (const band of stayBands) {
    if (!('maxNights' in band) || nights <= band.maxNights) return band.id
  }
  return undefined
}

/** The numeric filters that select exactly one price band (yen are whole numbers). */
export function priceBandRange(id: PriceBandId): { priceMin: number; priceMax?: number } {
  const band: PriceBand = priceBands.find((b) => b.id === id) ?? priceBands[0]
  return band.maxJPY === undefined ? { priceMin: band.minJPY } : { priceMin: band.minJPY, priceMax: band.maxJPY - 1 }
}

export function isPriceBand(value: string): value is PriceBandId {
  return priceBands.some((band) => band.id === value)
}

export function isStayBand(value: string): value is StayBandId {
  return stayBands.some((band) => band.id === value)
}
