import type { PackageCard as PackageCardData } from '@/catalogue/queries'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

import { Price, type ApproxRate } from './Price'

export function PackageCard({ pkg, locale, rate }: { pkg: PackageCardData; locale: AppLocale; rate?: ApproxRate }) {
  const t = getTranslator(locale, 'catalogue')
  const specialty = typeof pkg.specialty === 'object' && pkg.specialty ? pkg.specialty.name : undefined
  return (
    <article className="card">
      <div className="card__body">
        <h3 className="card__title">
          <a href={`/${locale}/packages/${pkg.slug}`}>{pkg.title}</a>
        </h3>
        {specialty ? <p className="card__meta">{specialty}</p> : null}
        {pkg.summary ? <p>{pkg.summary}</p> : null}
        <p>
          <Price amountJPY={pkg.priceJPY} locale={locale} rate={rate} />
        </p>
        {typeof pkg.stayNights === 'number' ? (
          <p className="card__meta">{pkg.stayNights > 0 ? t('package.stay', { count: pkg.stayNights }) : t('package.dayTrip')}</p>
        ) : null}
      </div>
    </article>
  )
}
