import { requestPath } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'

/** Localized 404: not-found pages get no params, so the locale comes from the proxy's path header. */
export default async function NotFound() {
  const { locale } = await requestPath()
  const t = getTranslator(locale)
  return (
    <div className="container">
      <div className="empty">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <p className="filters__actions" style={{ justifyContent: 'center' }}>
          <a className="button" href={`/${locale}`}>
            {t('notFound.home')}
          </a>
          <a className="button secondary" href={`/${locale}/hospitals`}>
            {t('notFound.hospitals')}
          </a>
        </p>
      </div>
    </div>
  )
}
