import type { StoryCard as StoryCardData } from '@/content/queries'
import { imageUrl, populatedMedia } from '@/components/catalogue/media'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'

import { StoryMeta } from './StoryMeta'

/** A story in a list: its title is the one link (no vague "read more"). */
export function StoryCard({ story, locale, headingLevel = 3 }: { story: StoryCardData; locale: AppLocale; headingLevel?: 2 | 3 }) {
  const t = getTranslator(locale, 'content')
  const image = populatedMedia(story.heroImage ? [story.heroImage] : [])[0]
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card story-card">
      {/* The image repeats what the linked title says: decorative here, described on the story page. */}
      {image ? <img src={imageUrl(image, 'card')} alt="" loading="lazy" width={800} height={500} /> : null}
      <div className="card__body">
        <p className="story-card__category">{t(`category.${story.category}`)}</p>
        <Heading className="card__title">
          <a href={`/${locale}/stories/${story.slug}`}>{story.title}</a>
        </Heading>
        {story.summary ? <p>{story.summary}</p> : null}
        <StoryMeta story={story} locale={locale} />
      </div>
    </article>
  )
}
