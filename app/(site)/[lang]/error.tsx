'use client'

import { useParams } from 'next/navigation'

import { commonResources } from '@/i18n/commonResources'
import { defaultLocale, isLocale } from '@/i18n/locales'

/** A failing dependency costs this page's content, never the whole site: header and footer stay. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ lang: string }>()
  const locale = isLocale(params.lang) ? params.lang : defaultLocale
  const strings = commonResources[locale].error
  return (
    <div className="container">
      <div className="empty" role="alert">
        <h1>{strings.title}</h1>
        <p>{strings.body}</p>
        <button type="button" className="primary" onClick={() => reset()}>
          {strings.retry}
        </button>
      </div>
    </div>
  )
}
