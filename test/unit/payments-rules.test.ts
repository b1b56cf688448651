import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { netPaidJPY, refundedJPY } from '@/payments/records'
import { checkoutExpiry } from '@/payments/service'
import { depositLineItemName } from '@/payments/stripe/adapter'
import { checkoutLocaleFor } from '@/payments/stripe/locale'

describe('the Checkout page language', () => {
  it('maps each site language to a Checkout locale, and Arabic (unsupported by Checkout) to auto', () => {
    expect(checkoutLocaleFor('ja')).toBe('ja')
    expect(checkoutLocaleFor('zh-CN')).toBe('zh')
    expect(checkoutLocaleFor('zh-TW')).toBe('zh-TW')
    expect(checkoutLocaleFor('ar')).toBe('auto')
    const supported = ['ja', 'en', 'zh', 'zh-TW', 'ko', 'vi', 'th', 'id', 'ru', 'es', 'fr', 'pt', 'auto']
    for (const locale of locales) expect(supported).toContain(checkoutLocaleFor(locale))
  })
})

describe('the deposit line item', () => {
  it('names the package and the booking reference', () => {
    expect(depositLineItemName('Cancer screening', 'KH-7F3K2')).toBe('Deposit for Cancer screening (KH-7F3K2)')
  })
})

describe('the ledger arithmetic', () => {
  const paid = { kind: 'deposit' as const, status: 'succeeded' as const, amountJPY: 50_000, providerRef: 'pi_1' }
  it('counts succeeded deposits less refunds, per payment', () => {
    expect(netPaidJPY([paid, { kind: 'refund', status: 'succeeded', amountJPY: 20_000, providerRef: 'pi_1' }], 'pi_1')).toBe(30_000)
    expect(netPaidJPY([paid], 'pi_2')).toBe(0)
  })
  it('ignores pending and failed deposits, but counts a promised (pending) refund as given back', () => {
    expect(netPaidJPY([{ ...paid, status: 'pending' }, { ...paid, status: 'failed' }])).toBe(0)
    expect(netPaidJPY([paid, { kind: 'refund', status: 'pending', amountJPY: 50_000, providerRef: 'pi_1' }])).toBe(0)
  })
  it('a refund recorded before its payment leaves nothing paid once the payment arrives', () => {
    expect(netPaidJPY([{ kind: 'refund', status: 'succeeded', amountJPY: 50_000, providerRef: 'pi_1' }, paid], 'pi_1')).toBe(0)
    expect(refundedJPY([{ kind: 'refund', status: 'failed', amountJPY: 5, providerRef: 'pi_1' }], 'pi_1')).toBe(0)
  })
})

describe('the Checkout Session expiry', () => {
  const now = Date.UTC(2026, 0, 1, 0, 0, 0)
  it('follows the hold when it is within what Stripe accepts', () => {
    const hold = new Date(now + 2 * 3600_000).toISOString()
    expect(checkoutExpiry(hold, now)).toBe((now + 2 * 3600_000) / 1000)
  })
  it('is never sooner than Stripe’s 30-minute minimum nor later than its 24-hour maximum', () => {
    expect(checkoutExpiry(new Date(now + 5 * 60_000).toISOString(), now)).toBe((now + 31 * 60_000) / 1000)
    expect(checkoutExpiry(new Date(now + 72 * 3600_000).toISOString(), now)).toBe((now + 23 * 3600_000) / 1000)
  })
})
