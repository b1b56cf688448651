import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { absoluteUrl } from '@/seo/alternates'

import { storiesFeedPath } from './feedPaths'

/** `<link rel="alternate" type="application/rss+xml">` entries for a page's metadata (feed discovery). */
export function feedAlternates(locale: AppLocale): Record<string, { url: string; title: string }[]> {
  const t = getTranslator(locale, 'content')
  return {
    'application/rss+xml': [{ url: absoluteUrl(locale, storiesFeedPath.rss), title: t('stories.rss') }],
    'application/atom+xml': [{ url: absoluteUrl(locale, storiesFeedPath.atom), title: t('stories.atom') }],
  }
}
