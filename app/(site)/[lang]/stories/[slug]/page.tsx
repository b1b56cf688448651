import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Hospital, Specialty } from '../../../../../payload-types'
import { JsonLd } from '@/components/catalogue/JsonLd'
import { imageUrl, populatedMedia } from '@/components/catalogue/media'
import { ContentBreadcrumbs } from '@/components/content/ContentBreadcrumbs'
import { PreviewNotice } from '@/components/content/PreviewNotice'
import { PreviewRefresh } from '@/components/editorial/PreviewRefresh'
import { StoryCard } from '@/components/content/StoryCard'
import { StoryMeta } from '@/components/content/StoryMeta'
import { feedAlternates } from '@/content/feedLinks'
import { getStoryBySlug, relatedStories } from '@/content/queries'
import { contentReadMode } from '@/editorial/preview'
import { env } from '@/env'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { absoluteUrl, alternatesFor } from '@/seo/alternates'
import { articleJsonLd } from '@/seo/contentJsonLd'

import '@/components/content/content.css'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const mode = await contentReadMode(await searchParams)
  const story = await getStoryBySlug(locale, slug, mode)
  if (!story) return {}
  const image = populatedMedia(story.heroImage ? [story.heroImage] : [])[0]
  const imageSrc = image ? imageUrl(image, 'hero') : undefined
  return {
    title: story.title,
    description: story.summary ?? undefined,
    alternates: { ...alternatesFor(locale, `/stories/${story.slug}`), types: feedAlternates(locale) },
    openGraph: {
      type: 'article',
      title: story.title,
      description: story.summary ?? undefined,
      publishedTime: story.publishedAt ?? undefined,
      modifiedTime: story.updatedAt,
      images: imageSrc ? [{ url: imageSrc, alt: image?.alt ?? '' }] : undefined,
    },
    robots: mode.draft ? { index: false, follow: false } : undefined,
  }
}

const populated = <T extends { id: string }>(values: (string | T)[] | null | undefined): T[] =>
  (values ?? []).filter((v): v is T => typeof v === 'object' && v !== null)

export default async function StoryPage({ params, searchParams }: Props) {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const mode = await contentReadMode(await searchParams)
  const story = await getStoryBySlug(locale, slug, mode)
  if (!story) notFound()

  const t = getTranslator(locale, 'content')
  const tc = getTranslator(locale)
  const related = await relatedStories(locale, story)
  const image = populatedMedia(story.heroImage ? [story.heroImage] : [])[0]
  const hospitals = populated<Hospital>(story.relatedHospitals)
  const specialties = populated<Specialty>(story.relatedSpecialties)
  const url = absoluteUrl(locale, `/stories/${story.slug}`)
  const imageSrc = image ? imageUrl(image, 'hero') : undefined

  return (
    <div className="container">
      <JsonLd
        data={articleJsonLd(story, locale, url, {
          image: imageSrc ? new URL(imageSrc, env.serverUrl).toString() : undefined,
          publisher: { name: tc('site.name'), url: absoluteUrl(locale, '/') },
          section: t(`category.${story.category}`),
          keywords: specialties.map((s) => s.name),
        })}
      />
      {mode.draft ? (
        <>
          <PreviewNotice locale={locale} />
          <PreviewRefresh serverURL={env.serverUrl} />
        </>
      ) : null}
      <ContentBreadcrumbs locale={locale} trail={[{ href: `/${locale}/stories`, label: t('stories.title') }]} current={story.title} />
      <div className="story-layout">
        <article className="story" aria-labelledby="story-title">
          <header>
            <p className="story-card__category">
              <a href={`/${locale}/stories?category=${story.category}`}>{t(`category.${story.category}`)}</a>
            </p>
            <h1 id="story-title">{story.title}</h1>
            {story.summary ? <p className="story__lede">{story.summary}</p> : null}
            <StoryMeta story={story} locale={locale} showAuthor />
          </header>
          {image && imageSrc ? (
            <figure className="story__hero">
              <img src={imageSrc} alt={image.alt ?? ''} width={image.width ?? 1600} height={image.height ?? 900} />
            </figure>
          ) : null}
          {story.body ? (
            <div className="story__body rich-text">
              <RichText data={story.body} />
            </div>
          ) : null}
          {story.category === 'patient-story' && story.patientConsent?.obtained ? <p className="story__consent">{t('story.consent')}</p> : null}
          {story.author?.name ? (
            <footer className="panel">
              <h2>{t('story.author')}</h2>
              <p>
                {story.author.name}
                {story.author.role ? <span className="card__meta"> · {story.author.role}</span> : null}
              </p>
            </footer>
          ) : null}
        </article>

        {/* Each list below is its own labelled section; the column itself needs no landmark. */}
        <div className="story-aside">
          {hospitals.length ? (
            <section className="panel" aria-labelledby="story-hospitals">
              <h2 id="story-hospitals">{t('story.hospitals')}</h2>
              <ul className="related-links">
                {hospitals.map((h) => (
                  <li key={h.id}>
                    <a href={`/${locale}/hospitals/${h.slug}`}>{h.name}</a>
                    {h.city ? <span className="card__meta"> · {h.city}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {specialties.length ? (
            <section className="panel" aria-labelledby="story-specialties">
              <h2 id="story-specialties">{t('story.specialties')}</h2>
              <ul className="chips">
                {specialties.map((s) => (
                  <li key={s.id}>
                    <a className="chip" href={`/${locale}/hospitals?specialty=${encodeURIComponent(s.slug)}`}>
                      {s.name}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>

      {related.length ? (
        <section className="section" aria-labelledby="story-related">
          <h2 id="story-related">{t('story.related')}</h2>
          <ul className="grid">
            {related.map((r) => (
              <li key={r.id}>
                <StoryCard story={r} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a href={`/${locale}/stories`}>{t('story.back')}</a>
      </p>
    </div>
  )
}
