import type { Solution } from '../../payload-types'

/** Ten fictional Japanese offerings, two per category, with target countries and reference projects. */

type Localized = { en: string; ja: string }

export interface SolutionSeed {
  slug: string
  title: Localized
  category: Solution['category']
  summary: Localized
  body: { en: string[]; ja: string[] }
  company: { name: Localized; website: string }
  targetCountries: NonNullable<Solution['targetCountries']>
  referenceProjects: { title: Localized; country: NonNullable<Solution['targetCountries']>[number]; year: number; description: Localized }[]
}

const s = (
  slug: string,
  category: Solution['category'],
  title: Localized,
  summary: Localized,
  company: Localized,
  website: string,
  targetCountries: SolutionSeed['targetCountries'],
  referenceProjects: SolutionSeed['referenceProjects'],
): SolutionSeed => ({ slug, category, title, summary, body: { en: [summary.en], ja: [summary.ja] }, company: { name: company, website }, targetCountries, referenceProjects })

export const solutionSeeds: SolutionSeed[] = [
  s(
    'portable-ultrasound-for-rural-clinics',
    'medical-equipment',
    { en: 'Portable Ultrasound for Rural Clinics', ja: '地方診療所向けポータブル超音波' },
    { en: 'A rugged, battery-powered ultrasound scanner with obstetric presets and offline image storage, built for clinics without a stable power supply.', ja: '電源が不安定な診療所向けの、産科プリセットとオフライン保存を備えた堅牢なバッテリー駆動型超音波装置。' },
    { en: 'Hikari Medical Devices KK', ja: 'ひかりメディカルデバイス株式会社' },
    'https://hikari-md.example.jp',
    ['KE', 'TZ', 'UG', 'LA'],
    [{ title: { en: 'Antenatal scanning in 40 health centres', ja: '40保健センターでの妊婦超音波検査' }, country: 'TZ', year: 2024, description: { en: 'Midwives trained to detect high-risk pregnancies early.', ja: '助産師がハイリスク妊娠を早期発見できるよう研修。' } }],
  ),
  s(
    'solar-powered-infant-warmer',
    'medical-equipment',
    { en: 'Solar-powered Infant Warmer', ja: '太陽光駆動の新生児保温器' },
    { en: 'A radiant warmer for newborn care that runs on solar power with a day of battery reserve.', ja: '1日分のバッテリーを備え、太陽光で動く新生児用の放射式保温器。' },
    { en: 'Tsubame Neonatal Systems', ja: 'つばめ新生児システムズ' },
    'https://tsubame-neo.example.jp',
    ['MW', 'MZ', 'ET', 'BD'],
    [{ title: { en: 'District hospital newborn units', ja: '郡病院の新生児室' }, country: 'MW', year: 2023, description: { en: 'Installed in twelve district hospitals.', ja: '12の郡病院に設置。' } }],
  ),
  s(
    'open-standard-electronic-medical-record',
    'hospital-information-systems',
    { en: 'Open-Standard Electronic Medical Record', ja: 'オープン標準の電子カルテ' },
    { en: 'An electronic medical record built on HL7 FHIR that works offline and synchronises when the network returns.', ja: 'HL7 FHIR準拠で、オフラインでも動作し、回線復旧時に同期する電子カルテ。' },
    { en: 'Kumo Health Systems', ja: 'くもヘルスシステムズ' },
    'https://kumo-health.example.jp',
    ['VN', 'KH', 'GH', 'PE'],
    [
      { title: { en: 'Provincial hospital EMR rollout', ja: '省病院への電子カルテ導入' }, country: 'VN', year: 2025, description: { en: 'Six provincial hospitals share records through one FHIR server.', ja: '6つの省病院が1台のFHIRサーバーで記録を共有。' } },
      { title: { en: 'Outpatient records pilot', ja: '外来記録のパイロット' }, country: 'GH', year: 2024, description: { en: 'Paperless outpatient clinic in a regional hospital.', ja: '州病院の外来をペーパーレス化。' } },
    ],
  ),
  s(
    'health-insurance-claims-platform',
    'hospital-information-systems',
    { en: 'Health Insurance Claims Platform', ja: '医療保険請求プラットフォーム' },
    { en: 'Electronic claims and review for national health insurance schemes, modelled on Japan’s fee-schedule and review system.', ja: '日本の診療報酬・審査制度をモデルにした、公的医療保険の電子請求・審査システム。' },
    { en: 'Minato Data Works', ja: 'みなとデータワークス' },
    'https://minato-dw.example.jp',
    ['KE', 'GH', 'PH', 'ID'],
    [{ title: { en: 'Claims review for a national insurer', ja: '公的保険者の請求審査' }, country: 'PH', year: 2025, description: { en: 'Review time cut from 60 to 15 days.', ja: '審査期間を60日から15日に短縮。' } }],
  ),
  s(
    'modular-district-hospital-design',
    'hospital-design-operation',
    { en: 'Modular District Hospital Design', ja: 'モジュール型郡病院設計' },
    { en: 'Standard designs for 100- to 200-bed district hospitals: natural ventilation, infection-control zoning and phased construction.', ja: '100〜200床の郡病院の標準設計。自然換気、感染管理のゾーニング、段階的建設。' },
    { en: 'Hinoki Architects & Engineers', ja: 'ひのき建築設計事務所' },
    'https://hinoki-ae.example.jp',
    ['SN', 'CI', 'RW', 'NP'],
    [{ title: { en: 'District hospital in the Eastern Province', ja: '東部州の郡病院' }, country: 'RW', year: 2022, description: { en: '150 beds built in three phases.', ja: '150床を3期に分けて建設。' } }],
  ),
  s(
    '5s-kaizen-hospital-operations',
    'hospital-design-operation',
    { en: '5S-KAIZEN Hospital Operations Support', ja: '5S-KAIZEN病院運営支援' },
    { en: 'On-site coaching of hospital teams in 5S-KAIZEN-TQM, from sorting the store room to measuring waiting times.', ja: '倉庫の整理から待ち時間の測定まで、5S-KAIZEN-TQMを病院チームに現地で指導。' },
    { en: 'Asahi Hospital Management Partners', ja: 'あさひ病院経営パートナーズ' },
    'https://asahi-hmp.example.jp',
    ['SN', 'TZ', 'BO', 'HT'],
    [{ title: { en: 'Quality programme in regional hospitals', ja: '州病院での質改善プログラム' }, country: 'SN', year: 2023, description: { en: 'Waiting times at outpatient clinics halved.', ja: '外来待ち時間が半減。' } }],
  ),
  s(
    'mch-handbook-training-kit',
    'training-packages',
    { en: 'Maternal and Child Health Handbook Training Kit', ja: '母子健康手帳研修キット' },
    { en: 'Training materials and a facilitator programme for introducing a home-based maternal and child health record.', ja: '家庭で保管する母子健康記録を導入するための研修教材とファシリテーター養成プログラム。' },
    { en: 'Shirakaba Education Services', ja: 'しらかば教育サービス' },
    'https://shirakaba-edu.example.jp',
    ['ID', 'KE', 'MZ', 'BD'],
    [{ title: { en: 'Handbook introduction in two provinces', ja: '2州での手帳導入' }, country: 'MZ', year: 2024, description: { en: '600 health workers trained as facilitators.', ja: '600人の保健人材をファシリテーターとして養成。' } }],
  ),
  s(
    'biomedical-technician-training-package',
    'training-packages',
    { en: 'Biomedical Technician Training Package', ja: '医療機器技術者研修パッケージ' },
    { en: 'A two-year curriculum with workshop kits for training biomedical technicians in national technical colleges.', ja: '国立技術学校で医療機器技術者を育成する2年間のカリキュラムと実習キット。' },
    { en: 'Kaede Technical Training Co.', ja: 'かえでテクニカルトレーニング株式会社' },
    'https://kaede-tt.example.jp',
    ['UZ', 'KG', 'MN', 'PE'],
    [{ title: { en: 'National curriculum for technicians', ja: '技術者の国家カリキュラム' }, country: 'MN', year: 2023, description: { en: 'Adopted by three technical colleges.', ja: '3つの技術学校で採用。' } }],
  ),
  s(
    'tele-icu-remote-critical-care',
    'telemedicine',
    { en: 'Tele-ICU Remote Critical Care', ja: '遠隔ICU（Tele-ICU）' },
    { en: 'Intensivists in a hub hospital support ICUs in district hospitals by video and shared monitoring, around the clock.', ja: '拠点病院の集中治療医が、ビデオと共有モニタリングで郡病院のICUを24時間支援。' },
    { en: 'Sora Telehealth KK', ja: 'そらテレヘルス株式会社' },
    'https://sora-telehealth.example.jp',
    ['KE', 'VN', 'TH', 'BR'],
    [{ title: { en: 'Hub-and-spoke ICU network', ja: 'ハブ・アンド・スポーク型ICUネットワーク' }, country: 'TH', year: 2025, description: { en: 'One hub supports eight provincial ICUs.', ja: '1つの拠点が8つの県立ICUを支援。' } }],
  ),
  s(
    'tele-radiology-reading-network',
    'telemedicine',
    { en: 'Tele-radiology Reading Network', ja: '遠隔画像診断ネットワーク' },
    { en: 'Cloud reading of X-ray and CT images by radiologists, with reports in local languages within 24 hours.', ja: '放射線科医がX線・CT画像をクラウドで読影し、24時間以内に現地語で報告。' },
    { en: 'Nagi Imaging Cloud', ja: 'なぎイメージングクラウド' },
    'https://nagi-imaging.example.jp',
    ['LA', 'KH', 'MM', 'NP'],
    [{ title: { en: 'Reading support for provincial hospitals', ja: '県病院の読影支援' }, country: 'LA', year: 2024, description: { en: '20,000 studies read in the first year.', ja: '初年度に2万件を読影。' } }],
  ),
]
