import { getTranslator } from '@/i18n/server'
import { directionOf, localeNames, locales, type AppLocale } from '@/i18n/locales'
import { localizedPath } from '@/i18n/paths'

/**
 * Links to the same page in every language (no script needed). The proxy remembers the
 * language of the page a visitor opens, so picking one here sticks.
 */
export function LanguageSwitcher({ locale, rest, search }: { locale: AppLocale; rest: string; search: string }) {
  const t = getTranslator(locale)
  return (
    <details className="switcher">
      <summary>
        <span className="visually-hidden">{t('language.choose')}: </span>
        {localeNames[locale]}
      </summary>
      <ul className="switcher__list" aria-label={t('language.label')}>
        {locales.map((l) => (
          <li key={l}>
            <a
              href={`${localizedPath(l, rest)}${search}`}
              hrefLang={l}
              lang={l}
              dir={directionOf(l)}
              aria-current={l === locale ? 'true' : undefined}
            >
              {localeNames[l]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
