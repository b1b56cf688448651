import { env } from '@/env'
import type { AppLocale } from '@/i18n/locales'
import { licenceInfo, schemaKind, type Licence, type ResourceType } from '@/uhc/vocabulary'

import type { ResourceDownload, ResourcePage } from '@/uhc/queries'

/**
 * schema.org for a hub resource: ScholarlyArticle for reports, case studies and policy briefs;
 * Dataset (with its distributions) for datasets; LearningResource for toolkits and training
 * material; a VideoObject-flavoured LearningResource for videos.
 */

const fileUrl = (d: ResourceDownload): string | undefined => (d.file.url ? new URL(d.file.url, env.serverUrl).toString() : undefined)

export function uhcResourceJsonLd(resource: ResourcePage, locale: AppLocale, url: string): Record<string, unknown> {
  const kind = schemaKind(resource.resourceType as ResourceType)
  const people = (resource.authors ?? []).map((a) => ({
    '@type': 'Person',
    name: a.name,
    affiliation: a.affiliation ? { '@type': 'Organization', name: a.affiliation } : undefined,
  }))
  const organisations = (resource.organisations ?? []).map((o) => ({ '@type': 'Organization', name: o.name }))
  const licence = licenceInfo[resource.licence as Licence]
  const doi = resource.citation?.doi?.trim()
  const common = {
    '@context': 'https://schema.org',
    '@id': url,
    url,
    name: resource.title,
    headline: kind === 'scholarly' ? resource.title : undefined,
    description: resource.summary ?? undefined,
    inLanguage: locale,
    datePublished: resource.publishedOn?.slice(0, 10),
    dateModified: resource.updatedAt,
    author: people.length ? people : organisations.length ? organisations : undefined,
    publisher: resource.citation?.publisher ? { '@type': 'Organization', name: resource.citation.publisher } : undefined,
    license: licence?.url,
    identifier: doi ? { '@type': 'PropertyValue', propertyID: 'DOI', value: doi, url: `https://doi.org/${doi}` } : undefined,
    keywords: [...(resource.topics ?? []), ...(resource.sdgTargets ?? []).map((s) => `SDG ${s}`)].join(', ') || undefined,
    spatialCoverage: resource.countries?.length ? resource.countries.map((c) => ({ '@type': 'Country', identifier: c })) : undefined,
  }
  if (kind === 'dataset') {
    return {
      ...common,
      '@type': 'Dataset',
      isAccessibleForFree: true,
      distribution: resource.files.map((d) => ({
        '@type': 'DataDownload',
        encodingFormat: d.file.mimeType ?? undefined,
        contentUrl: fileUrl(d),
        inLanguage: d.language,
        contentSize: typeof d.file.filesize === 'number' ? `${d.file.filesize} B` : undefined,
      })),
    }
  }
  const encodings = resource.files.map((d) => ({ '@type': 'MediaObject', encodingFormat: d.file.mimeType ?? undefined, contentUrl: fileUrl(d), inLanguage: d.language }))
  if (kind === 'learning') {
    return {
      ...common,
      '@type': resource.resourceType === 'video' ? ['LearningResource', 'VideoObject'] : 'LearningResource',
      learningResourceType: resource.resourceType,
      embedUrl: resource.resourceType === 'video' ? (resource.videoUrl ?? undefined) : undefined,
      uploadDate: resource.resourceType === 'video' ? resource.publishedOn?.slice(0, 10) : undefined,
      encoding: encodings.length ? encodings : undefined,
    }
  }
  return { ...common, '@type': 'ScholarlyArticle', encoding: encodings.length ? encodings : undefined }
}
