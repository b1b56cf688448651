import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { env } from '@/env'
import { directionOf } from '@/i18n/locales'
import { localeParam, requestPath } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'

import './site.css'

type Props = { children: React.ReactNode; params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale)
  return {
    metadataBase: new URL(env.serverUrl),
    title: { default: `${t('site.name')} · ${t('site.tagline')}`, template: `%s · ${t('site.name')}` },
    description: t('site.description'),
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4f6c' }

/** The public site's root layout: `<html lang dir>` follow the URL's locale. */
export default async function SiteLayout({ children, params }: Props) {
  const locale = localeParam((await params).lang)
  const { rest, search } = await requestPath()
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <SiteHeader locale={locale} rest={rest} search={search} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
