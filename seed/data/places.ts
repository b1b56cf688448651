import type { Prefecture } from '@/catalogue/vocabulary'

import type { LocalizedText } from './text'

/** Real Japanese cities (and Tokyo wards) the fictional hospitals sit in, with their real centre. */
export interface CitySeed {
  prefecture: Prefecture
  name: Required<Pick<LocalizedText, 'ja' | 'en' | 'zh-CN' | 'ko' | 'vi' | 'ar'>>
  /** Prefix of a Japanese address (prefecture and city), suffix of an English one. */
  addressJa: string
  addressEn: string
  lat: number
  lng: number
  /** Telephone area code without the trunk 0 (+81 3 … for Tokyo). */
  areaCode: string
}

export const cities = {
  minato: {
    prefecture: 'tokyo', addressJa: '東京都港区', addressEn: 'Minato-ku, Tokyo', lat: 35.6581, lng: 139.7516, areaCode: '3',
    name: { ja: '港区', en: 'Minato', 'zh-CN': '港区', ko: '미나토구', vi: 'Minato', ar: 'ميناتو' },
  },
  chuo: {
    prefecture: 'tokyo', addressJa: '東京都中央区', addressEn: 'Chuo-ku, Tokyo', lat: 35.6707, lng: 139.772, areaCode: '3',
    name: { ja: '中央区', en: 'Chuo', 'zh-CN': '中央区', ko: '주오구', vi: 'Chuo', ar: 'تشوو' },
  },
  shinjuku: {
    prefecture: 'tokyo', addressJa: '東京都新宿区', addressEn: 'Shinjuku-ku, Tokyo', lat: 35.6938, lng: 139.7034, areaCode: '3',
    name: { ja: '新宿区', en: 'Shinjuku', 'zh-CN': '新宿区', ko: '신주쿠구', vi: 'Shinjuku', ar: 'شينجوكو' },
  },
  setagaya: {
    prefecture: 'tokyo', addressJa: '東京都世田谷区', addressEn: 'Setagaya-ku, Tokyo', lat: 35.6464, lng: 139.6533, areaCode: '3',
    name: { ja: '世田谷区', en: 'Setagaya', 'zh-CN': '世田谷区', ko: '세타가야구', vi: 'Setagaya', ar: 'سيتاغايا' },
  },
  yokohama: {
    prefecture: 'kanagawa', addressJa: '神奈川県横浜市', addressEn: 'Yokohama, Kanagawa', lat: 35.4437, lng: 139.638, areaCode: '45',
    name: { ja: '横浜市', en: 'Yokohama', 'zh-CN': '横滨市', ko: '요코하마시', vi: 'Yokohama', ar: 'يوكوهاما' },
  },
  chiba: {
    prefecture: 'chiba', addressJa: '千葉県千葉市', addressEn: 'Chiba, Chiba', lat: 35.6074, lng: 140.1065, areaCode: '43',
    name: { ja: '千葉市', en: 'Chiba', 'zh-CN': '千叶市', ko: '지바시', vi: 'Chiba', ar: 'تشيبا' },
  },
  narita: {
    prefecture: 'chiba', addressJa: '千葉県成田市', addressEn: 'Narita, Chiba', lat: 35.7767, lng: 140.3183, areaCode: '476',
    name: { ja: '成田市', en: 'Narita', 'zh-CN': '成田市', ko: '나리타시', vi: 'Narita', ar: 'ناريتا' },
  },
  sapporo: {
    prefecture: 'hokkaido', addressJa: '北海道札幌市', addressEn: 'Sapporo, Hokkaido', lat: 43.0618, lng: 141.3545, areaCode: '11',
    name: { ja: '札幌市', en: 'Sapporo', 'zh-CN': '札幌市', ko: '삿포로시', vi: 'Sapporo', ar: 'سابورو' },
  },
  sendai: {
    prefecture: 'miyagi', addressJa: '宮城県仙台市', addressEn: 'Sendai, Miyagi', lat: 38.2682, lng: 140.8694, areaCode: '22',
    name: { ja: '仙台市', en: 'Sendai', 'zh-CN': '仙台市', ko: '센다이시', vi: 'Sendai', ar: 'سنداي' },
  },
  tsukuba: {
    prefecture: 'ibaraki', addressJa: '茨城県つくば市', addressEn: 'Tsukuba, Ibaraki', lat: 36.0835, lng: 140.0764, areaCode: '29',
    name: { ja: 'つくば市', en: 'Tsukuba', 'zh-CN': '筑波市', ko: '쓰쿠바시', vi: 'Tsukuba', ar: 'تسوكوبا' },
  },
  maebashi: {
    prefecture: 'gunma', addressJa: '群馬県前橋市', addressEn: 'Maebashi, Gunma', lat: 36.3895, lng: 139.0634, areaCode: '27',
    name: { ja: '前橋市', en: 'Maebashi', 'zh-CN': '前桥市', ko: '마에바시시', vi: 'Maebashi', ar: 'مايباشي' },
  },
  nagoya: {
    prefecture: 'aichi', addressJa: '愛知県名古屋市', addressEn: 'Nagoya, Aichi', lat: 35.1815, lng: 136.9066, areaCode: '52',
    name: { ja: '名古屋市', en: 'Nagoya', 'zh-CN': '名古屋市', ko: '나고야시', vi: 'Nagoya', ar: 'ناغويا' },
  },
  hamamatsu: {
    prefecture: 'shizuoka', addressJa: '静岡県浜松市', addressEn: 'Hamamatsu, Shizuoka', lat: 34.7108, lng: 137.7261, areaCode: '53',
    name: { ja: '浜松市', en: 'Hamamatsu', 'zh-CN': '滨松市', ko: '하마마쓰시', vi: 'Hamamatsu', ar: 'هاماماتسو' },
  },
  matsumoto: {
    prefecture: 'nagano', addressJa: '長野県松本市', addressEn: 'Matsumoto, Nagano', lat: 36.238, lng: 137.972, areaCode: '263',
    name: { ja: '松本市', en: 'Matsumoto', 'zh-CN': '松本市', ko: '마쓰모토시', vi: 'Matsumoto', ar: 'ماتسوموتو' },
  },
  kanazawa: {
    prefecture: 'ishikawa', addressJa: '石川県金沢市', addressEn: 'Kanazawa, Ishikawa', lat: 36.5613, lng: 136.6562, areaCode: '76',
    name: { ja: '金沢市', en: 'Kanazawa', 'zh-CN': '金泽市', ko: '가나자와시', vi: 'Kanazawa', ar: 'كانازاوا' },
  },
  niigata: {
    prefecture: 'niigata', addressJa: '新潟県新潟市', addressEn: 'Niigata, Niigata', lat: 37.9162, lng: 139.0364, areaCode: '25',
    name: { ja: '新潟市', en: 'Niigata', 'zh-CN': '新潟市', ko: '니가타시', vi: 'Niigata', ar: 'نيغاتا' },
  },
  kyoto: {
    prefecture: 'kyoto', addressJa: '京都府京都市', addressEn: 'Kyoto, Kyoto', lat: 35.0116, lng: 135.7681, areaCode: '75',
    name: { ja: '京都市', en: 'Kyoto', 'zh-CN': '京都市', ko: '교토시', vi: 'Kyoto', ar: 'كيوتو' },
  },
  osaka: {
    prefecture: 'osaka', addressJa: '大阪府大阪市', addressEn: 'Osaka, Osaka', lat: 34.6937, lng: 135.5023, areaCode: '6',
    name: { ja: '大阪市', en: 'Osaka', 'zh-CN': '大阪市', ko: '오사카시', vi: 'Osaka', ar: 'أوساكا' },
  },
  suita: {
    prefecture: 'osaka', addressJa: '大阪府吹田市', addressEn: 'Suita, Osaka', lat: 34.7596, lng: 135.5169, areaCode: '6',
    name: { ja: '吹田市', en: 'Suita', 'zh-CN': '吹田市', ko: '스이타시', vi: 'Suita', ar: 'سويتا' },
  },
  kobe: {
    prefecture: 'hyogo', addressJa: '兵庫県神戸市', addressEn: 'Kobe, Hyogo', lat: 34.6901, lng: 135.1955, areaCode: '78',
    name: { ja: '神戸市', en: 'Kobe', 'zh-CN': '神户市', ko: '고베시', vi: 'Kobe', ar: 'كوبي' },
  },
  nara: {
    prefecture: 'nara', addressJa: '奈良県奈良市', addressEn: 'Nara, Nara', lat: 34.6851, lng: 135.8048, areaCode: '742',
    name: { ja: '奈良市', en: 'Nara', 'zh-CN': '奈良市', ko: '나라시', vi: 'Nara', ar: 'نارا' },
  },
  okayama: {
    prefecture: 'okayama', addressJa: '岡山県岡山市', addressEn: 'Okayama, Okayama', lat: 34.6551, lng: 133.9195, areaCode: '86',
    name: { ja: '岡山市', en: 'Okayama', 'zh-CN': '冈山市', ko: '오카야마시', vi: 'Okayama', ar: 'أوكاياما' },
  },
  hiroshima: {
    prefecture: 'hiroshima', addressJa: '広島県広島市', addressEn: 'Hiroshima, Hiroshima', lat: 34.3853, lng: 132.4553, areaCode: '82',
    name: { ja: '広島市', en: 'Hiroshima', 'zh-CN': '广岛市', ko: '히로시마시', vi: 'Hiroshima', ar: 'هيروشيما' },
  },
  matsuyama: {
    prefecture: 'ehime', addressJa: '愛媛県松山市', addressEn: 'Matsuyama, Ehime', lat: 33.8392, lng: 132.7657, areaCode: '89',
    name: { ja: '松山市', en: 'Matsuyama', 'zh-CN': '松山市', ko: '마쓰야마시', vi: 'Matsuyama', ar: 'ماتسوياما' },
  },
  fukuoka: {
    prefecture: 'fukuoka', addressJa: '福岡県福岡市', addressEn: 'Fukuoka, Fukuoka', lat: 33.5904, lng: 130.4017, areaCode: '92',
    name: { ja: '福岡市', en: 'Fukuoka', 'zh-CN': '福冈市', ko: '후쿠오카시', vi: 'Fukuoka', ar: 'فوكوكا' },
  },
  kitakyushu: {
    prefecture: 'fukuoka', addressJa: '福岡県北九州市', addressEn: 'Kitakyushu, Fukuoka', lat: 33.8835, lng: 130.8752, areaCode: '93',
    name: { ja: '北九州市', en: 'Kitakyushu', 'zh-CN': '北九州市', ko: '기타큐슈시', vi: 'Kitakyushu', ar: 'كيتاكيوشو' },
  },
  tosu: {
    prefecture: 'saga', addressJa: '佐賀県鳥栖市', addressEn: 'Tosu, Saga', lat: 33.3776, lng: 130.5062, areaCode: '942',
    name: { ja: '鳥栖市', en: 'Tosu', 'zh-CN': '鸟栖市', ko: '도스시', vi: 'Tosu', ar: 'توسو' },
  },
  kumamoto: {
    prefecture: 'kumamoto', addressJa: '熊本県熊本市', addressEn: 'Kumamoto, Kumamoto', lat: 32.8031, lng: 130.7079, areaCode: '96',
    name: { ja: '熊本市', en: 'Kumamoto', 'zh-CN': '熊本市', ko: '구마모토시', vi: 'Kumamoto', ar: 'كوماموتو' },
  },
  beppu: {
    prefecture: 'oita', addressJa: '大分県別府市', addressEn: 'Beppu, Oita', lat: 33.2846, lng: 131.4914, areaCode: '977',
    name: { ja: '別府市', en: 'Beppu', 'zh-CN': '别府市', ko: '벳푸시', vi: 'Beppu', ar: 'بيبو' },
  },
  kagoshima: {
    prefecture: 'kagoshima', addressJa: '鹿児島県鹿児島市', addressEn: 'Kagoshima, Kagoshima', lat: 31.5966, lng: 130.5571, areaCode: '99',
    name: { ja: '鹿児島市', en: 'Kagoshima', 'zh-CN': '鹿儿岛市', ko: '가고시마시', vi: 'Kagoshima', ar: 'كاغوشيما' },
  },
  naha: {
    prefecture: 'okinawa', addressJa: '沖縄県那覇市', addressEn: 'Naha, Okinawa', lat: 26.2124, lng: 127.6809, areaCode: '98',
    name: { ja: '那覇市', en: 'Naha', 'zh-CN': '那霸市', ko: '나하시', vi: 'Naha', ar: 'ناها' },
  },
} as const satisfies Record<string, CitySeed>
export type CityKey = keyof typeof cities

/** Real airports by IATA code. */
export const airports = {
  HND: { ja: '羽田空港（東京国際空港）', en: 'Haneda Airport (Tokyo International)' },
  NRT: { ja: '成田国際空港', en: 'Narita International Airport' },
  KIX: { ja: '関西国際空港', en: 'Kansai International Airport' },
  ITM: { ja: '大阪国際空港（伊丹）', en: 'Osaka International Airport (Itami)' },
  UKB: { ja: '神戸空港', en: 'Kobe Airport' },
  NGO: { ja: '中部国際空港セントレア', en: 'Chubu Centrair International Airport' },
  CTS: { ja: '新千歳空港', en: 'New Chitose Airport' },
  SDJ: { ja: '仙台空港', en: 'Sendai Airport' },
  IBR: { ja: '茨城空港', en: 'Ibaraki Airport' },
  FSZ: { ja: '富士山静岡空港', en: 'Mt. Fuji Shizuoka Airport' },
  MMJ: { ja: '信州まつもと空港', en: 'Shinshu-Matsumoto Airport' },
  KMQ: { ja: '小松空港', en: 'Komatsu Airport' },
  KIJ: { ja: '新潟空港', en: 'Niigata Airport' },
  OKJ: { ja: '岡山桃太郎空港', en: 'Okayama Momotaro Airport' },
  HIJ: { ja: '広島空港', en: 'Hiroshima Airport' },
  MYJ: { ja: '松山空港', en: 'Matsuyama Airport' },
  FUK: { ja: '福岡空港', en: 'Fukuoka Airport' },
  KKJ: { ja: '北九州空港', en: 'Kitakyushu Airport' },
  HSG: { ja: '九州佐賀国際空港', en: 'Kyushu Saga International Airport' },
  KMJ: { ja: '阿蘇くまもと空港', en: 'Aso Kumamoto Airport' },
  OIT: { ja: '大分空港', en: 'Oita Airport' },
  KOJ: { ja: '鹿児島空港', en: 'Kagoshima Airport' },
  OKA: { ja: '那覇空港', en: 'Naha Airport' },
} as const satisfies Record<string, { ja: string; en: string }>
export type AirportCode = keyof typeof airports
