import type { HospitalCard as HospitalCardData } from '@/catalogue/queries'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

import { imageUrl, populatedMedia } from './media'

export function HospitalCard({ hospital, locale, headingLevel = 3 }: { hospital: HospitalCardData; locale: AppLocale; headingLevel?: 2 | 3 }) {
  const t = getTranslator(locale, 'catalogue')
  const photo = populatedMedia(hospital.photos)[0]
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const accreditations = [...new Set((hospital.accreditations ?? []).map((a) => a.type))]
  return (
    <article className="card">
      {photo ? <img src={imageUrl(photo, 'card')} alt={photo.alt ?? ''} loading="lazy" width={800} height={500} /> : null}
      <div className="card__body">
        <Heading className="card__title">
          <a href={`/${locale}/hospitals/${hospital.slug}`}>{hospital.name}</a>
        </Heading>
        <p className="card__meta">
          {t(`prefecture.${hospital.prefecture}`)} · {hospital.city}
        </p>
        {hospital.summary ? <p>{hospital.summary}</p> : null}
        {accreditations.length ? (
          <ul className="chips" aria-label={t('hospital.accreditations')}>
            {accreditations.map((a) => (
              <li key={a} className="chip chip--ok">
                {a.toUpperCase()}
              </li>
            ))}
          </ul>
        ) : null}
        {hospital.languages?.length ? (
          <p className="card__meta">
            {t('hospital.languages')}: {hospital.languages.map((l) => t(`spokenLanguage.${l}`)).join(', ')}
          </p>
        ) : null}
      </div>
    </article>
  )
}
