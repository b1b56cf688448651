import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

/** Tells an editor in preview that they see the latest draft, not what visitors see. */
export function PreviewNotice({ locale }: { locale: AppLocale }) {
  return (
    <p className="notice preview-notice" role="status">
      {getTranslator(locale, 'content')('preview.notice')}
    </p>
  )
}
