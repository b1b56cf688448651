import { formatApproximate, formatYen, type DisplayCurrency } from '@/catalogue/money'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

export interface ApproxRate {
  currency: DisplayCurrency
  yenPerUnit: number
}

/** A yen price for the locale, with an approximate amount in the visitor's currency. */
export function Price({ amountJPY, locale, rate, className }: { amountJPY: number; locale: AppLocale; rate?: ApproxRate; className?: string }) {
  const t = getTranslator(locale)
  return (
    <span className={className}>
      <span className="price-yen">{formatYen(amountJPY, locale)}</span>
      {rate ? (
        <>
          {' '}
          <span className="price-approx">({t('currency.approximate', { amount: formatApproximate(amountJPY, rate, locale) })})</span>
        </>
      ) : null}
    </span>
  )
}
