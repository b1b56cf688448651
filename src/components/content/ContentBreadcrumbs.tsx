import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

/** Home › (trail) › current page, for stories and site pages. */
export function ContentBreadcrumbs({ locale, trail = [], current }: { locale: AppLocale; trail?: { href: string; label: string }[]; current: string }) {
  const t = getTranslator(locale)
  const links = [{ href: `/${locale}`, label: t('nav.home') }, ...trail]
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
