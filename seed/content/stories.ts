import type { Payload, RequestContext } from 'payload'
import sharp from 'sharp'

import type { StoryCategory } from '@/content/vocabulary'

import type { SeedCounts } from '../seed'
import { seededRandom } from '../random'
import { stories, type StorySeed } from '../data/stories'
import { lexicalDocument } from './lexical'

const categoryHues: Record<StoryCategory, number> = {
  excellence: 200,
  'hospital-spotlight': 170,
  technology: 230,
  'patient-story': 25,
}

/**
 * An abstract hero illustration for a story: soft gradient, a few circles and a wave, the same
 * on every run. Not a photo: the people and hospitals in the stories are fictional.
 */
export async function storyIllustration(slug: string, category: StoryCategory): Promise<Buffer> {
  const random = seededRandom(`${slug}:story`)
  const hue = categoryHues[category] + random.int(-12, 12)
  const circles = Array.from({ length: 5 }, () => {
    const r = random.int(60, 180)
    return `<circle cx="${random.int(0, 1600)}" cy="${random.int(0, 900)}" r="${r}" fill="hsl(${(hue + random.int(-30, 30) + 360) % 360} 55% 80%)" opacity="0.55"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 60% 88%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 55% 72%)"/>
    </linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>${circles}
    <path d="M0 ${random.int(620, 700)} C 400 ${random.int(520, 620)}, 800 ${random.int(700, 800)}, 1600 ${random.int(600, 680)} L1600 900 L0 900 Z" fill="hsl(${hue} 45% 40%)" opacity="0.75"/>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

async function idsBySlug(payload: Payload, collection: 'hospitals' | 'specialties', slugs: string[], context: RequestContext): Promise<Map<string, string>> {
  if (!slugs.length) return new Map()
  const found = await payload.find({
    collection,
    where: { slug: { in: slugs } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    locale: 'en',
    context,
  })
  return new Map(found.docs.map((doc) => [doc.slug, doc.id]))
}

function storyData(seed: StorySeed, hospitalIds: Map<string, string>, specialtyIds: Map<string, string>, heroImage: string | undefined) {
  return {
    title: seed.en.title,
    slug: seed.slug,
    summary: seed.en.summary,
    category: seed.category,
    heroImage,
    author: { name: seed.author.name, role: seed.author.role.en },
    patientConsent: seed.consentRecordedOn ? { obtained: true, recordedOn: seed.consentRecordedOn } : { obtained: false },
    // Relations whose hospital or specialty is not in this database are left out, not failed.
    relatedHospitals: seed.hospitals.flatMap((slug) => hospitalIds.get(slug) ?? []),
    relatedSpecialties: seed.specialties.flatMap((slug) => specialtyIds.get(slug) ?? []),
    body: lexicalDocument(seed.en.body),
    publishedAt: seed.publishedAt,
    sourceLocale: 'en' as const,
    // Seeded content is created live (the workflow lets `context.seeding` do so).
    workflowStatus: 'published' as const,
    _status: 'published' as const,
  }
}

/**
 * The brand stories, published, in English and Japanese, each with its illustration.
 * Idempotent: stories are looked up by slug and only missing ones are created.
 */
export async function seedStories(payload: Payload, context: RequestContext, options: { images?: boolean } = {}): Promise<SeedCounts> {
  const counts: SeedCounts = { created: 0, skipped: 0 }
  const withImages = options.images ?? true
  const existing = await payload.find({
    collection: 'stories',
    where: { slug: { in: stories.map((s) => s.slug) } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    locale: 'en',
    draft: true,
    context,
  })
  const present = new Set(existing.docs.map((doc) => doc.slug))
  const missing = stories.filter((s) => !present.has(s.slug))
  counts.skipped = stories.length - missing.length
  if (!missing.length) return counts

  const hospitalIds = await idsBySlug(payload, 'hospitals', [...new Set(missing.flatMap((s) => s.hospitals))], context)
  const specialtyIds = await idsBySlug(payload, 'specialties', [...new Set(missing.flatMap((s) => s.specialties))], context)

  for (const seed of missing) {
    let heroImage: string | undefined
    if (withImages) {
      const data = await storyIllustration(seed.slug, seed.category)
      const media = await payload.create({
        collection: 'media',
        locale: 'en',
        data: { alt: seed.imageAlt.en },
        file: { data, mimetype: 'image/png', name: `story-${seed.slug}.png`, size: data.length },
        depth: 0,
        context,
      })
      await payload.update({ collection: 'media', id: media.id, locale: 'ja', data: { alt: seed.imageAlt.ja }, depth: 0, select: { updatedAt: true }, context })
      heroImage = media.id
    }
    const created = await payload.create({
      collection: 'stories',
      locale: 'en',
      data: storyData(seed, hospitalIds, specialtyIds, heroImage),
      depth: 0,
      context,
    })
    await payload.update({
      collection: 'stories',
      id: created.id,
      locale: 'ja',
      data: {
        title: seed.ja.title,
        summary: seed.ja.summary,
        author: { name: seed.author.name, role: seed.author.role.ja },
        body: lexicalDocument(seed.ja.body),
        _status: 'published',
      },
      depth: 0,
      select: { updatedAt: true },
      context,
    })
    counts.created += 1
  }
  return counts
}
