import type { DisplayCurrency } from '@/catalogue/money'
import { getTranslator } from '@/i18n/server'
import type { AppLocale } from '@/i18n/locales'

/** A plain form (works without script) that stores the visitor's display currency. */
export function CurrencyPicker(props: {
  locale: AppLocale
  current: DisplayCurrency
  currencies: DisplayCurrency[]
  returnTo: string
}) {
  const t = getTranslator(props.locale)
  if (props.currencies.length === 0) return null
  const names = new Intl.DisplayNames([props.locale], { type: 'currency' })
  return (
    <form className="currency" method="get" action="/api/preferences/currency">
      <label htmlFor="currency-select">{t('currency.label')}</label>
      <select id="currency-select" name="currency" defaultValue={props.current}>
        {props.currencies.map((code) => (
          <option key={code} value={code}>
            {code} · {names.of(code) ?? code}
          </option>
        ))}
      </select>
      <input type="hidden" name="next" value={props.returnTo} />
      <button type="submit">{t('currency.apply')}</button>
    </form>
  )
}
