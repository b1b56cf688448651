/**
 * Pure functions that turn the demo data in ./data into the documents the seed writes:
 * one create (English) and one update per further locale, as Payload stores one locale per call.
 */
import type { RequiredDataFromCollectionSlug } from 'payload'

import type { SpokenLanguage, SupportService } from '@/catalogue/vocabulary'
import type { CarePackage, Hospital } from '../payload-types'

import { type HospitalKind, type HospitalSeed, isMultilingual } from './data/hospitals'
import { type PackageCategory, type PackageTemplate, packageTemplates } from './data/packages'
import { airports, cities } from './data/places'
import { type SpecialtySlug, specialties } from './data/specialties'
import type { BilingualItem, ExtraLocale } from './data/text'
import { extraLocales } from './data/text'
import { seededRandom, type Random } from './random'

type HospitalData = RequiredDataFromCollectionSlug<'hospitals'>
type PackageData = RequiredDataFromCollectionSlug<'care-packages'>

// ---------------------------------------------------------------- shared helpers

/** A minimal valid Lexical document: one paragraph of plain text per entry. */
export function lexicalParagraphs(paragraphs: string[]): NonNullable<Hospital['description']> {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}

function joinEnglish(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

const languageNames: Record<SpokenLanguage, BilingualItem> = {
  ja: { ja: '日本語', en: 'Japanese' },
  en: { ja: '英語', en: 'English' },
  'zh-CN': { ja: '中国語（簡体字）', en: 'Chinese (Simplified)' },
  'zh-TW': { ja: '中国語（繁体字）', en: 'Chinese (Traditional)' },
  ko: { ja: '韓国語', en: 'Korean' },
  vi: { ja: 'ベトナム語', en: 'Vietnamese' },
  th: { ja: 'タイ語', en: 'Thai' },
  id: { ja: 'インドネシア語', en: 'Indonesian' },
  ru: { ja: 'ロシア語', en: 'Russian' },
  ar: { ja: 'アラビア語', en: 'Arabic' },
  es: { ja: 'スペイン語', en: 'Spanish' },
  fr: { ja: 'フランス語', en: 'French' },
  pt: { ja: 'ポルトガル語', en: 'Portuguese' },
  mn: { ja: 'モンゴル語', en: 'Mongolian' },
  ne: { ja: 'ネパール語', en: 'Nepali' },
  tl: { ja: 'タガログ語', en: 'Tagalog' },
  my: { ja: 'ミャンマー語', en: 'Burmese' },
  hi: { ja: 'ヒンディー語', en: 'Hindi' },
}

const supportNames: Record<SupportService, BilingualItem> = {
  interpreter: { ja: '医療通訳', en: 'medical interpretation' },
  'visa-guarantee': { ja: '医療滞在ビザの身元保証', en: 'medical-stay visa guarantees' },
  'airport-pickup': { ja: '空港送迎', en: 'airport pick-up' },
  accommodation: { ja: '宿泊の手配', en: 'accommodation booking' },
  'religious-needs': { ja: '礼拝室', en: 'a prayer room' },
  'dietary-needs': { ja: 'ハラール・ベジタリアン食', en: 'halal and vegetarian meals' },
}

const kindNames: Record<HospitalKind, Record<ExtraLocale, string>> = {
  hospital: { 'zh-CN': '综合医院', ko: '종합병원', vi: 'Bệnh viện đa khoa', ar: 'مستشفى عام' },
  university: { 'zh-CN': '大学附属医院', ko: '대학병원', vi: 'Bệnh viện đại học', ar: 'مستشفى جامعي' },
  clinic: { 'zh-CN': '专科诊所', ko: '전문 클리닉', vi: 'Phòng khám chuyên khoa', ar: 'عيادة تخصصية' },
  centre: { 'zh-CN': '医疗中心', ko: '의료센터', vi: 'Trung tâm y tế', ar: 'مركز طبي' },
}

const listSeparator: Record<ExtraLocale, string> = { 'zh-CN': '、', ko: ', ', vi: ', ', ar: '، ' }

const specialtyNames = new Map(specialties.map((s) => [s.slug, s.name]))

function specialtyName(slug: SpecialtySlug, locale: ExtraLocale | 'ja' | 'en'): string {
  return specialtyNames.get(slug)?.[locale] ?? slug
}

// ---------------------------------------------------------------- specialties

export function specialtyCreateData(slug: SpecialtySlug): RequiredDataFromCollectionSlug<'specialties'> {
  const seed = specialties.find((s) => s.slug === slug)
  if (!seed) throw new Error(`Unknown specialty "${slug}"`)
  return { slug, order: seed.order, name: seed.name.en, description: seed.description.en }
}

// ---------------------------------------------------------------- hospitals

const guarantorNames = [
  'Japan Medical Bridge Co., Ltd.',
  'Nippon Care Navigator Inc.',
  'Asia Medical Concierge Japan K.K.',
  'Sakura Medical Coordination Co., Ltd.',
  'Global Patient Support Japan Inc.',
]

/** Prepayment is the norm for self-paid elective care (cosmetic, dental, IVF) and particle therapy. */
const prepaidSpecialties: ReadonlySet<SpecialtySlug> = new Set([
  'proton-therapy', 'cosmetic-surgery', 'dental', 'regenerative-medicine', 'fertility',
])

function phoneNumber(areaCode: string, random: Random): string {
  const digits = (count: number): string =>
    Array.from({ length: count }, (_, i) => String(random.int(i === 0 ? 1 : 0, 9))).join('')
  // Japanese numbers have ten digits after the trunk 0: area code plus subscriber number.
  if (areaCode.length === 1) return `+81 ${areaCode}-${digits(4)}-${digits(4)}`
  if (areaCode.length === 2) return `+81 ${areaCode}-${digits(3)}-${digits(4)}`
  return `+81 ${areaCode}-${digits(2)}-${digits(4)}`
}

function endOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString()
}

function officeHours(seed: HospitalSeed): BilingualItem {
  return seed.foreignPatientsPerYear >= 1000
    ? { ja: '平日 8:30–19:00、土曜 9:00–13:00', en: 'Weekdays 8:30–19:00, Saturdays 9:00–13:00' }
    : { ja: '平日 9:00–17:00', en: 'Weekdays 9:00–17:00' }
}

interface InterpretationSeed {
  mode: 'staff-interpreter' | 'remote' | 'device'
  hours: BilingualItem
}

function interpretationOf(seed: HospitalSeed): InterpretationSeed[] {
  const modes: InterpretationSeed[] = []
  if (seed.support.includes('interpreter')) modes.push({ mode: 'staff-interpreter', hours: officeHours(seed) })
  modes.push({
    mode: 'remote',
    hours:
      seed.foreignPatientsPerYear >= 1000
        ? { ja: '24時間・年中無休', en: '24 hours, every day' }
        : { ja: '8:00–22:00（年中無休）', en: '8:00–22:00, every day' },
  })
  if (seed.kind !== 'clinic') modes.push({ mode: 'device', hours: { ja: '診療時間内', en: 'During opening hours' } })
  return modes
}

/** The hourly interpreter fee (0 when interpretation is free), shared by the profile and its packages. */
export function interpreterFeeOf(seed: HospitalSeed): number {
  if (!seed.support.includes('interpreter')) return 0
  return seededRandom(`${seed.slug}:interpreter-fee`).pick([0, 0, 3_000, 5_000, 5_000, 8_000])
}

function descriptionParagraphs(seed: HospitalSeed): { ja: string[]; en: string[] } {
  const city = cities[seed.city]
  const [airportCode, airportMinutes] = seed.airport
  const airport = airports[airportCode]
  const spoken = seed.languages.filter((l) => l !== 'ja')
  const support = seed.support.map((s) => supportNames[s])
  const supportJa = support.length > 0 ? `${support.map((s) => s.ja).join('、')}のサポートがあります。` : ''
  const supportEn = support.length > 0 ? `Support includes ${joinEnglish(support.map((s) => s.en))}. ` : ''
  return {
    ja: [
      seed.summary.ja,
      `国際診療部は${spoken.map((l) => languageNames[l].ja).join('・')}に対応しています。${supportJa}` +
        `${airport.ja}から約${airportMinutes}分、${seed.station.ja}から徒歩${seed.station.minutes}分（${city.name.ja}）。`,
    ],
    en: [
      seed.summary.en,
      `The international office works in ${joinEnglish(spoken.map((l) => languageNames[l].en))}. ${supportEn}` +
        `It is about ${airportMinutes} minutes from ${airport.en} and ${seed.station.minutes} minutes on foot from ${seed.station.en}.`,
    ],
  }
}

/** The hospital in English, with every non-localized field. */
export function hospitalCreateData(seed: HospitalSeed, specialtyIds: ReadonlyMap<string, string>): HospitalData {
  const random = seededRandom(seed.slug)
  const city = cities[seed.city]
  const [airportCode, airportMinutes] = seed.airport
  const multiplierBasis = random.chance(0.5)
  const chinese = seed.languages.includes('zh-CN')
  const residentsServed =
    seed.kind !== 'clinic' || seed.languages.some((l) => l === 'pt' || l === 'es' || l === 'tl' || l === 'vi')
  const [firstSpecialty] = seed.specialties
  const specialtyRefs = seed.specialties.map((slug) => {
    const id = specialtyIds.get(slug)
    if (!id) throw new Error(`Specialty "${slug}" of hospital "${seed.slug}" is missing`)
    return id
  })

  return {
    slug: seed.slug,
    verificationStatus: seed.status,
    name: seed.name.en,
    summary: seed.summary.en,
    description: lexicalParagraphs(descriptionParagraphs(seed).en),
    specialties: specialtyRefs,
    foreignPatientsPerYear: seed.foreignPatientsPerYear,
    acceptsEmergencies: seed.acceptsEmergencies,
    prefecture: city.prefecture,
    city: city.name.en,
    address: `${seed.street.en}, ${city.addressEn} ${seed.postcode}`,
    // A few hundred metres around the city centre, so hospitals in one city do not share a pin.
    coordinates: {
      lat: Number((city.lat + (random.next() - 0.5) * 0.02).toFixed(6)),
      lng: Number((city.lng + (random.next() - 0.5) * 0.02).toFixed(6)),
    },
    nearestAirport: { name: airports[airportCode].en, code: airportCode, travelMinutes: airportMinutes },
    nearestStation: { name: seed.station.en, travelMinutes: seed.station.minutes },
    accreditations: seed.accreditations.map((type) => ({
      type,
      label:
        type === 'other'
          ? 'Japanese Society for Integrative Medicine certified facility'
          : type === 'iso'
            ? 'ISO 15189 (clinical laboratory)'
            : undefined,
      validUntil: endOfMonth(random.int(2027, 2029), random.int(1, 12)),
    })),
    languages: seed.languages,
    interpretation: interpretationOf(seed).map(({ mode, hours }) => ({ mode, hours: hours.en })),
    internationalOffice: {
      email: `international@${seed.slug}.example`,
      phone: phoneNumber(city.areaCode, random),
      hours: officeHours(seed).en,
    },
    routes: [
      ...(residentsServed ? (['resident'] as const) : []),
      'short-stay' as const,
      ...(seed.support.includes('visa-guarantee') ? (['medical-stay-visa'] as const) : []),
    ],
    guarantors: seed.support.includes('visa-guarantee')
      ? [...new Set([random.pick(guarantorNames), random.pick(guarantorNames)])].map((name) => ({ name }))
      : [],
    support: seed.support,
    uninsuredFees: multiplierBasis
      ? { basis: 'multiplier', multiplier: random.pick([1.5, 2, 2.5, 3]) }
      : { basis: 'yen-per-point', yenPerPoint: random.pick([15, 20, 25, 30]) },
    // The special fee for a first visit without referral applies to large hospitals only.
    noReferralFee: seed.kind === 'university' || (seed.kind !== 'clinic' && seed.acceptsEmergencies) ? 7_700 : 0,
    interpreterFee: interpreterFeeOf(seed),
    depositRule: firstSpecialty && prepaidSpecialties.has(firstSpecialty) ? 'full-prepayment' : 'deposit',
    billsOverseasInsurers: seed.accreditations.includes('jci') || seed.foreignPatientsPerYear >= 1500,
    paymentMethods: [
      'visa',
      'mastercard',
      ...(seed.foreignPatientsPerYear >= 500 ? (['amex'] as const) : []),
      'jcb',
      ...(chinese ? (['unionpay'] as const) : []),
      ...(chinese && seed.foreignPatientsPerYear >= 300 ? (['alipay', 'wechat-pay'] as const) : []),
      'bank-transfer',
      'cash',
    ],
  }
}

/**
 * The Japanese version of every localized field. Rows of non-localized arrays keep their
 * IDs so Payload attaches the Japanese text to the existing rows instead of replacing them.
 */
export function hospitalJapaneseData(seed: HospitalSeed, created: Hospital, photoIds: string[]): Partial<HospitalData> {
  const city = cities[seed.city]
  const [airportCode] = seed.airport
  const hours = interpretationOf(seed)
  return {
    name: seed.name.ja,
    summary: seed.summary.ja,
    description: lexicalParagraphs(descriptionParagraphs(seed).ja),
    city: city.name.ja,
    address: `〒${seed.postcode} ${city.addressJa}${seed.street.ja}`,
    nearestAirport: { name: airports[airportCode].ja },
    nearestStation: { name: seed.station.ja },
    interpretation: (created.interpretation ?? []).map((row, i) => ({
      id: row.id,
      mode: row.mode,
      hours: hours[i]?.hours.ja,
    })),
    internationalOffice: { hours: officeHours(seed).ja },
    ...(photoIds.length > 0 ? { photos: photoIds } : {}),
  }
}

/** Name, summary and city in one of the extra locales (only for multilingual hospitals). */
export function hospitalExtraLocaleData(
  seed: HospitalSeed,
  locale: ExtraLocale,
): Pick<HospitalData, 'name' | 'summary' | 'city'> | undefined {
  const name = seed.name[locale]
  if (!name) return undefined
  const city = cities[seed.city].name[locale]
  const kind = kindNames[seed.kind][locale]
  const fields = seed.specialties.slice(0, 4).map((s) => specialtyName(s, locale)).join(listSeparator[locale])
  const summaries: Record<ExtraLocale, string> = {
    'zh-CN': `位于${city}的${kind}，为外国患者提供${fields}等诊疗服务，并设有国际医疗部。`,
    ko: `${city}에 위치한 ${kind}입니다. ${fields} 등 외국인 환자 진료를 제공하며 국제진료센터를 운영합니다.`,
    vi: `${kind} tại ${city}, cung cấp dịch vụ ${fields} cho bệnh nhân nước ngoài, có văn phòng hỗ trợ bệnh nhân quốc tế.`,
    ar: `${kind} في ${city}. الخدمات المقدَّمة للمرضى الأجانب: ${fields}، مع مكتب لرعاية المرضى الدوليين.`,
  }
  return { name, summary: summaries[locale], city }
}

export function hospitalPhotoAlt(seed: HospitalSeed): BilingualItem {
  return {
    ja: `${seed.name.ja}のイメージイラスト（建物と空の抽象画）`,
    en: `Illustration of ${seed.name.en}: an abstract drawing of the building and sky`,
  }
}

// ---------------------------------------------------------------- care packages

interface ExtraSeed {
  kind: 'extra-night' | 'interpreter' | 'complications' | 'medicine' | 'companion' | 'other'
  unit: 'flat' | 'per-night' | 'per-hour' | 'per-day'
  price: [number, number]
  note: BilingualItem
}

const extraNotes = {
  night: { ja: '追加の宿泊（入院または提携ホテル）', en: 'Extra night (in hospital or at a partner hotel)' },
  interpreterHour: { ja: '含まれる時間を超える医療通訳', en: 'Medical interpreter beyond the included hours' },
  interpreterDay: { ja: '専属の医療通訳（終日）', en: 'Dedicated medical interpreter for the whole day' },
  medicine: { ja: '処方薬（必要な場合）', en: 'Prescribed medicine, if needed' },
  complications: {
    ja: '合併症の治療（上限の目安。実費で精算）',
    en: 'Treatment of complications (estimated upper amount; billed at cost)',
  },
  companion: { ja: '付き添いのご家族の宿泊', en: 'Accommodation for an accompanying family member' },
  tests: { ja: '追加検査（腫瘍マーカー・脳MRIなど）', en: 'Additional tests on request (tumour markers, brain MRI …)' },
  translation: { ja: '診療記録の翻訳', en: 'Translation of medical records' },
} satisfies Record<string, BilingualItem>

const categoryExtras: Record<PackageCategory, ExtraSeed[]> = {
  screening: [
    { kind: 'interpreter', unit: 'per-hour', price: [5_000, 8_000], note: extraNotes.interpreterHour },
    { kind: 'other', unit: 'flat', price: [15_000, 40_000], note: extraNotes.tests },
  ],
  outpatient: [
    { kind: 'interpreter', unit: 'per-hour', price: [5_000, 8_000], note: extraNotes.interpreterHour },
    { kind: 'medicine', unit: 'flat', price: [10_000, 60_000], note: extraNotes.medicine },
    { kind: 'other', unit: 'flat', price: [20_000, 50_000], note: extraNotes.translation },
  ],
  procedure: [
    { kind: 'extra-night', unit: 'per-night', price: [25_000, 60_000], note: extraNotes.night },
    { kind: 'interpreter', unit: 'per-day', price: [30_000, 50_000], note: extraNotes.interpreterDay },
    { kind: 'medicine', unit: 'flat', price: [20_000, 80_000], note: extraNotes.medicine },
    { kind: 'complications', unit: 'flat', price: [200_000, 600_000], note: extraNotes.complications },
  ],
  surgery: [
    { kind: 'extra-night', unit: 'per-night', price: [35_000, 80_000], note: extraNotes.night },
    { kind: 'interpreter', unit: 'per-day', price: [30_000, 50_000], note: extraNotes.interpreterDay },
    { kind: 'complications', unit: 'flat', price: [500_000, 1_500_000], note: extraNotes.complications },
    { kind: 'companion', unit: 'per-night', price: [8_000, 20_000], note: extraNotes.companion },
  ],
  course: [
    { kind: 'extra-night', unit: 'per-night', price: [15_000, 40_000], note: extraNotes.night },
    { kind: 'interpreter', unit: 'per-day', price: [25_000, 45_000], note: extraNotes.interpreterDay },
    { kind: 'medicine', unit: 'flat', price: [50_000, 200_000], note: extraNotes.medicine },
    { kind: 'companion', unit: 'per-night', price: [8_000, 20_000], note: extraNotes.companion },
  ],
}

const categoryCancellation: Record<PackageCategory, { freeUntilDays: number; feePercent: number }> = {
  screening: { freeUntilDays: 7, feePercent: 20 },
  outpatient: { freeUntilDays: 7, feePercent: 30 },
  procedure: { freeUntilDays: 14, feePercent: 30 },
  surgery: { freeUntilDays: 21, feePercent: 50 },
  course: { freeUntilDays: 30, feePercent: 50 },
}

const passport: BilingualItem = { ja: 'パスポートの写し', en: 'Copy of your passport' }
const categoryDocuments: Record<PackageCategory, BilingualItem[]> = {
  screening: [passport, { ja: '問診票（予約後にお送りします）', en: 'Health questionnaire (we send it after booking)' }],
  outpatient: [
    passport,
    { ja: '紹介状または病歴の要約', en: 'Referral letter or a summary of your medical history' },
    { ja: '直近の検査結果', en: 'Recent test results' },
  ],
  procedure: [
    passport,
    { ja: '主治医の紹介状（英語または日本語）', en: 'Referral letter from your doctor (English or Japanese)' },
    { ja: '3か月以内の画像（CT・MRIのDICOMデータ）と報告書', en: 'Scans from the last three months (CT/MRI as DICOM) with reports' },
    { ja: '服用中の薬のリスト', en: 'List of the medicines you take' },
  ],
  surgery: [],
  course: [],
}
categoryDocuments.surgery = categoryDocuments.procedure
categoryDocuments.course = categoryDocuments.procedure

function excludedItems(template: PackageTemplate): BilingualItem[] {
  return [
    { ja: '航空券・海外旅行保険', en: 'Flights and travel insurance' },
    { ja: 'ビザ申請費用・身元保証料', en: 'Visa application and guarantor fees' },
    template.category === 'screening'
      ? { ja: '検査で見つかった病気の治療費', en: 'Treatment of anything found during the check-up' }
      : { ja: '記載のない検査・治療', en: 'Tests or treatment not listed as included' },
    ...(template.stayNights > 0
      ? [{ ja: '記載のない院外の宿泊費', en: 'Accommodation outside the hospital unless listed' }]
      : []),
  ]
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step
}

export interface PackagePlan {
  slug: string
  template: PackageTemplate
  status: CarePackage['status']
  create: PackageData
  japanese: (created: CarePackage) => Partial<PackageData>
  extraLocales: Partial<Record<ExtraLocale, Pick<PackageData, 'title' | 'summary'>>>
}

function chooseTemplates(seed: HospitalSeed, hospitalIndex: number, count: number): PackageTemplate[] {
  // Each specialty's templates, rotated per hospital so neighbours do not all offer the same first package.
  const queues = seed.specialties.map((specialty) => {
    const own = packageTemplates.filter((t) => t.specialty === specialty)
    const shift = own.length > 0 ? hospitalIndex % own.length : 0
    return [...own.slice(shift), ...own.slice(0, shift)]
  })
  const chosen: PackageTemplate[] = []
  for (let round = 0; chosen.length < count && round < 6; round += 1) {
    for (const queue of queues) {
      const template = queue[round]
      if (template && chosen.length < count) chosen.push(template)
    }
  }
  return chosen
}

function packageCount(seed: HospitalSeed): number {
  if (seed.status === 'verified') return isMultilingual(seed) ? 5 : 4
  return seed.status === 'suspended' ? 3 : 2
}

function packageStatus(seed: HospitalSeed, hospitalIndex: number, isLast: boolean): CarePackage['status'] {
  if (seed.status === 'draft' || seed.status === 'pending-review') return 'draft'
  if (seed.status === 'suspended') return 'published'
  // A few verified hospitals keep one package unpublished, so the public filter has something to hide.
  if (isLast && hospitalIndex % 6 === 1) return 'draft'
  if (isLast && hospitalIndex % 6 === 4) return 'archived'
  return 'published'
}

function extraLocaleSummary(locale: ExtraLocale, title: string, hospitalName: string, nights: number): string {
  switch (locale) {
    case 'zh-CN':
      return `${title}。由${hospitalName}提供，${nights > 0 ? `预计在日本停留${nights}晚` : '当天完成'}。价格以日元计，含国际医疗部的日程协调。`
    case 'ko':
      return `${hospitalName}의 ${title} 프로그램입니다. ${nights > 0 ? `일본 체류 예상 ${nights}박.` : '당일 진행.'} 요금은 엔화 기준이며 국제진료센터의 일정 조율이 포함됩니다.`
    case 'vi':
      return `${title} tại ${hospitalName}. ${nights > 0 ? `Thời gian lưu trú dự kiến tại Nhật Bản: ${nights} đêm.` : 'Hoàn thành trong ngày.'} Giá tính bằng yên, bao gồm hỗ trợ điều phối của văn phòng bệnh nhân quốc tế.`
    case 'ar':
      return `${title} في ${hospitalName}. ${nights > 0 ? `مدة الإقامة المتوقعة في اليابان: ${nights} ليلة.` : 'يُنجز في يوم واحد.'} السعر بالين الياباني ويشمل تنسيق مكتب المرضى الدوليين.`
  }
}

/** The packages one hospital offers, each priced within its template's realistic range. */
export function packagePlans(
  seed: HospitalSeed,
  hospitalIndex: number,
  hospitalId: string,
  specialtyIds: ReadonlyMap<string, string>,
): PackagePlan[] {
  const count = packageCount(seed)
  const templates = chooseTemplates(seed, hospitalIndex, count)
  const interpreterFee = interpreterFeeOf(seed)
  const multilingual = isMultilingual(seed)

  return templates.map((template, index) => {
    const slug = `${seed.slug}-${template.key}`
    const random = seededRandom(slug)
    const [min, max] = template.price
    const priceJPY = random.int(min, max, max >= 1_000_000 ? 50_000 : max >= 200_000 ? 10_000 : 1_000)
    const depositPercent = ['screening', 'outpatient'].includes(template.category)
      ? random.int(10, 20)
      : random.int(20, 30)
    const depositJPY = roundTo((priceJPY * depositPercent) / 100, priceJPY >= 1_000_000 ? 10_000 : 1_000)
    const extras = categoryExtras[template.category]
      // A free hourly interpreter is not an extra.
      .filter((extra) => !(extra.kind === 'interpreter' && extra.unit === 'per-hour' && interpreterFee === 0))
      .map((extra) => {
        const [low, high] = extra.price
        const price =
          extra.kind === 'interpreter' && extra.unit === 'per-hour'
            ? interpreterFee
            : random.int(low, high, high >= 100_000 ? 10_000 : 1_000)
        return { extra, price }
      })
    const { freeUntilDays, feePercent } = categoryCancellation[template.category]
    const terms: BilingualItem = {
      ja: `ご予約日の${freeUntilDays}日前まで無料でキャンセルできます。それ以降は料金の${feePercent}%をキャンセル料として申し受けます。医療滞在ビザが発給されなかった場合は全額返金します。`,
      en: `Free cancellation until ${freeUntilDays} days before the booked date; after that, ${feePercent}% of the price is charged. Refunded in full if your medical-stay visa is refused.`,
    }
    const documents = [...categoryDocuments[template.category], ...(template.documents ?? [])]
    const excluded = excludedItems(template)
    const specialty = specialtyIds.get(template.specialty)
    if (!specialty) throw new Error(`Specialty "${template.specialty}" of package "${slug}" is missing`)

    const create: PackageData = {
      slug,
      hospital: hospitalId,
      status: packageStatus(seed, hospitalIndex, index === templates.length - 1),
      title: template.title.en,
      summary: template.summary.en,
      specialty,
      stayNights: template.stayNights,
      stayNote: template.stayNote.en,
      included: template.included.map((item) => ({ item: item.en })),
      excluded: excluded.map((item) => ({ item: item.en })),
      languages: seed.languages,
      priceJPY,
      depositJPY,
      extras: extras.map(({ extra, price }) => ({ kind: extra.kind, unit: extra.unit, priceJPY: price, note: extra.note.en })),
      cancellation: { freeUntilDays, feePercent, terms: terms.en },
      eligibility: template.eligibility.en,
      requiredDocuments: documents.map((item) => ({ item: item.en })),
    }

    const japanese = (created: CarePackage): Partial<PackageData> => ({
      title: template.title.ja,
      summary: template.summary.ja,
      stayNote: template.stayNote.ja,
      included: template.included.map((item) => ({ item: item.ja })),
      excluded: excluded.map((item) => ({ item: item.ja })),
      // Same rows, same IDs: only the localized note gains its Japanese text.
      extras: (created.extras ?? []).map((row, i) => ({
        id: row.id,
        kind: row.kind,
        unit: row.unit,
        priceJPY: row.priceJPY,
        note: extras[i]?.extra.note.ja,
      })),
      cancellation: { terms: terms.ja },
      eligibility: template.eligibility.ja,
      requiredDocuments: documents.map((item) => ({ item: item.ja })),
    })

    const extraLocaleData: PackagePlan['extraLocales'] = {}
    if (multilingual) {
      for (const locale of extraLocales) {
        const hospitalName = seed.name[locale] ?? seed.name.en
        const title = template.title[locale]
        extraLocaleData[locale] = {
          title,
          summary: extraLocaleSummary(locale, title, hospitalName, template.stayNights),
        }
      }
    }

    return { slug, template, status: create.status, create, japanese, extraLocales: extraLocaleData }
  })
}
