import { countryCodes, countryName } from '@/geo/countries'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { solutionCategories } from '@/partners/vocabulary'
import type { SolutionFilters as Filters } from '@/solutions/filters'

/** The solution list's filters: category and target country, as a plain GET form. */
export function SolutionFilters({ locale, filters }: { locale: AppLocale; filters: Filters }) {
  const t = getTranslator(locale, 'partners')
  const collator = new Intl.Collator(locale)
  const countries = countryCodes
    .filter((c) => c !== 'JP')
    .map((value) => ({ value, label: countryName(value, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label))
  return (
    <form className="filters coop-filters" method="get" action={`/${locale}/solutions`} role="search">
      <fieldset>
        <legend>{t('solutions.filters')}</legend>
        <div className="field">
          <label htmlFor="filter-category">{t('solutions.category')}</label>
          <select id="filter-category" name="category" defaultValue={filters.category ?? ''}>
            <option value="">{t('solutions.any')}</option>
            {solutionCategories.map((value) => (
              <option key={value} value={value}>
                {t(`category.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-country">{t('solutions.country')}</label>
          <select id="filter-country" name="country" defaultValue={filters.country ?? ''}>
            <option value="">{t('solutions.any')}</option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="primary">
            {t('solutions.apply')}
          </button>
          <a className="button secondary" href={`/${locale}/solutions`}>
            {t('solutions.clear')}
          </a>
        </div>
      </fieldset>
    </form>
  )
}
