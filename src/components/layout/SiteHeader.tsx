import { headers } from 'next/headers'

import { listFxCurrencies } from '@/catalogue/queries'
import { getTranslator } from '@/i18n/server'
import type { AppLocale } from '@/i18n/locales'
import { visitorCurrency } from '@/i18n/request'
import { currentPatient } from '@/patients/session'

import { CurrencyPicker } from './CurrencyPicker'
import { LanguageSwitcher } from './LanguageSwitcher'

export async function SiteHeader({ locale, rest, search }: { locale: AppLocale; rest: string; search: string }) {
  const t = getTranslator(locale)
  const [currencies, current, patient] = await Promise.all([
    // A failing rate table costs the picker, never the page.
    listFxCurrencies().catch(() => []),
    visitorCurrency(locale),
    // Nor does a failing session lookup: the header then offers to sign in.
    headers().then((h) => currentPatient(h)).catch(() => null),
  ])
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <div className="site-header__bar container">
        <a className="brand" href={`/${locale}`}>
          <span className="brand__mark" aria-hidden="true">
            架
          </span>
          <span className="brand__name">{t('site.name')}</span>
        </a>
        <nav aria-label={t('nav.main')} className="site-nav">
          <ul>
            <li>
              <a href={`/${locale}`} aria-current={rest === '/' ? 'page' : undefined}>
                {t('nav.home')}
              </a>
            </li>
            <li>
              <a href={`/${locale}/hospitals`} aria-current={rest.startsWith('/hospitals') ? 'page' : undefined}>
                {t('nav.hospitals')}
              </a>
            </li>
            <li>
              <a href={`/${locale}/search`} aria-current={rest.startsWith('/search') ? 'page' : undefined}>
                {t('nav.search')}
              </a>
            </li>
          </ul>
        </nav>
        <div className="site-header__tools">
          <a href={`/${locale}/account${patient ? '' : '/sign-in'}`} aria-current={rest.startsWith('/account') ? 'page' : undefined}>
            {patient ? t('nav.account') : t('nav.signIn')}
          </a>
          <LanguageSwitcher locale={locale} rest={rest} search={search} />
          <CurrencyPicker locale={locale} current={current} currencies={currencies} returnTo={`/${locale}${rest === '/' ? '' : rest}${search}`} />
        </div>
      </div>
    </header>
  )
}
