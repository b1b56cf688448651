import { requestPath } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'

/** What a route shows while its server component loads: announced to screen readers, in the visitor's language. */
export async function PageLoading() {
  const { locale } = await requestPath()
  return (
    <div className="container" role="status" aria-live="polite" aria-busy="true">
      <p>{getTranslator(locale)('loading')}</p>
    </div>
  )
}
