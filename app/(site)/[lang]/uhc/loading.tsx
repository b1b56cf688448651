import { requestPath } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'

import '@/components/uhc/uhc.css'

/** Shown while the hub searches or a resource loads: announced, in the visitor's language. */
export default async function Loading() {
  const { locale } = await requestPath()
  return (
    <div className="container" aria-busy="true">
      <p role="status" aria-live="polite">
        {getTranslator(locale, 'uhc')('loading')}
      </p>
      <div className="uhc-skeleton" aria-hidden="true">
        <div />
        <div />
        <div />
      </div>
    </div>
  )
}
