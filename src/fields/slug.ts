import type { TextField } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

// Latin letters that NFKD does not split into a base letter and a mark (Vietnamese đ, German ß …).
const transliterations: Record<string, string> = {
  ß: 'ss', đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', þ: 'th', ı: 'i',
}

export function slugify(input: string): string {
  return (
    input
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[ßđðøæœłþı]/g, (letter) => transliterations[letter] ?? '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, 80)
      // Trimmed after the cut so a long title never leaves a slug ending in a hyphen.
      .replace(/-+$/, '')
  )
}

/**
 * A URL slug shared by every locale (one address per record; the locale is the URL prefix).
 * Filled from the English value of `from` when left empty.
 */
export function slugField(from: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: 'Lower-case letters, digits and hyphens; used in the public URL.' },
    hooks: {
      beforeValidate: [
        ({ value, data, siblingData }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value)
          const source = (siblingData as Record<string, unknown> | undefined)?.[from] ?? data?.[from]
          const text = typeof source === 'string' ? source : typeof source === 'object' && source ? (source as Record<string, unknown>).en : undefined
          return typeof text === 'string' ? slugify(text) : value
        },
      ],
    },
    validate: (value: string | null | undefined) => {
      if (!value) return 'A slug is required.'
      return SLUG_PATTERN.test(value) || 'Use lower-case letters, digits and single hyphens only.'
    },
  }
}
