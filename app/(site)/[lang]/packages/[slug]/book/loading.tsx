import { requestPath } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'

export default async function BookLoading() {
  const { locale } = await requestPath()
  return (
    <div className="container" role="status" aria-live="polite">
      <p>{getTranslator(locale)('loading')}</p>
    </div>
  )
}
