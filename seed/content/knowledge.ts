import { readFileSync } from 'node:fs'

import PDFDocument from 'pdfkit'
import type { Payload, RequestContext } from 'payload'

import { prepareRtlForPdf } from '@/confirmation/bidi'
import { fontFamilyFor, fontFile, type FontFamily } from '@/confirmation/fonts'
import type { AppLocale } from '@/i18n/locales'
import { licenceInfo } from '@/uhc/vocabulary'

import { knowledgeResources, type KnowledgeSeed, type SeedLanguage } from '../data/knowledge'
import type { SeedCounts } from '../seed'

/**
 * Seeds the UHC hub: 40 published resources with their files, idempotent by slug (a resource
 * already there is left as it is). Files are generated here: a small PDF per language (CSV for
 * datasets), so every download on the seeded site is a real, valid file.
 */

const fontCache = new Map<string, Buffer>()
function font(family: FontFamily, weight: 'regular' | 'bold'): Buffer {
  const file = fontFile(family, weight)
  let data = fontCache.get(file)
  if (!data) {
    data = readFileSync(file)
    fontCache.set(file, data)
  }
  return data
}

const fileHeadings: Record<SeedLanguage, { authors: string; published: string; licence: string }> = {
  en: { authors: 'Authors', published: 'Published', licence: 'Licence' },
  ja: { authors: '著者', published: '発行日', licence: 'ライセンス' },
  fr: { authors: 'Auteurs', published: 'Publication', licence: 'Licence' },
  es: { authors: 'Autores', published: 'Publicación', licence: 'Licencia' },
  pt: { authors: 'Autores', published: 'Publicação', licence: 'Licença' },
  ar: { authors: 'المؤلفون', published: 'تاريخ النشر', licence: 'الترخيص' },
}

/** A one-page PDF with the resource's title, summary and reference data in one language. */
export function resourcePdf(resource: KnowledgeSeed, lang: SeedLanguage): Promise<Buffer> {
  const [title, summary] = resource.text[lang] ?? resource.text.en
  const rtl = lang === 'ar'
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: resource.organisations.join('; ') }, lang })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    const write = (text: string, size: number, bold = false, gap = 0.6) => {
      doc.font(font(fontFamilyFor(text, lang as AppLocale), bold ? 'bold' : 'regular')).fontSize(size)
      doc.text(rtl ? prepareRtlForPdf(text) : text, { align: rtl ? 'right' : 'left' })
      doc.moveDown(gap)
    }
    const h = fileHeadings[lang]
    write(resource.organisations.join(' · '), 9)
    write(title, 18, true, 1)
    write(summary, 11, false, 1)
    if (resource.authors?.length) write(`${h.authors}: ${resource.authors.map(([name]) => name).join('; ')}`, 9)
    write(`${h.published}: ${resource.publishedOn}`, 9)
    write(`${h.licence}: ${licenceInfo[resource.licence].name}`, 9)
    doc.end()
  })
}

const csvField = (value: string | number) => {
  const text = String(value)
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The dataset's table as CSV (UTF-8, header row first). */
export function resourceCsv(resource: KnowledgeSeed): Buffer {
  const table = resource.table ?? { columns: ['note'], rows: [['no data']] }
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(','))
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8')
}

/** Lexical rich text from paragraphs. */
function paragraphs(texts: string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: null,
      children: texts.map((text) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: null,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}

const bodyFollowUp: Record<SeedLanguage, (r: KnowledgeSeed) => string> = {
  en: (r) => `This resource was prepared with partners in ${r.countries.length} ${r.countries.length === 1 ? 'country' : 'countries'} and is shared so that other teams can adapt it. The downloads below are the full text in each available language.`,
  ja: () => 'この資料はパートナー国と協力して作成したもので、他のチームが応用できるよう公開しています。全文は下記のダウンロードから各言語で入手できます。',
  fr: () => 'Cette ressource a été préparée avec des partenaires et partagée pour que d’autres équipes puissent l’adapter. Le texte complet est disponible dans chaque langue ci-dessous.',
  es: () => 'Este recurso se preparó con socios y se comparte para que otros equipos puedan adaptarlo. El texto completo está disponible en cada idioma más abajo.',
  pt: () => 'Este recurso foi preparado com parceiros e é partilhado para que outras equipas o possam adaptar. O texto completo está disponível em cada língua abaixo.',
  ar: () => 'أُعدّ هذا المورد بالتعاون مع الشركاء ويُتاح لتتمكن الفرق الأخرى من تكييفه. النص الكامل متاح بكل لغة أدناه.',
}

const languagesOf = (resource: KnowledgeSeed): SeedLanguage[] =>
  (['en', 'ja', 'fr', 'es', 'pt', 'ar'] as const).filter((l) => Boolean(resource.text[l]))

async function createFiles(payload: Payload, resource: KnowledgeSeed, context: RequestContext) {
  const files: { language: SeedLanguage; file: string }[] = []
  for (const lang of languagesOf(resource)) {
    const isData = resource.type === 'dataset'
    const data = isData ? resourceCsv(resource) : await resourcePdf(resource, lang)
    const name = `${resource.slug}-${lang}.${isData ? 'csv' : 'pdf'}`
    const created = await payload.create({
      collection: 'resource-files',
      data: { originalName: name, title: (resource.text[lang] ?? resource.text.en)[0] },
      file: { data, mimetype: isData ? 'text/csv' : 'application/pdf', name, size: data.length },
      depth: 0,
      context,
    })
    files.push({ language: lang, file: String(created.id) })
  }
  return files
}

export async function seedKnowledgeResources(payload: Payload, context: RequestContext): Promise<SeedCounts> {
  const counts: SeedCounts = { created: 0, skipped: 0 }
  const existing = await payload.find({
    collection: 'knowledge-resources',
    where: { slug: { in: knowledgeResources.map((r) => r.slug) } },
    select: { slug: true },
    depth: 0,
    pagination: false,
    draft: true,
    context,
  })
  const ids = new Map(existing.docs.map((d) => [d.slug, String(d.id)]))
  const createdNow: KnowledgeSeed[] = []

  for (const resource of knowledgeResources) {
    if (ids.has(resource.slug)) {
      counts.skipped += 1
      continue
    }
    const files = await createFiles(payload, resource, context)
    const [title, summary] = resource.text.en
    const created = await payload.create({
      collection: 'knowledge-resources',
      locale: 'en',
      depth: 0,
      context,
      data: {
        title,
        slug: resource.slug,
        resourceType: resource.type,
        summary,
        body: paragraphs([bodyFollowUp.en(resource)]),
        authors: (resource.authors ?? []).map(([name, affiliation]) => ({ name, affiliation })),
        organisations: resource.organisations.map((name) => ({ name })),
        publishedOn: `${resource.publishedOn}T00:00:00.000Z`,
        countries: resource.countries as never,
        topics: resource.topics,
        buildingBlocks: resource.blocks,
        sdgTargets: resource.sdgs,
        languages: files.map((f) => f.language),
        files,
        licence: resource.licence,
        citation: { publisher: resource.publisher, doi: resource.doi, edition: resource.edition },
        videoUrl: resource.videoUrl,
        workflowStatus: 'published',
        sourceLocale: 'en',
        _status: 'published',
      },
    })
    ids.set(resource.slug, String(created.id))
    for (const lang of languagesOf(resource)) {
      if (lang === 'en') continue
      const [t, s] = resource.text[lang] ?? resource.text.en
      await payload.update({
        collection: 'knowledge-resources',
        id: created.id,
        locale: lang,
        depth: 0,
        context,
        select: { updatedAt: true },
        data: { title: t, summary: s, body: paragraphs([bodyFollowUp[lang](resource)]), _status: 'published' },
      })
    }
    createdNow.push(resource)
    counts.created += 1
  }

  // Related resources point at each other, so they are linked once every resource exists.
  for (const resource of createdNow) {
    const related = (resource.related ?? []).map((slug) => ids.get(slug)).filter((id): id is string => Boolean(id))
    const id = ids.get(resource.slug)
    if (!related.length || !id) continue
    await payload.update({ collection: 'knowledge-resources', id, depth: 0, context, select: { updatedAt: true }, data: { related, _status: 'published' } })
  }
  return counts
}
