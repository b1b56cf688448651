import { languageName } from '@/geo/countries'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import type { TrainingFilters as Filters } from '@/training/filters'
import { instructionLanguages, trainingFields, trainingFormats } from '@/training/vocabulary'

/** The programme list's filters: a plain GET form, so the state lives in the URL. */
export function TrainingFilters({ locale, filters }: { locale: AppLocale; filters: Filters }) {
  const t = getTranslator(locale, 'training')
  const select = (name: string, label: string, value: string | undefined, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{t('filters.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <form className="filters coop-filters" method="get" action={`/${locale}/training`} role="search">
      <fieldset>
        <legend>{t('filters.title')}</legend>
        {select('field', t('filters.field'), filters.field, trainingFields.map((value) => ({ value, label: t(`field.${value}`) })))}
        {select('language', t('filters.language'), filters.language, instructionLanguages.map((value) => ({ value, label: languageName(value, locale) })))}
        {select('format', t('filters.format'), filters.format, trainingFormats.map((value) => ({ value, label: t(`format.${value}`) })))}
        <label className="check">
          <input type="checkbox" name="scholarship" value="1" defaultChecked={filters.scholarship} />
          {t('filters.scholarship')}
        </label>
        <div className="filters__actions">
          <button type="submit" className="primary">
            {t('filters.apply')}
          </button>
          <a className="button secondary" href={`/${locale}/training`}>
            {t('filters.clear')}
          </a>
        </div>
      </fieldset>
    </form>
  )
}
