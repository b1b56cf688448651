/**
 * A small catalogue of search documents in many languages, for the search contract suite
 * (and any test that needs a filled index). Titles are what a hospital would write; the
 * facets vary so every filter combination the suite tries has a non-trivial answer.
 */

import type { SearchDoc } from '@/search/port'

/** Tokyo station: where the distance sort is measured from. */
export const TOKYO_STATION = { lat: 35.6812, lng: 139.7671 }

const places = {
  shinjuku: { lat: 35.6938, lng: 139.7034 },
  yokohama: { lat: 35.4437, lng: 139.638 },
  osaka: { lat: 34.7025, lng: 135.4959 },
  fukuoka: { lat: 33.5902, lng: 130.4017 },
  sapporo: { lat: 43.0618, lng: 141.3545 },
}

type Hospital = { id: string; slug: string; name: SearchDoc['hospitalName']; prefecture: string; location?: { lat: number; lng: number } }

const hospitals: Record<string, Hospital> = {
  tokyo: { id: 'h-tokyo', slug: 'tokyo-medical-center', name: { en: 'Tokyo Medical Center', ja: '東京医療センター' }, prefecture: 'tokyo', location: places.shinjuku },
  yokohama: { id: 'h-yokohama', slug: 'yokohama-bay-clinic', name: { en: 'Yokohama Bay Clinic', ja: '横浜ベイクリニック' }, prefecture: 'kanagawa', location: places.yokohama },
  osaka: { id: 'h-osaka', slug: 'osaka-university-hospital', name: { en: 'Osaka University Hospital', ja: '大阪大学病院' }, prefecture: 'osaka', location: places.osaka },
  fukuoka: { id: 'h-fukuoka', slug: 'fukuoka-heart-clinic', name: { en: 'Fukuoka Heart Clinic', ja: '福岡ハートクリニック' }, prefecture: 'fukuoka', location: places.fukuoka },
  sapporo: { id: 'h-sapporo', slug: 'sapporo-dental', name: { en: 'Sapporo Dental Office', ja: '札幌歯科' }, prefecture: 'hokkaido' },
}

interface PackageSpec {
  key: string
  hospital: keyof typeof hospitals
  title: SearchDoc['title']
  summary?: SearchDoc['summary']
  keywords?: SearchDoc['keywords']
  specialty: string[]
  language: string[]
  accreditation?: string[]
  support?: string[]
  priceJPY?: number
  stayNights?: number
  /** Defaults to the hospital's location; `null` for none. */
  location?: { lat: number; lng: number } | null
}

function pkg(spec: PackageSpec): SearchDoc {
  const hospital = hospitals[spec.hospital]
  if (!hospital) throw new Error(`no hospital ${spec.hospital}`)
  const location = spec.location === null ? undefined : (spec.location ?? hospital.location)
  const doc: SearchDoc = {
    id: `package:${spec.key}`,
    type: 'package',
    recordId: spec.key,
    slug: spec.key,
    hospitalId: hospital.id,
    hospitalSlug: hospital.slug,
    title: spec.title,
    summary: spec.summary ?? {},
    hospitalName: hospital.name,
    keywords: spec.keywords ?? {},
    specialty: spec.specialty,
    prefecture: hospital.prefecture,
    language: spec.language,
    accreditation: spec.accreditation ?? [],
    support: spec.support ?? [],
  }
  if (spec.priceJPY !== undefined) doc.priceJPY = spec.priceJPY
  if (spec.stayNights !== undefined) doc.stayNights = spec.stayNights
  if (location) doc.location = location
  return doc
}

function hospitalDoc(key: keyof typeof hospitals, extra: Partial<SearchDoc> = {}): SearchDoc {
  const hospital = hospitals[key]
  if (!hospital) throw new Error(`no hospital ${key}`)
  const doc: SearchDoc = {
    id: `hospital:${hospital.id}`,
    type: 'hospital',
    recordId: hospital.id,
    slug: hospital.slug,
    hospitalId: hospital.id,
    hospitalSlug: hospital.slug,
    title: hospital.name,
    summary: {},
    hospitalName: hospital.name,
    keywords: {},
    specialty: [],
    prefecture: hospital.prefecture,
    language: ['ja', 'en'],
    accreditation: [],
    support: [],
    ...extra,
  }
  if (hospital.location && !extra.location) doc.location = hospital.location
  return doc
}

export const catalogue: SearchDoc[] = [
  pkg({
    key: 'gan-kenshin',
    hospital: 'tokyo',
    title: { ja: 'がん検診コース', en: 'Cancer screening course' },
    summary: { ja: '腫瘍マーカーとCTで主要ながんを調べます。', en: 'Tumour markers and CT for the major cancers.' },
    specialty: ['oncology'],
    language: ['ja', 'en'],
    accreditation: ['jmip'],
    support: ['interpreter'],
    priceJPY: 120_000,
    stayNights: 0,
  }),
  pkg({
    key: 'tijian',
    hospital: 'osaka',
    title: { 'zh-CN': '全面体检套餐', en: 'Full-body examination package' },
    specialty: ['health-screening'],
    language: ['ja', 'zh-CN'],
    support: ['interpreter', 'airport-pickup'],
    priceJPY: 98_000,
    stayNights: 0,
  }),
  pkg({
    key: 'thai-checkup',
    hospital: 'tokyo',
    title: { th: 'แพ็กเกจตรวจสุขภาพประจำปี', en: 'Annual wellness package' },
    specialty: ['health-screening'],
    language: ['ja', 'en', 'th'],
    accreditation: ['jmip', 'jci'],
    support: ['interpreter', 'religious-needs'],
    priceJPY: 150_000,
    stayNights: 1,
  }),
  pkg({
    key: 'kham-suc-khoe',
    hospital: 'fukuoka',
    title: { vi: 'Gói khám sức khỏe tổng quát', en: 'General wellness visit' },
    specialty: ['health-screening'],
    language: ['ja', 'vi'],
    support: ['interpreter'],
    priceJPY: 75_000,
    stayNights: 0,
  }),
  pkg({
    key: 'cardiology',
    hospital: 'osaka',
    title: { en: 'Cardiology consultation', ja: '循環器内科の外来相談', fr: 'Consultation de cardiologie' },
    summary: { en: 'A cardiologist reviews your ECG and echocardiogram.' },
    specialty: ['cardiology'],
    language: ['ja', 'en', 'fr'],
    accreditation: ['jci'],
    support: ['interpreter', 'accommodation'],
    priceJPY: 45_000,
    stayNights: 0,
  }),
  pkg({
    key: 'ningen-dock',
    hospital: 'yokohama',
    title: { ja: '人間ドック' },
    summary: { ja: '半日で約100項目の検査を受けられます。' },
    specialty: ['health-screening'],
    language: ['ja'],
    priceJPY: 88_000,
    stayNights: 0,
  }),
  pkg({
    key: 'taigai-jusei',
    hospital: 'yokohama',
    title: { ja: '体外受精（顕微授精を含む）' },
    specialty: ['fertility'],
    language: ['ja', 'zh-CN'],
    support: ['interpreter'],
    priceJPY: 650_000,
    stayNights: 4,
  }),
  pkg({
    key: 'arabic-heart',
    hospital: 'fukuoka',
    title: { ar: 'فحص القلب الشامل', en: 'Comprehensive heart assessment' },
    specialty: ['cardiology'],
    language: ['ja', 'en', 'ar'],
    accreditation: ['jmip'],
    support: ['religious-needs', 'dietary-needs'],
    priceJPY: 210_000,
    stayNights: 1,
  }),
  pkg({
    key: 'russian-cardio',
    hospital: 'osaka',
    title: { ru: 'Кардиологическое обследование', en: 'Heart examination' },
    specialty: ['cardiology'],
    language: ['ja', 'ru'],
    priceJPY: 180_000,
    stayNights: 2,
  }),
  pkg({
    key: 'depistage',
    hospital: 'tokyo',
    title: { fr: 'Dépistage du cancer colorectal', en: 'Colorectal cancer screening' },
    specialty: ['oncology', 'gastroenterology'],
    language: ['ja', 'en', 'fr'],
    accreditation: ['jmip'],
    support: ['interpreter'],
    priceJPY: 95_000,
    stayNights: 0,
  }),
  pkg({
    key: 'proton',
    hospital: 'tokyo',
    title: { en: 'Proton therapy for prostate cancer', ja: '前立腺がんの陽子線治療' },
    specialty: ['oncology', 'radiology'],
    language: ['ja', 'en', 'zh-CN'],
    accreditation: ['jci'],
    support: ['interpreter', 'visa-guarantee', 'accommodation'],
    priceJPY: 3_200_000,
    stayNights: 30,
  }),
  pkg({
    key: 'pet-ct',
    hospital: 'osaka',
    title: { en: 'PET-CT whole-body scan', ja: 'PET-CT検査' },
    specialty: ['radiology'],
    language: ['ja', 'en'],
    priceJPY: 110_000,
    stayNights: 0,
  }),
  pkg({
    key: 'dental-implant',
    hospital: 'sapporo',
    title: { en: 'Dental implant <single tooth> & crown', ja: 'インプラント（1本）' },
    specialty: ['dentistry'],
    language: ['ja', 'en', 'ko'],
    support: ['interpreter'],
    priceJPY: 400_000,
    stayNights: 3,
  }),
  pkg({
    key: 'knee',
    hospital: 'yokohama',
    title: { en: 'Knee replacement surgery', ja: '人工膝関節置換術' },
    specialty: ['orthopedics'],
    language: ['ja', 'en'],
    accreditation: ['jmip'],
    support: ['interpreter', 'airport-pickup', 'accommodation'],
    priceJPY: 1_800_000,
    stayNights: 14,
    location: null,
  }),
  hospitalDoc('tokyo', { specialty: ['oncology', 'radiology', 'health-screening'], priceJPY: 95_000, accreditation: ['jmip', 'jci'], support: ['interpreter'] }),
  hospitalDoc('osaka', { specialty: ['cardiology', 'radiology', 'health-screening'], priceJPY: 45_000, support: ['interpreter', 'airport-pickup'] }),
  hospitalDoc('sapporo', { specialty: ['dentistry'] }),
]

/** A second catalogue, for replaceAll: different ids and a different size. */
export function otherCatalogue(size: number): SearchDoc[] {
  return Array.from({ length: size }, (_, i) =>
    pkg({
      key: `replacement-${i}`,
      hospital: 'tokyo',
      title: { en: `Replacement package ${i}`, ja: `差し替えパッケージ${i}` },
      specialty: [i % 2 ? 'cardiology' : 'oncology'],
      language: ['ja', 'en'],
      priceJPY: 10_000 * (i + 1),
      stayNights: i % 5,
    }),
  )
}
