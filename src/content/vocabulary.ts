/** The kinds of brand story; each has a label in the `content` namespace (`category.<value>`). */
export const storyCategories = ['excellence', 'hospital-spotlight', 'technology', 'patient-story'] as const
export type StoryCategory = (typeof storyCategories)[number]

export function isStoryCategory(value: unknown): value is StoryCategory {
  return typeof value === 'string' && (storyCategories as readonly string[]).includes(value)
}

export const storyCategoryLabels: Record<StoryCategory, { en: string; ja: string }> = {
  excellence: { en: 'Japanese medical excellence', ja: '日本の医療の強み' },
  'hospital-spotlight': { en: 'Hospital spotlight', ja: '病院紹介' },
  technology: { en: 'Technology', ja: '医療技術' },
  'patient-story': { en: 'Patient story', ja: '患者さんの体験' },
}

/** The site's block pages, each at /{lang}/{slug}. Any other slug works too; these are linked from the footer. */
export const sitePageSlugs = ['about', 'how-it-works', 'medical-stay-visa', 'faq', 'contact', 'privacy', 'terms'] as const
export type SitePageSlug = (typeof sitePageSlugs)[number]

export const STORIES_PER_PAGE = 9
