import type { HospitalFilters as Filters } from '@/catalogue/filters'
import { accreditationTypes, prefectures, spokenLanguages, supportServices } from '@/catalogue/vocabulary'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

interface Option {
  value: string
  label: string
}

function Select({ name, label, options, value, anyLabel }: { name: string; label: string; options: Option[]; value?: string; anyLabel: string }) {
  const id = `filter-${name}`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** The hospital list's filters: a plain GET form, so the state lives in the URL. */
export function HospitalFilters(props: { locale: AppLocale; filters: Filters; specialties: { slug: string; name: string }[] }) {
  const t = getTranslator(props.locale, 'catalogue')
  const { filters } = props
  const any = t('filters.any')
  const collator = new Intl.Collator(props.locale)
  const sorted = (options: Option[]) => [...options].sort((a, b) => collator.compare(a.label, b.label))
  return (
    <form className="filters" method="get" action={`/${props.locale}/hospitals`} role="search">
      <fieldset>
        <legend>{t('filters.title')}</legend>
        <div className="field">
          <label htmlFor="filter-q">{t('filters.query')}</label>
          <input id="filter-q" type="search" name="q" defaultValue={filters.q} maxLength={100} />
        </div>
        <Select name="specialty" label={t('filters.specialty')} anyLabel={any} value={filters.specialty[0]} options={props.specialties.map((s) => ({ value: s.slug, label: s.name }))} />
        <Select name="prefecture" label={t('filters.prefecture')} anyLabel={any} value={filters.prefecture[0]} options={prefectures.map((p) => ({ value: p, label: t(`prefecture.${p}`) }))} />
        <Select name="language" label={t('filters.language')} anyLabel={any} value={filters.language[0]} options={sorted(spokenLanguages.map((l) => ({ value: l, label: t(`spokenLanguage.${l}`) })))} />
        <Select name="accreditation" label={t('filters.accreditation')} anyLabel={any} value={filters.accreditation[0]} options={accreditationTypes.map((a) => ({ value: a, label: t(`accreditation.${a}`) }))} />
        <Select name="support" label={t('filters.support')} anyLabel={any} value={filters.support[0]} options={supportServices.map((s) => ({ value: s, label: t(`support.${s}`) }))} />
        <div className="filters__actions">
          <button type="submit" className="primary">
            {t('filters.apply')}
          </button>
          <a className="button secondary" href={`/${props.locale}/hospitals`}>
            {t('filters.clear')}
          </a>
        </div>
      </fieldset>
    </form>
  )
}
