import type { SitePageSlug } from '@/content/vocabulary'
import { locales, type AppLocale } from '@/i18n/locales'

import { pageTexts, type PageTexts } from './pageTexts'

/**
 * The site's block pages in every locale. Each language's text lives in seed/data/pageTexts/;
 * the structure (which blocks, in which order, links and contact addresses) is built here
 * once, so every locale shows the same page. Contact addresses are fictional (.example).
 */
export type SeedBlock =
  | { blockType: 'hero'; heading?: string; text?: string }
  | { blockType: 'richText'; heading?: string; paragraphs: string[] }
  | { blockType: 'steps'; heading: string; intro?: string; items: { title: string; text?: string }[] }
  | { blockType: 'faq'; heading: string; items: { question: string; answer: string }[] }
  | { blockType: 'checklist'; heading: string; intro?: string; items: { text: string }[] }
  | { blockType: 'contactPoints'; heading: string; items: { label: string; kind: 'email' | 'phone' | 'url' | 'text'; value: string; note?: string }[] }
  | { blockType: 'callToAction'; heading: string; text?: string; label: string; href: string }

export interface SeedPageVersion {
  title: string
  summary: string
  layout: SeedBlock[]
}

export interface PageSeed {
  slug: SitePageSlug
  versions: Record<AppLocale, SeedPageVersion>
}

const pairs = <T extends [string, string]>(items: T[], map: (a: string, b: string) => { [k: string]: string }) => items.map(([a, b]) => map(a, b))

function build(slug: SitePageSlug, t: PageTexts): SeedPageVersion {
  switch (slug) {
    case 'about':
      return {
        title: t.about.title,
        summary: t.about.summary,
        layout: [
          { blockType: 'hero', heading: t.about.title, text: t.about.intro },
          { blockType: 'richText', heading: t.about.whatHeading, paragraphs: t.about.what },
          { blockType: 'richText', heading: t.about.howHeading, paragraphs: t.about.how },
          { blockType: 'callToAction', heading: t.about.ctaHeading, label: t.about.ctaLabel, href: '/hospitals' },
        ],
      }
    case 'how-it-works':
      return {
        title: t.how.title,
        summary: t.how.summary,
        layout: [
          { blockType: 'hero', heading: t.how.title, text: t.how.intro },
          { blockType: 'steps', heading: t.how.stepsHeading, items: pairs(t.how.steps, (title, text) => ({ title, text })) as { title: string; text: string }[] },
          { blockType: 'callToAction', heading: t.how.ctaHeading, text: t.how.ctaText, label: t.how.ctaLabel, href: '/medical-stay-visa' },
        ],
      }
    case 'medical-stay-visa':
      return {
        title: t.visa.title,
        summary: t.visa.summary,
        layout: [
          { blockType: 'hero', heading: t.visa.title, text: t.visa.intro },
          { blockType: 'richText', heading: t.visa.whoHeading, paragraphs: t.visa.who },
          { blockType: 'steps', heading: t.visa.stepsHeading, items: pairs(t.visa.steps, (title, text) => ({ title, text })) as { title: string; text: string }[] },
          { blockType: 'checklist', heading: t.visa.docsHeading, intro: t.visa.docsIntro, items: t.visa.docs.map((text) => ({ text })) },
          { blockType: 'faq', heading: t.visa.faqHeading, items: pairs(t.visa.faq, (question, answer) => ({ question, answer })) as { question: string; answer: string }[] },
          { blockType: 'richText', heading: t.visa.checkHeading, paragraphs: [t.visa.check] },
          { blockType: 'callToAction', heading: t.visa.ctaHeading, label: t.visa.ctaLabel, href: '/hospitals?support=visa-guarantee' },
        ],
      }
    case 'faq':
      return {
        title: t.faq.title,
        summary: t.faq.summary,
        layout: [
          { blockType: 'hero', heading: t.faq.title, text: t.faq.summary },
          { blockType: 'faq', heading: t.faq.heading, items: pairs(t.faq.items, (question, answer) => ({ question, answer })) as { question: string; answer: string }[] },
          { blockType: 'callToAction', heading: t.faq.ctaHeading, label: t.faq.ctaLabel, href: '/contact' },
        ],
      }
    case 'contact':
      return {
        title: t.contact.title,
        summary: t.contact.summary,
        layout: [
          { blockType: 'hero', heading: t.contact.title, text: t.contact.intro },
          {
            blockType: 'contactPoints',
            heading: t.contact.heading,
            items: [
              { label: t.contact.general, kind: 'email', value: 'hello@kakehashi.example', note: t.contact.generalNote },
              { label: t.contact.partners, kind: 'email', value: 'cooperation@kakehashi.example' },
              { label: t.contact.privacy, kind: 'email', value: 'privacy@kakehashi.example' },
              { label: t.contact.emergency, kind: 'phone', value: '119', note: t.contact.emergencyNote },
              { label: t.contact.hotline, kind: 'phone', value: '+81-50-3816-2787', note: t.contact.hotlineNote },
            ],
          },
          { blockType: 'richText', heading: t.contact.replyHeading, paragraphs: t.contact.reply },
        ],
      }
    case 'privacy':
      return {
        title: t.privacy.title,
        summary: t.privacy.summary,
        layout: [
          { blockType: 'hero', heading: t.privacy.title, text: t.privacy.summary },
          ...t.privacy.sections.map(([heading, text]): SeedBlock => ({ blockType: 'richText', heading, paragraphs: [text] })),
        ],
      }
    case 'terms':
      return {
        title: t.terms.title,
        summary: t.terms.summary,
        layout: [
          { blockType: 'hero', heading: t.terms.title, text: t.terms.summary },
          ...t.terms.sections.map(([heading, text]): SeedBlock => ({ blockType: 'richText', heading, paragraphs: [text] })),
        ],
      }
  }
}

const slugs: SitePageSlug[] = ['about', 'how-it-works', 'medical-stay-visa', 'faq', 'contact', 'privacy', 'terms']

export const sitePages: PageSeed[] = slugs.map((slug) => ({
  slug,
  versions: Object.fromEntries(locales.map((locale) => [locale, build(slug, pageTexts[locale])])) as Record<AppLocale, SeedPageVersion>,
}))
