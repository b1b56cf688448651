import { countryName } from '@/geo/countries'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { indicatorKey, isSdgIndicatorCode } from '@/impact/indicators'
import type { ImpactProjectCard as Card } from '@/impact/queries'

import { formatPeriod } from './period'

export function ImpactProjectCard({ project, locale }: { project: Card; locale: AppLocale }) {
  const t = getTranslator(locale, 'impact')
  const period = formatPeriod(locale, project.period)
  const codes = (project.sdgIndicators ?? []).filter(isSdgIndicatorCode)
  return (
    <article className="card impact-card">
      <div className="card__body">
        <h3 className="card__title">
          <a href={`/${locale}/impact/${project.slug}`}>{project.title}</a>
        </h3>
        <p className="card__meta">
          {countryName(project.country, locale)}
          {period ? ` · ${period}` : ''}
        </p>
        {project.summary ? <p>{project.summary}</p> : null}
        {codes.length ? (
          <>
            <p className="visually-hidden">{t('card.indicators')}</p>
            <ul className="chips impact-card__indicators">
              {codes.map((code) => (
                <li key={code} className="chip">
                  {t('card.sdg', { code })} · {t(`indicators.${indicatorKey(code)}.short`)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </article>
  )
}
