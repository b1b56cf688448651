import { getTranslator } from '@/i18n/server'
import type { AppLocale } from '@/i18n/locales'

import './navigation.css'

const exploreLinks = [
  { path: '/hospitals', label: 'nav.hospitals' },
  { path: '/stories', label: 'nav.stories' },
  { path: '/uhc', label: 'nav.uhc' },
  { path: '/training', label: 'nav.training' },
  { path: '/solutions', label: 'nav.solutions' },
  { path: '/partners', label: 'nav.partners' },
  { path: '/impact', label: 'nav.impact' },
] as const

/** The block pages (collections/Pages.ts), each at /{lang}/{slug}. */
const informationLinks = [
  { path: '/about', label: 'footer.links.about' },
  { path: '/how-it-works', label: 'footer.links.howItWorks' },
  { path: '/medical-stay-visa', label: 'footer.links.medicalStayVisa' },
  { path: '/faq', label: 'footer.links.faq' },
  { path: '/contact', label: 'footer.links.contact' },
  { path: '/privacy', label: 'footer.links.privacy' },
  { path: '/terms', label: 'footer.links.terms' },
] as const

export function SiteFooter({ locale }: { locale: AppLocale }) {
  const t = getTranslator(locale)
  return (
    <footer className="site-footer">
      <div className="container">
        <nav className="footer-nav" aria-label={t('footer.nav')}>
          <div>
            <h2 id="footer-explore">{t('footer.explore')}</h2>
            <ul aria-labelledby="footer-explore">
              {exploreLinks.map((link) => (
                <li key={link.path}>
                  <a href={`/${locale}${link.path}`}>{t(link.label)}</a>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h2 id="footer-information">{t('footer.information')}</h2>
            <ul aria-labelledby="footer-information">
              {informationLinks.map((link) => (
                <li key={link.path}>
                  <a href={`/${locale}${link.path}`}>{t(link.label)}</a>
                </li>
              ))}
              <li>
                <a href="/admin">{t('nav.forHospitals')}</a>
              </li>
            </ul>
          </div>
        </nav>
        <p>{t('footer.about')}</p>
        <p>{t('footer.disclaimer')}</p>
        <p>{t('footer.rights', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  )
}
