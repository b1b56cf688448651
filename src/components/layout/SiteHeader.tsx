import { headers } from 'next/headers'

import { listFxCurrencies } from '@/catalogue/queries'
import { getTranslator } from '@/i18n/server'
import type { AppLocale } from '@/i18n/locales'
import { visitorCurrency } from '@/i18n/request'
import { currentPatient } from '@/patients/session'

import { CurrencyPicker } from './CurrencyPicker'
import { LanguageSwitcher } from './LanguageSwitcher'

import './navigation.css'

/** The site's areas, in the order visitors meet them: care first, then the international-cooperation side. */
const mainLinks = [
  { path: '/', label: 'nav.home' },
  { path: '/hospitals', label: 'nav.hospitals' },
  { path: '/search', label: 'nav.search' },
  { path: '/stories', label: 'nav.stories' },
  { path: '/uhc', label: 'nav.uhc' },
  { path: '/training', label: 'nav.training' },
  { path: '/solutions', label: 'nav.solutions' },
  { path: '/partners', label: 'nav.partners' },
  { path: '/impact', label: 'nav.impact' },
] as const

function isCurrent(rest: string, path: string): boolean {
  return path === '/' ? rest === '/' : rest === path || rest.startsWith(`${path}/`)
}

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
            {mainLinks.map((link) => (
              <li key={link.path}>
                <a href={`/${locale}${link.path === '/' ? '' : link.path}`} aria-current={isCurrent(rest, link.path) ? 'page' : undefined}>
                  {t(link.label)}
                </a>
              </li>
            ))}
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
