import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

/** Home › Impact › project. */
export function ImpactBreadcrumbs({ locale, current }: { locale: AppLocale; current?: string }) {
  const t = getTranslator(locale)
  const ti = getTranslator(locale, 'impact')
  return (
    <nav className="breadcrumbs" aria-label={t('nav.breadcrumb')}>
      <ol>
        <li>
          <a href={`/${locale}`}>{t('nav.home')}</a>
        </li>
        {current ? (
          <>
            <li>
              <a href={`/${locale}/impact`}>{ti('overview.title')}</a>
            </li>
            <li aria-current="page">{current}</li>
          </>
        ) : (
          <li aria-current="page">{ti('overview.title')}</li>
        )}
      </ol>
    </nav>
  )
}
