import type { Story } from '../../../payload-types'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

/** Date, author and reading time of a story, as one line of metadata. */
export function StoryMeta({ story, locale, showAuthor = false }: { story: Pick<Story, 'publishedAt' | 'readingMinutes' | 'author'>; locale: AppLocale; showAuthor?: boolean }) {
  const t = getTranslator(locale, 'content')
  const parts: React.ReactNode[] = []
  if (story.publishedAt) {
    const date = new Date(story.publishedAt)
    parts.push(
      <time key="date" dateTime={date.toISOString()}>
        {t('stories.publishedOn', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date) })}
      </time>,
    )
  }
  if (showAuthor && story.author?.name) parts.push(<span key="author">{t('stories.by', { name: story.author.name })}</span>)
  if (story.readingMinutes) parts.push(<span key="reading">{t('stories.readingTime', { count: story.readingMinutes })}</span>)
  if (!parts.length) return null
  return (
    <p className="card__meta story-meta">
      {parts.flatMap((part, index) => (index === 0 ? [part] : [<span key={`sep-${index}`} aria-hidden="true"> · </span>, part]))}
    </p>
  )
}
