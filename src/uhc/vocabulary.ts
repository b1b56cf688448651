/**
 * The UHC knowledge hub's controlled vocabulary: what a resource is, which WHO health-system
 * building blocks and SDG targets it speaks to, its topics and licence. Values are stable
 * identifiers stored in the database and used in URLs; visitors see the labels from the `uhc`
 * translation namespace (`type.<value>`, `block.<value>`, `topic.<value>`, `sdg.<value>`,
 * `licence.<value>`), the admin sees the English and Japanese labels below.
 */

type AdminLabel = { en: string; ja: string }

export const resourceTypes = ['case-study', 'policy-brief', 'toolkit', 'training-material', 'dataset', 'report', 'video'] as const
export type ResourceType = (typeof resourceTypes)[number]

export const resourceTypeLabels: Record<ResourceType, AdminLabel> = {
  'case-study': { en: 'Case study', ja: 'ケーススタディ' },
  'policy-brief': { en: 'Policy brief', ja: '政策ブリーフ' },
  toolkit: { en: 'Toolkit', ja: 'ツールキット' },
  'training-material': { en: 'Training material', ja: '研修教材' },
  dataset: { en: 'Dataset', ja: 'データセット' },
  report: { en: 'Report', ja: '報告書' },
  video: { en: 'Video', ja: '動画' },
}

/** WHO's six building blocks of a health system. */
export const buildingBlocks = [
  'service-delivery',
  'health-workforce',
  'health-information',
  'medical-products',
  'financing',
  'leadership-governance',
] as const
export type BuildingBlock = (typeof buildingBlocks)[number]

export const buildingBlockLabels: Record<BuildingBlock, AdminLabel> = {
  'service-delivery': { en: 'Service delivery', ja: 'サービス提供' },
  'health-workforce': { en: 'Health workforce', ja: '保健人材' },
  'health-information': { en: 'Health information systems', ja: '保健情報システム' },
  'medical-products': { en: 'Medical products, vaccines and technologies', ja: '医薬品・ワクチン・医療技術' },
  financing: { en: 'Health financing', ja: '保健財政' },
  'leadership-governance': { en: 'Leadership and governance', ja: 'リーダーシップとガバナンス' },
}

/** SDG 3 targets and indicators a resource may address. */
export const sdgTargets = ['3.8', '3.8.1', '3.8.2', '3.1', '3.2', '3.3', '3.4', '3.d', '3.b', '3.c'] as const
export type SdgTarget = (typeof sdgTargets)[number]

export const sdgTargetLabels: Record<SdgTarget, AdminLabel> = {
  '3.8': { en: '3.8 Universal health coverage', ja: '3.8 ユニバーサル・ヘルス・カバレッジ' },
  '3.8.1': { en: '3.8.1 Coverage of essential health services', ja: '3.8.1 必須保健サービスのカバー率' },
  '3.8.2': { en: '3.8.2 Catastrophic health spending', ja: '3.8.2 破滅的医療支出' },
  '3.1': { en: '3.1 Maternal mortality', ja: '3.1 妊産婦死亡' },
  '3.2': { en: '3.2 Newborn and child deaths', ja: '3.2 新生児・乳幼児死亡' },
  '3.3': { en: '3.3 Communicable diseases', ja: '3.3 感染症' },
  '3.4': { en: '3.4 Non-communicable diseases and mental health', ja: '3.4 非感染性疾患と精神保健' },
  '3.d': { en: '3.d Health emergency preparedness', ja: '3.d 健康危機への備え' },
  '3.b': { en: '3.b Medicines and vaccines', ja: '3.b 医薬品とワクチン' },
  '3.c': { en: '3.c Health workforce and financing', ja: '3.c 保健人材と保健財政' },
}

export const topics = [
  'primary-health-care',
  'health-financing',
  'health-insurance',
  'digital-health',
  'workforce',
  'maternal-child-health',
  'ncds',
  'ageing',
  'pharmaceuticals',
  'emergency-preparedness',
  'quality-of-care',
] as const
export type Topic = (typeof topics)[number]

export const topicLabels: Record<Topic, AdminLabel> = {
  'primary-health-care': { en: 'Primary health care', ja: 'プライマリ・ヘルス・ケア' },
  'health-financing': { en: 'Health financing', ja: '保健財政' },
  'health-insurance': { en: 'Health insurance', ja: '医療保険' },
  'digital-health': { en: 'Digital health', ja: 'デジタルヘルス' },
  workforce: { en: 'Health workforce', ja: '保健医療人材' },
  'maternal-child-health': { en: 'Maternal and child health', ja: '母子保健' },
  ncds: { en: 'Non-communicable diseases', ja: '非感染性疾患' },
  ageing: { en: 'Ageing and long-term care', ja: '高齢化と介護' },
  pharmaceuticals: { en: 'Pharmaceuticals', ja: '医薬品' },
  'emergency-preparedness': { en: 'Emergency preparedness', ja: '健康危機管理' },
  'quality-of-care': { en: 'Quality of care', ja: '医療の質' },
}

export const licences = ['cc-by-4.0', 'cc-by-nc-4.0', 'cc-by-sa-4.0', 'cc-by-nc-sa-4.0', 'public-domain', 'all-rights-reserved'] as const
export type Licence = (typeof licences)[number]

/** Licence names are proper names (not translated); the URL is the legal text. */
export const licenceInfo: Record<Licence, { name: string; url?: string }> = {
  'cc-by-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'cc-by-nc-4.0': { name: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
  'cc-by-sa-4.0': { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'cc-by-nc-sa-4.0': { name: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/' },
  'public-domain': { name: 'CC0 1.0 (public domain)', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'all-rights-reserved': { name: 'All rights reserved' },
}

/** Languages a resource's files can be in (ISO 639-1): the site's languages plus a few partners use. */
export const resourceLanguages = ['en', 'ja', 'fr', 'es', 'pt', 'ar', 'ru', 'zh', 'ko', 'vi', 'th', 'id', 'sw', 'km', 'lo', 'mn', 'uz', 'bn', 'ne'] as const
export type ResourceLanguage = (typeof resourceLanguages)[number]

export const options = <T extends string>(values: readonly T[], labels: Record<T, AdminLabel | string>) =>
  values.map((value) => ({ value, label: labels[value] }))

/** Resource types whose structured data is a ScholarlyArticle, a Dataset or a learning resource. */
export function schemaKind(type: ResourceType): 'scholarly' | 'dataset' | 'learning' {
  if (type === 'dataset') return 'dataset'
  if (type === 'toolkit' || type === 'training-material' || type === 'video') return 'learning'
  return 'scholarly'
}
