import type { Payload, RequestContext } from 'payload'

import type { Page } from '../../payload-types'
import { directionOf, locales } from '@/i18n/locales'

import type { SeedCounts } from '../seed'
import { sitePages, type SeedBlock, type SeedPageVersion } from '../data/pages'
import { lexicalDocument } from './lexical'

type PageLayout = NonNullable<Page['layout']>

function layoutOf(blocks: SeedBlock[], direction: 'ltr' | 'rtl'): PageLayout {
  return blocks.map((block): PageLayout[number] => {
    if (block.blockType === 'richText') {
      return { blockType: 'richText', heading: block.heading, content: lexicalDocument(block.paragraphs, direction) }
    }
    return block
  })
}

function pageData(version: SeedPageVersion, direction: 'ltr' | 'rtl') {
  return { title: version.title, summary: version.summary, layout: layoutOf(version.layout, direction) }
}

/**
 * The site's block pages (about, how it works, medical-stay visa, FAQ, contact, privacy, terms),
 * published in all thirteen languages. Idempotent by slug: existing pages are left as editors
 * made them.
 */
export async function seedPages(payload: Payload, context: RequestContext): Promise<SeedCounts> {
  const counts: SeedCounts = { created: 0, skipped: 0 }
  const existing = await payload.find({
    collection: 'pages',
    where: { slug: { in: sitePages.map((p) => p.slug) } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    locale: 'en',
    draft: true,
    context,
  })
  const present = new Set(existing.docs.map((doc) => doc.slug))
  for (const page of sitePages) {
    if (present.has(page.slug)) {
      counts.skipped += 1
      continue
    }
    const created = await payload.create({
      collection: 'pages',
      locale: 'en',
      // Seeded content is created live (the workflow lets `context.seeding` do so).
      data: { ...pageData(page.versions.en, 'ltr'), slug: page.slug, sourceLocale: 'en', workflowStatus: 'published', _status: 'published' },
      depth: 0,
      context,
    })
    for (const locale of locales) {
      if (locale === 'en') continue
      await payload.update({
        collection: 'pages',
        id: created.id,
        locale,
        data: { ...pageData(page.versions[locale], directionOf(locale)), _status: 'published' },
        depth: 0,
        select: { updatedAt: true },
        context,
      })
    }
    counts.created += 1
  }
  return counts
}
