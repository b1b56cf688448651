import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

/** Home › Hospitals › … › current page. `trail` lists the links between the hospitals list and the page. */
export function Breadcrumbs({ locale, trail = [], current }: { locale: AppLocale; trail?: { href: string; label: string }[]; current: string }) {
  const t = getTranslator(locale)
  const links = [{ href: `/${locale}`, label: t('nav.home') }, { href: `/${locale}/hospitals`, label: t('nav.hospitals') }, ...trail]
  return (
    <nav className="breadcrumbs" aria-label={t('nav.breadcrumb')}>
      <ol>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  )
}
