import { getTranslator } from '@/i18n/server'
import type { AppLocale } from '@/i18n/locales'

export function SiteFooter({ locale }: { locale: AppLocale }) {
  const t = getTranslator(locale)
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer.about')}</p>
        <p>{t('footer.disclaimer')}</p>
        <p>
          <a href="/admin">{t('nav.forHospitals')}</a>
        </p>
        <p>{t('footer.rights', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  )
}
