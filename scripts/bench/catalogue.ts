/**
 * A deterministic synthetic catalogue for the search benchmark: hospitals and packages as
 * search documents, ja and en for all, other locales for a share, realistic prices and places.
 */
import { priceBandOf, stayBandOf } from '../../src/search/bands'
import type { LocalizedText, SearchDoc } from '../../src/search/port'

/** Small seeded PRNG (mulberry32): the same catalogue on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const places = [
  { prefecture: 'tokyo', city: { en: 'Tokyo', ja: '東京' }, lat: 35.68, lng: 139.76 },
  { prefecture: 'osaka', city: { en: 'Osaka', ja: '大阪' }, lat: 34.69, lng: 135.5 },
  { prefecture: 'kyoto', city: { en: 'Kyoto', ja: '京都' }, lat: 35.01, lng: 135.77 },
  { prefecture: 'fukuoka', city: { en: 'Fukuoka', ja: '福岡' }, lat: 33.59, lng: 130.4 },
  { prefecture: 'hokkaido', city: { en: 'Sapporo', ja: '札幌' }, lat: 43.06, lng: 141.35 },
  { prefecture: 'aichi', city: { en: 'Nagoya', ja: '名古屋' }, lat: 35.18, lng: 136.91 },
  { prefecture: 'kanagawa', city: { en: 'Yokohama', ja: '横浜' }, lat: 35.44, lng: 139.64 },
  { prefecture: 'okinawa', city: { en: 'Naha', ja: '那覇' }, lat: 26.21, lng: 127.68 },
  { prefecture: 'hiroshima', city: { en: 'Hiroshima', ja: '広島' }, lat: 34.39, lng: 132.46 },
  { prefecture: 'miyagi', city: { en: 'Sendai', ja: '仙台' }, lat: 38.27, lng: 140.87 },
  { prefecture: 'chiba', city: { en: 'Chiba', ja: '千葉' }, lat: 35.61, lng: 140.12 },
  { prefecture: 'hyogo', city: { en: 'Kobe', ja: '神戸' }, lat: 34.69, lng: 135.2 },
]

const packageKinds: { specialty: string; title: LocalizedText; price: [number, number]; nights: [number, number] }[] = [
  { specialty: 'health-screening', title: { en: 'Premium ningen dock health check-up', ja: '人間ドック プレミアムコース', 'zh-CN': '高级全面体检套餐', ko: '프리미엄 건강검진', vi: 'Gói khám sức khỏe tổng quát cao cấp', th: 'แพ็กเกจตรวจสุขภาพพรีเมียม', ar: 'فحص طبي شامل متميز', ru: 'Комплексное обследование премиум', fr: 'Bilan de santé complet premium' }, price: [80_000, 550_000], nights: [0, 1] },
  { specialty: 'oncology', title: { en: 'PET-CT cancer screening', ja: 'PET-CTがん検診コース', 'zh-CN': 'PET-CT癌症筛查', ko: 'PET-CT 암 검진', vi: 'Tầm soát ung thư PET-CT', th: 'ตรวจคัดกรองมะเร็ง PET-CT', ar: 'فحص السرطان بالتصوير المقطعي', ru: 'Скрининг рака ПЭТ-КТ', fr: 'Dépistage du cancer par TEP-TDM' }, price: [120_000, 250_000], nights: [0, 1] },
  { specialty: 'proton-therapy', title: { en: 'Proton beam therapy for prostate cancer', ja: '前立腺がんの陽子線治療', 'zh-CN': '前列腺癌质子治疗', ko: '전립선암 양성자 치료' }, price: [2_800_000, 3_500_000], nights: [20, 40] },
  { specialty: 'fertility', title: { en: 'IVF treatment cycle', ja: '体外受精（IVF）治療サイクル', 'zh-CN': '试管婴儿治疗周期', ko: '시험관 시술 1주기', vi: 'Chu kỳ thụ tinh trong ống nghiệm' }, price: [500_000, 900_000], nights: [10, 21] },
  { specialty: 'cardiology', title: { en: 'Cardiology check and coronary CT', ja: '心臓ドック（冠動脈CT）', 'zh-CN': '心脏检查与冠状动脉CT', ar: 'فحص القلب والأشعة المقطعية للشرايين' }, price: [90_000, 300_000], nights: [0, 2] },
  { specialty: 'orthopaedics', title: { en: 'Total knee replacement', ja: '人工膝関節置換術', 'zh-CN': '全膝关节置换术', ru: 'Эндопротезирование коленного сустава', es: 'Prótesis total de rodilla' }, price: [1_800_000, 2_800_000], nights: [14, 28] },
  { specialty: 'dental', title: { en: 'Dental implant (one tooth)', ja: 'インプラント治療（1本）', 'zh-CN': '种植牙（单颗）', ko: '임플란트 1개', pt: 'Implante dentário (um dente)' }, price: [350_000, 600_000], nights: [3, 7] },
  { specialty: 'regenerative-medicine', title: { en: 'Stem cell therapy for knee osteoarthritis', ja: '変形性膝関節症の幹細胞治療', 'zh-CN': '膝骨关节炎干细胞治疗' }, price: [1_000_000, 2_500_000], nights: [2, 5] },
]

const languagesPool = ['en', 'zh-CN', 'zh-TW', 'ko', 'vi', 'th', 'ru', 'ar', 'es', 'fr', 'pt', 'id']
const accreditations = ['jmip', 'jci', 'jq', 'jih']
const supports = ['interpreter', 'visa-guarantee', 'airport-pickup', 'accommodation', 'religious-needs', 'dietary-needs']
const names = ['Sakura', 'Aozora', 'Midori', 'Hikari', 'Kaede', 'Tsubaki', 'Minato', 'Asahi', 'Hoshi', 'Umi', 'Yamabuki', 'Shirakaba']

function some<T>(random: () => number, pool: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1))
  const copy = [...pool]
  const picked: T[] = []
  while (picked.length < count && copy.length) picked.push(copy.splice(Math.floor(random() * copy.length), 1)[0] as T)
  return picked
}

export function syntheticCatalogue(hospitalCount = 2000, packagesPerHospital = 5): SearchDoc[] {
  const random = prng(20261124)
  const docs: SearchDoc[] = []
  for (let h = 0; h < hospitalCount; h++) {
    const place = places[h % places.length]!
    const base = names[h % names.length]!
    const hospitalId = `h${h}`
    const hospitalSlug = `${base.toLowerCase()}-${place.prefecture}-${h}`
    const hospitalName: LocalizedText = {
      en: `${base} ${place.city.en} International Hospital ${h}`,
      ja: `${base}${place.city.ja}国際病院 ${h}`,
      ...(h % 3 === 0 ? { 'zh-CN': `${place.city.ja}${base}国际医院 ${h}`, ko: `${base} ${place.city.en} 국제병원 ${h}` } : {}),
    }
    const hospitalFacets = {
      prefecture: place.prefecture,
      language: ['ja', ...some(random, languagesPool, 1, 5)],
      accreditation: some(random, accreditations, 0, 3),
      support: some(random, supports, 1, 5),
    }
    const location = { lat: place.lat + (random() - 0.5) * 0.2, lng: place.lng + (random() - 0.5) * 0.2 }
    const kinds = some(random, packageKinds, packagesPerHospital, packagesPerHospital)
    let cheapest = Number.POSITIVE_INFINITY
    kinds.forEach((kind, index) => {
      const price = Math.round((kind.price[0] + random() * (kind.price[1] - kind.price[0])) / 1000) * 1000
      const nights = kind.nights[0] + Math.floor(random() * (kind.nights[1] - kind.nights[0] + 1))
      cheapest = Math.min(cheapest, price)
      const title: LocalizedText = { en: kind.title.en, ja: kind.title.ja }
      if (index % 3 === 0) Object.assign(title, kind.title)
      const id = `p${h}-${index}`
      docs.push({
        id: `package:${id}`,
        type: 'package',
        recordId: id,
        slug: `${hospitalSlug}-${kind.specialty}-${index}`,
        hospitalId,
        hospitalSlug,
        title,
        summary: { en: `${kind.title.en} at ${hospitalName.en}.`, ja: `${hospitalName.ja}の${kind.title.ja}。` },
        hospitalName,
        keywords: { en: kind.specialty.replace(/-/g, ' '), ja: place.city.ja },
        specialty: [kind.specialty],
        ...hospitalFacets,
        priceJPY: price,
        stayNights: nights,
        priceBand: priceBandOf(price),
        stayBand: stayBandOf(nights),
        location,
      })
    })
    docs.push({
      id: `hospital:${hospitalId}`,
      type: 'hospital',
      recordId: hospitalId,
      slug: hospitalSlug,
      hospitalId,
      hospitalSlug,
      title: hospitalName,
      summary: { en: `An international hospital in ${place.city.en}.`, ja: `${place.city.ja}の国際病院。` },
      hospitalName,
      keywords: { en: place.city.en, ja: place.city.ja },
      specialty: [...new Set(kinds.map((k) => k.specialty))],
      ...hospitalFacets,
      priceJPY: cheapest,
      priceBand: priceBandOf(cheapest),
      location,
    })
  }
  return docs
}
