import type { Metadata } from 'next'

import { ContentBreadcrumbs } from '@/components/content/ContentBreadcrumbs'
import { StoryCard } from '@/components/content/StoryCard'
import { Pagination } from '@/components/catalogue/Pagination'
import { feedAlternates } from '@/content/feedLinks'
import { listStories } from '@/content/queries'
import { isStoryCategory, storyCategories, type StoryCategory } from '@/content/vocabulary'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { alternatesFor } from '@/seo/alternates'

import '@/components/content/content.css'

type SearchParams = Record<string, string | string[] | undefined>
// The list lives in a route group so its loading state does not wrap story pages (a 404 must stay a 404).
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> }

function parseQuery(raw: SearchParams): { category?: StoryCategory; page: number } {
  const category = typeof raw.category === 'string' && isStoryCategory(raw.category) ? raw.category : undefined
  const page = typeof raw.page === 'string' && /^\d{1,4}$/.test(raw.page) ? Math.max(1, Number(raw.page)) : 1
  return { category, page }
}

function listHref(locale: string, category: StoryCategory | undefined, page = 1): string {
  const query = new URLSearchParams()
  if (category) query.set('category', category)
  if (page > 1) query.set('page', String(page))
  const qs = query.toString()
  return `/${locale}/stories${qs ? `?${qs}` : ''}`
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'content')
  const { category, page } = parseQuery(await searchParams)
  return {
    title: category ? `${t(`category.${category}`)} · ${t('stories.title')}` : t('stories.title'),
    description: t('stories.intro'),
    alternates: { ...alternatesFor(locale, '/stories'), types: feedAlternates(locale) },
    // Filtered and paged variants are not separate documents for search engines.
    robots: category || page > 1 ? { index: false, follow: true } : undefined,
  }
}

export default async function StoriesPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).lang)
  const { category, page } = parseQuery(await searchParams)
  const t = getTranslator(locale, 'content')
  const result = await listStories(locale, category, page)

  return (
    <div className="container">
      <ContentBreadcrumbs locale={locale} current={t('stories.title')} />
      <h1>{t('stories.title')}</h1>
      <p>{t('stories.intro')}</p>

      <nav className="story-filters" aria-label={t('stories.filterLabel')}>
        <ul>
          <li>
            <a href={listHref(locale, undefined)} aria-current={category ? undefined : 'page'}>
              {t('stories.all')}
            </a>
          </li>
          {storyCategories.map((c) => (
            <li key={c}>
              <a href={listHref(locale, c)} aria-current={category === c ? 'page' : undefined}>
                {t(`category.${c}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="stories-results">
        <h2 id="stories-results" className="visually-hidden">
          {t('stories.results')}
        </h2>
        <p className="result-count" role="status">
          {t('stories.count', { count: result.totalDocs })}
        </p>
        {result.docs.length === 0 ? (
          <div className="empty">
            <h3>{t('stories.emptyTitle')}</h3>
            <p>{t('stories.emptyBody')}</p>
            {category || page > 1 ? (
              <a className="button" href={listHref(locale, undefined)}>
                {t('stories.showAll')}
              </a>
            ) : null}
          </div>
        ) : (
          <ul className="grid">
            {result.docs.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        <Pagination locale={locale} page={result.page} totalPages={result.totalPages} hrefFor={(p) => listHref(locale, category, p)} />
      </section>

      <aside className="feed-links" aria-labelledby="feeds-title">
        <h2 id="feeds-title">{t('stories.subscribe')}</h2>
        <ul>
          <li>
            <a href={`/${locale}/stories/feed.xml`} type="application/rss+xml">
              {t('stories.rss')}
            </a>
          </li>
          <li>
            <a href={`/${locale}/stories/atom.xml`} type="application/atom+xml">
              {t('stories.atom')}
            </a>
          </li>
        </ul>
      </aside>
    </div>
  )
}
