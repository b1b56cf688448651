import type { Media } from '../../../payload-types'

/** The populated media documents of an upload field (IDs left unpopulated are skipped). */
export function populatedMedia(value: (string | Media)[] | null | undefined): Media[] {
  return (value ?? []).filter((m): m is Media => typeof m === 'object' && m !== null && Boolean(m.url))
}

export function imageUrl(media: Media, size: 'thumbnail' | 'card' | 'hero'): string | undefined {
  return media.sizes?.[size]?.url ?? media.url ?? undefined
}
