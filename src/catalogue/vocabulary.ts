/**
 * Fixed vocabularies of the catalogue. Values are stable identifiers stored in the
 * database and used in URLs (`?support=airport-pickup`); public labels come from
 * the `catalogue` i18next namespace, admin labels from here (en/ja for staff).
 */

export const prefectures = [
  'hokkaido', 'aomori', 'iwate', 'miyagi', 'akita', 'yamagata', 'fukushima', 'ibaraki', 'tochigi', 'gunma',
  'saitama', 'chiba', 'tokyo', 'kanagawa', 'niigata', 'toyama', 'ishikawa', 'fukui', 'yamanashi', 'nagano',
  'gifu', 'shizuoka', 'aichi', 'mie', 'shiga', 'kyoto', 'osaka', 'hyogo', 'nara', 'wakayama', 'tottori',
  'shimane', 'okayama', 'hiroshima', 'yamaguchi', 'tokushima', 'kagawa', 'ehime', 'kochi', 'fukuoka', 'saga',
  'nagasaki', 'kumamoto', 'oita', 'miyazaki', 'kagoshima', 'okinawa',
] as const
export type Prefecture = (typeof prefectures)[number]

/** Languages hospital staff or interpreters can speak with a patient (ISO 639-1, zh by script). */
export const spokenLanguages = [
  'ja', 'en', 'zh-CN', 'zh-TW', 'ko', 'vi', 'th', 'id', 'ru', 'ar', 'es', 'fr', 'pt', 'mn', 'ne', 'tl', 'my', 'hi',
] as const
export type SpokenLanguage = (typeof spokenLanguages)[number]

export const accreditationTypes = ['jmip', 'jci', 'jq', 'jih', 'iso', 'other'] as const
export type AccreditationType = (typeof accreditationTypes)[number]

export const interpretationModes = ['staff-interpreter', 'remote', 'device'] as const
export const patientRoutes = ['resident', 'short-stay', 'medical-stay-visa'] as const
export const supportServices = [
  'interpreter', 'visa-guarantee', 'airport-pickup', 'accommodation', 'religious-needs', 'dietary-needs',
] as const
export type SupportService = (typeof supportServices)[number]

export const paymentMethods = [
  'visa', 'mastercard', 'amex', 'jcb', 'unionpay', 'alipay', 'wechat-pay', 'bank-transfer', 'cash',
] as const

/** The repeatable list filters of the hospital list, the search page and the search API (`?language=ko&language=vi`). */
export const listFilterKeys = ['specialty', 'prefecture', 'language', 'accreditation', 'support'] as const
export type ListFilterKey = (typeof listFilterKeys)[number]

/** The fixed vocabulary of each list filter; specialties are editor-maintained and checked as slugs instead. */
export const fixedFilterVocabularies: Record<Exclude<ListFilterKey, 'specialty'>, readonly string[]> = {
  prefecture: prefectures,
  language: spokenLanguages,
  accreditation: accreditationTypes,
  support: supportServices,
}

export const verificationStatuses = ['draft', 'pending-review', 'verified', 'suspended'] as const
export type VerificationStatus = (typeof verificationStatuses)[number]

export const packageStatuses = ['draft', 'published', 'archived'] as const
export type PackageStatus = (typeof packageStatuses)[number]

export const depositRules = ['none', 'deposit', 'full-prepayment'] as const
export const uninsuredFeeBases = ['multiplier', 'yen-per-point'] as const

const adminLabels: Record<string, { en: string; ja: string }> = {
  jmip: { en: 'JMIP (Japan Medical Service Accreditation for International Patients)', ja: 'JMIP（外国人患者受入れ医療機関認証制度）' },
  jci: { en: 'JCI (Joint Commission International)', ja: 'JCI' },
  jq: { en: 'JQ (Japan Council for Quality Health Care)', ja: '日本医療機能評価機構（JQ）' },
  jih: { en: 'Japan International Hospitals recommendation', ja: 'ジャパンインターナショナルホスピタルズ推奨' },
  iso: { en: 'ISO 15189 / ISO 9001', ja: 'ISO 15189 / ISO 9001' },
  other: { en: 'Other', ja: 'その他' },
  'staff-interpreter': { en: 'Staff interpreter', ja: '院内通訳' },
  remote: { en: 'Remote (video/phone) interpreter', ja: '遠隔通訳（ビデオ・電話）' },
  device: { en: 'Translation device', ja: '翻訳機' },
  resident: { en: 'Foreign residents of Japan', ja: '在留外国人' },
  'short-stay': { en: 'Short-stay visitors', ja: '短期滞在の訪日客' },
  'medical-stay-visa': { en: 'Medical-stay visa', ja: '医療滞在ビザ' },
  interpreter: { en: 'Interpreter', ja: '通訳' },
  'visa-guarantee': { en: 'Medical-stay visa guarantee', ja: '医療滞在ビザの身元保証' },
  'airport-pickup': { en: 'Airport pick-up', ja: '空港送迎' },
  accommodation: { en: 'Accommodation', ja: '宿泊手配' },
  'religious-needs': { en: 'Religious needs (prayer room)', ja: '宗教上の配慮（礼拝室）' },
  'dietary-needs': { en: 'Dietary needs (halal, vegetarian)', ja: '食事への配慮（ハラール・ベジタリアン）' },
  draft: { en: 'Draft', ja: '下書き' },
  'pending-review': { en: 'Pending review', ja: '審査中' },
  verified: { en: 'Verified', ja: '認証済み' },
  suspended: { en: 'Suspended', ja: '停止中' },
  published: { en: 'Published', ja: '公開' },
  archived: { en: 'Archived', ja: 'アーカイブ' },
  none: { en: 'No deposit', ja: '前払い不要' },
  deposit: { en: 'Deposit required', ja: 'デポジット必要' },
  'full-prepayment': { en: 'Full prepayment', ja: '全額前払い' },
  multiplier: { en: 'Multiplier of the insured fee schedule', ja: '保険診療報酬の倍率' },
  'yen-per-point': { en: 'Yen per fee point', ja: '1点あたりの円' },
  'bank-transfer': { en: 'Bank transfer', ja: '銀行振込' },
  cash: { en: 'Cash', ja: '現金' },
  'wechat-pay': { en: 'WeChat Pay', ja: 'WeChat Pay' },
}

/** Options for a Payload select field with en/ja admin labels. */
export function selectOptions(values: readonly string[]): { label: { en: string; ja: string }; value: string }[] {
  return values.map((value) => ({
    value,
    label: adminLabels[value] ?? { en: titleCase(value), ja: titleCase(value) },
  }))
}

const acronyms = new Set(['jcb', 'jmip', 'jci', 'jq', 'iso'])

function titleCase(value: string): string {
  return value
    .split('-')
    .map((word) => (acronyms.has(word) ? word.toUpperCase() : `${word.charAt(0).toUpperCase()}${word.slice(1)}`))
    .join(' ')
}
