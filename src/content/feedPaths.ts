export type FeedFormat = 'rss' | 'atom'

/** Where each locale's stories feeds live (under /{lang}). */
export const storiesFeedPath: Record<FeedFormat, string> = { rss: '/stories/feed.xml', atom: '/stories/atom.xml' }
