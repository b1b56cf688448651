import type { DisplayCurrency } from '@/catalogue/money'

/** The date the demo rates claim to be from. Rates are plausible, not live. */
export const fxRatesAsOf = '2026-11-02T00:00:00.000Z'

/** Yen per one unit of each display currency. */
export const fxRates: Record<DisplayCurrency, number> = {
  USD: 152.4,
  EUR: 164.8,
  GBP: 195.3,
  CNY: 21.2,
  TWD: 4.72,
  HKD: 19.6,
  KRW: 0.1068,
  VND: 0.00578,
  THB: 4.45,
  IDR: 0.00921,
  PHP: 2.61,
  MYR: 34.9,
  SGD: 116.7,
  INR: 1.73,
  RUB: 1.86,
  SAR: 40.6,
  AED: 41.5,
  BRL: 27.8,
  AUD: 99.2,
  MNT: 0.0443,
}
