import type { TrainingProgram } from '../../payload-types'

/**
 * Eight fictional training programmes: hosted by seeded hospitals (by slug; skipped when the
 * hospital is absent) or by fictional universities. One has a deadline in the past, to show the
 * closed state.
 */

type Localized = { en: string; ja: string } & Partial<Record<'fr' | 'es' | 'pt', string>>

export interface ProgramSeed {
  slug: string
  title: Localized
  summary: Localized
  body: { en: string[]; ja: string[] }
  host: { hospital: string } | { university: Localized; website: string }
  field: TrainingProgram['field']
  format: TrainingProgram['format']
  lengthWeeks: number
  instructionLanguages: TrainingProgram['instructionLanguages']
  eligibility: Localized
  scholarship: Localized | null
  applicationDeadline: string
  startDate: string
  seats: number
}

export const programSeeds: ProgramSeed[] = [
  {
    slug: 'emergency-nursing-and-triage',
    title: { en: 'Emergency Nursing and Triage', ja: '救急看護とトリアージ研修' },
    summary: {
      en: 'Eight weeks in the emergency department of a Yokohama hospital: Japanese triage scales, teamwork in resuscitation and handover routines that work with small teams.',
      ja: '横浜の病院の救急外来で8週間。日本式トリアージ、蘇生時のチームワーク、少人数でも回る申し送りを学びます。',
    },
    body: {
      en: [
        'Participants join the emergency team on day and night shifts, with a bilingual mentor nurse.',
        'Each participant ends the programme with an action plan for their own ward, reviewed with their mentor.',
      ],
      ja: ['参加者は日英両言語を話す指導看護師とともに、日勤・夜勤の救急チームに加わります。', '修了時には自施設向けの行動計画を作成し、指導者と見直します。'],
    },
    host: { hospital: 'sakura-harbor-international-hospital' },
    field: 'emergency-medicine',
    format: 'on-site',
    lengthWeeks: 8,
    instructionLanguages: ['en', 'ja'],
    eligibility: {
      en: 'Registered nurses with at least three years in emergency or critical care, working in a public hospital of a partner country. English at B2 level.',
      ja: 'パートナー国の公立病院に勤務し、救急・集中治療の経験が3年以上の看護師。英語B2レベル。',
    },
    scholarship: {
      en: 'Travel, accommodation and a daily allowance are covered for twelve participants.',
      ja: '12名分の渡航費・宿泊費・日当を支給します。',
    },
    applicationDeadline: '2027-03-31',
    startDate: '2027-06-07',
    seats: 12,
  },
  {
    slug: 'infection-prevention-leadership',
    title: { en: 'Infection Prevention and Control Leadership', ja: '感染管理リーダー研修', fr: 'Leadership en prévention et contrôle des infections' },
    summary: {
      en: 'Build an infection-control team: surveillance, hand hygiene audits and outbreak response, learnt in a Tokyo university hospital and practised online at home.',
      ja: '東京の大学病院で学び、自国でオンライン実習する、サーベイランス・手指衛生監査・アウトブレイク対応の感染管理チームづくり。',
      fr: 'Créer une équipe de contrôle des infections : surveillance, audits d’hygiène des mains et riposte aux épidémies.',
    },
    body: {
      en: ['Four weeks on site in Tokyo are followed by six weeks of online coaching while participants run an audit in their own hospital.'],
      ja: ['東京での4週間の現地研修の後、自施設で監査を実施しながら6週間のオンライン指導を受けます。'],
    },
    host: { hospital: 'shinjuku-aozora-university-hospital' },
    field: 'infection-control',
    format: 'hybrid',
    lengthWeeks: 10,
    instructionLanguages: ['en', 'fr'],
    eligibility: {
      en: 'Physicians, nurses and laboratory staff responsible for infection control in a hospital of 100 beds or more.',
      ja: '100床以上の病院で感染管理を担当する医師・看護師・検査技師。',
      fr: 'Médecins, infirmiers et personnel de laboratoire chargés du contrôle des infections dans un hôpital de 100 lits ou plus.',
    },
    scholarship: null,
    applicationDeadline: '2027-02-28',
    startDate: '2027-05-10',
    seats: 16,
  },
  {
    slug: 'disaster-preparedness-for-hospitals',
    title: { en: 'Disaster Preparedness for Hospitals', ja: '病院の災害対応力強化研修' },
    summary: {
      en: 'What Tohoku hospitals learnt from earthquakes and tsunamis: business continuity plans, mass-casualty drills and coordination with local government.',
      ja: '東北の病院が地震と津波から学んだこと。事業継続計画、多数傷病者訓練、自治体との連携。',
    },
    body: { en: ['Participants take part in a full-scale drill and write a continuity plan for their hospital.'], ja: ['参加者は実規模の訓練に参加し、自施設の事業継続計画を作成します。'] },
    host: { hospital: 'sendai-keyaki-general-hospital' },
    field: 'hospital-management',
    format: 'on-site',
    lengthWeeks: 6,
    instructionLanguages: ['en'],
    eligibility: { en: 'Hospital directors, emergency planners and senior nurses.', ja: '病院長、防災計画担当者、上級看護職。' },
    scholarship: { en: 'Full scholarship for participants nominated by a partner ministry.', ja: 'パートナー国の省庁が推薦する参加者には全額支給。' },
    applicationDeadline: '2027-04-30',
    startDate: '2027-09-06',
    seats: 10,
  },
  {
    slug: 'radiotherapy-physics-and-imaging',
    title: { en: 'Radiotherapy Physics and Imaging', ja: '放射線治療物理と画像診断研修' },
    summary: {
      en: 'Quality assurance for linear accelerators and CT simulation, with hands-on sessions at a particle therapy centre in Tsukuba.',
      ja: 'つくばの粒子線治療センターで、リニアックとCTシミュレーションの品質管理を実習します。',
    },
    body: { en: ['Twelve weeks of supervised practice with medical physicists and radiographers.'], ja: ['医学物理士と診療放射線技師の指導のもと12週間の実習を行います。'] },
    host: { hospital: 'tsukuba-hoshizora-particle-therapy-centre' },
    field: 'diagnostic-imaging',
    format: 'on-site',
    lengthWeeks: 12,
    instructionLanguages: ['en'],
    eligibility: { en: 'Medical physicists and radiographers working in a radiotherapy department.', ja: '放射線治療部門で働く医学物理士・診療放射線技師。' },
    scholarship: null,
    applicationDeadline: '2027-05-31',
    startDate: '2027-10-04',
    seats: 6,
  },
  {
    slug: 'uhc-policy-and-financing',
    title: { en: 'UHC Policy and Health Financing', ja: 'UHC政策と保健財政コース', fr: 'Politiques de CSU et financement de la santé', es: 'Políticas de CSU y financiamiento de la salud' },
    summary: {
      en: 'An online course on how Japan reached universal health coverage in 1961 and what it means for benefit packages, provider payment and financial protection today.',
      ja: '日本が1961年に国民皆保険を実現した過程と、給付パッケージ・診療報酬・経済的保護への示唆を学ぶオンラインコース。',
      fr: 'Un cours en ligne sur la manière dont le Japon a atteint la couverture santé universelle en 1961.',
      es: 'Un curso en línea sobre cómo Japón alcanzó la cobertura universal de salud en 1961.',
    },
    body: { en: ['Weekly live seminars with case studies from Asia, Africa and Latin America.'], ja: ['アジア・アフリカ・中南米の事例を用いた毎週のライブセミナー。'] },
    host: { university: { en: 'Kansai Institute of Global Health', ja: '関西グローバルヘルス研究院' }, website: 'https://kigh.example.ac.jp' },
    field: 'health-policy',
    format: 'online',
    lengthWeeks: 6,
    instructionLanguages: ['en', 'fr', 'es'],
    eligibility: { en: 'Officials of ministries of health and national insurance agencies.', ja: '保健省・公的医療保険機関の職員。' },
    scholarship: { en: 'Tuition waived for all admitted participants.', ja: '合格者は全員授業料免除。' },
    applicationDeadline: '2027-01-31',
    startDate: '2027-03-01',
    seats: 60,
  },
  {
    slug: 'maternal-and-child-health-handbook',
    title: { en: 'Maternal and Child Health in Practice', ja: '母子保健実践研修', pt: 'Saúde materno-infantil na prática' },
    summary: {
      en: 'Antenatal care, safe delivery and the Maternal and Child Health Handbook, with visits to community health centres in Hokuriku.',
      ja: '妊婦健診、安全な分娩、母子健康手帳。北陸の保健センター見学を含みます。',
      pt: 'Pré-natal, parto seguro e a Caderneta de Saúde Materno-Infantil, com visitas a centros de saúde comunitários.',
    },
    body: { en: ['Participants adapt the handbook to their own district with the faculty of midwifery.'], ja: ['参加者は助産学の教員とともに、自地域向けに手帳を改訂します。'] },
    host: { university: { en: 'Hokuriku University of Nursing', ja: '北陸看護大学' }, website: 'https://hun.example.ac.jp' },
    field: 'maternal-child-health',
    format: 'on-site',
    lengthWeeks: 8,
    instructionLanguages: ['en', 'pt'],
    eligibility: { en: 'Midwives, nurses and district health officers.', ja: '助産師、看護師、地区保健担当官。' },
    scholarship: { en: 'Scholarships for up to eight participants from Portuguese-speaking countries.', ja: 'ポルトガル語圏の国から最大8名に奨学金を支給。' },
    applicationDeadline: '2027-03-15',
    startDate: '2027-07-05',
    seats: 15,
  },
  {
    slug: 'hospital-quality-improvement-5s-kaizen',
    title: { en: 'Hospital Quality Improvement with 5S-KAIZEN', ja: '5S-KAIZENによる病院の質改善研修', fr: 'Amélioration de la qualité hospitalière par 5S-KAIZEN' },
    summary: {
      en: 'The 5S-KAIZEN-TQM approach used in hospitals across Africa, taught by a Yokohama medical centre that runs it every day.',
      ja: 'アフリカ各地の病院で使われる5S-KAIZEN-TQMを、日々実践している横浜の医療センターが指導します。',
      fr: 'L’approche 5S-KAIZEN-TQM utilisée dans des hôpitaux d’Afrique, enseignée par un centre médical de Yokohama.',
    },
    body: { en: ['Two weeks in Yokohama and two weeks of online follow-up on an improvement project.'], ja: ['横浜での2週間と、改善プロジェクトの2週間のオンラインフォロー。'] },
    host: { hospital: 'minato-mirai-bayside-medical-centre' },
    field: 'hospital-management',
    format: 'hybrid',
    lengthWeeks: 4,
    instructionLanguages: ['en', 'fr', 'ar'],
    eligibility: { en: 'Hospital managers and quality officers.', ja: '病院管理者と質改善担当者。' },
    scholarship: null,
    applicationDeadline: '2027-06-30',
    startDate: '2027-09-13',
    seats: 20,
  },
  {
    slug: 'medical-equipment-maintenance',
    title: { en: 'Medical Equipment Maintenance', ja: '医療機器保守研修', es: 'Mantenimiento de equipos médicos' },
    summary: {
      en: 'Preventive maintenance and repair of ventilators, monitors and imaging equipment, in the workshops of a clinical engineering university.',
      ja: '臨床工学系大学の実習室で、人工呼吸器・モニター・画像機器の予防保守と修理を学びます。',
      es: 'Mantenimiento preventivo y reparación de ventiladores, monitores y equipos de imagen.',
    },
    body: { en: ['Applications for this year are closed; the next intake opens in spring.'], ja: ['今年度の募集は終了しました。次回は春に募集を開始します。'] },
    host: { university: { en: 'Chubu University of Medical Engineering', ja: '中部医療工学大学' }, website: 'https://cume.example.ac.jp' },
    field: 'medical-equipment',
    format: 'on-site',
    lengthWeeks: 10,
    instructionLanguages: ['en', 'es'],
    eligibility: { en: 'Biomedical technicians and engineers working in public hospitals.', ja: '公立病院で働く医療機器技術者・エンジニア。' },
    scholarship: { en: 'Accommodation provided on campus.', ja: '学内宿舎を提供します。' },
    applicationDeadline: '2026-10-31',
    startDate: '2027-01-11',
    seats: 12,
  },
]
