import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Blocks } from '@/components/content/Blocks'
import { ContentBreadcrumbs } from '@/components/content/ContentBreadcrumbs'
import { PreviewNotice } from '@/components/content/PreviewNotice'
import { PreviewRefresh } from '@/components/editorial/PreviewRefresh'
import { getPageBySlug } from '@/content/queries'
import { contentReadMode } from '@/editorial/preview'
import { env } from '@/env'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { alternatesFor } from '@/seo/alternates'

import '@/components/content/content.css'

type Props = { params: Promise<{ lang: string; page: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// A slug is lower-case letters, digits and hyphens (src/fields/slug.ts); anything else cannot be a page.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { lang, page: slug } = await params
  if (!SLUG.test(slug)) return {}
  const locale = localeParam(lang)
  const mode = await contentReadMode(await searchParams)
  const page = await getPageBySlug(locale, slug, mode)
  if (!page) return {}
  return {
    title: page.title,
    description: page.summary ?? undefined,
    alternates: alternatesFor(locale, `/${page.slug}`),
    robots: mode.draft ? { index: false, follow: false } : undefined,
  }
}

/**
 * A site page built from blocks at /{lang}/{slug} (about, faq, medical-stay-visa …). Static
 * routes (/hospitals, /stories …) win over this segment; deeper unknown paths still reach the
 * [...rest] catch-all, and an unknown slug here is the same localized 404.
 */
export default async function SitePage({ params, searchParams }: Props) {
  const { lang, page: slug } = await params
  if (!SLUG.test(slug)) notFound()
  const locale = localeParam(lang)
  const mode = await contentReadMode(await searchParams)
  const page = await getPageBySlug(locale, slug, mode)
  if (!page) notFound()

  return (
    <div className="container page-content">
      {mode.draft ? (
        <>
          <PreviewNotice locale={locale} />
          <PreviewRefresh serverURL={env.serverUrl} />
        </>
      ) : null}
      <ContentBreadcrumbs locale={locale} current={page.title} />
      <Blocks blocks={page.layout ?? []} locale={locale} title={page.title} />
      <p className="card__meta">
        {getTranslator(locale, 'content')('page.updated', {
          date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(page.updatedAt)),
        })}
      </p>
    </div>
  )
}
