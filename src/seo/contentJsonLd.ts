import type { Story } from '../../payload-types'

import type { AppLocale } from '@/i18n/locales'

export interface OrganizationInput {
  name: string
  url?: string | null
  description?: string | null
  logo?: string | null
  email?: string | null
  /** ISO 3166-1 alpha-2 country code. */
  country?: string | null
  /** schema.org type: Organization, GovernmentOrganization, NGO, CollegeOrUniversity, Hospital … */
  type?: string
  sameAs?: string[]
}

/** schema.org Organization (or a subtype) for a partner, a publisher or the site itself. */
export function organizationJsonLd(org: OrganizationInput, options: { context?: boolean } = {}): Record<string, unknown> {
  return {
    ...(options.context === false ? {} : { '@context': 'https://schema.org' }),
    '@type': org.type ?? 'Organization',
    name: org.name,
    url: org.url ?? undefined,
    description: org.description ?? undefined,
    logo: org.logo ?? undefined,
    email: org.email ?? undefined,
    address: org.country ? { '@type': 'PostalAddress', addressCountry: org.country } : undefined,
    sameAs: org.sameAs?.length ? org.sameAs : undefined,
  }
}

/** schema.org Article for a story page; the site is the publisher. */
export function articleJsonLd(
  story: Pick<Story, 'title' | 'summary' | 'author' | 'publishedAt' | 'updatedAt' | 'createdAt' | 'category'>,
  locale: AppLocale,
  url: string,
  extra: { image?: string; publisher: OrganizationInput; section?: string; keywords?: string[] },
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    mainEntityOfPage: url,
    url,
    headline: story.title.slice(0, 110),
    description: story.summary ?? undefined,
    inLanguage: locale,
    image: extra.image ? [extra.image] : undefined,
    datePublished: story.publishedAt ?? story.createdAt,
    dateModified: story.updatedAt,
    author: story.author?.name
      ? { '@type': 'Person', name: story.author.name, jobTitle: story.author.role ?? undefined }
      : organizationJsonLd(extra.publisher, { context: false }),
    publisher: organizationJsonLd(extra.publisher, { context: false }),
    articleSection: extra.section,
    keywords: extra.keywords?.length ? extra.keywords.join(', ') : undefined,
  }
}
