import { requestPath } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'

export default async function InquiryLoading() {
  const { locale } = await requestPath()
  return (
    <div className="container" role="status" aria-live="polite" aria-busy="true">
      <p>{getTranslator(locale)('loading')}</p>
    </div>
  )
}
