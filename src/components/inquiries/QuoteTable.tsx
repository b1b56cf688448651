import { formatYen } from '@/catalogue/money'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { quoteItems, quoteTotal, type QuoteInput } from '@/inquiries/quote'

/** The hospital's quote as an itemised table in yen, with the total the server computed. */
export function QuoteTable({ quote, locale }: { quote: QuoteInput & { totalJPY?: number | null }; locale: AppLocale }) {
  const t = getTranslator(locale, 'inquiries')
  const items = quoteItems(quote, { package: t('quote.package'), interpreter: t('quote.interpreter'), coordination: t('quote.coordination') })
  return (
    <table className="inquiry-quote">
      <thead>
        <tr>
          <th scope="col">{t('quote.item')}</th>
          <th scope="col">{t('quote.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={`${item.label}-${index}`}>
            <td>{item.label}</td>
            <td>{formatYen(item.amountJPY, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('quote.total')}</th>
          <td>{formatYen(quote.totalJPY ?? quoteTotal(quote), locale)}</td>
        </tr>
      </tfoot>
    </table>
  )
}
