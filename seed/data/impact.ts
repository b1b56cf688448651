/**
 * Impact projects: fictional cooperation projects and partner organisations in real countries,
 * with plausible but invented figures (not official statistics). Each has a baseline year,
 * three measured years and a target. English and Japanese throughout; French for Senegal.
 */
import type { CountryCode } from '@/geo/countries'
import type { MetricDirection, MetricUnit, SdgIndicatorCode } from '@/impact/indicators'

export interface ImpactText {
  en: string
  ja: string
  fr?: string
  pt?: string
}

export interface ImpactMetricSeed {
  code: string
  name: ImpactText
  unit: MetricUnit
  direction: MetricDirection
  sdgIndicator?: SdgIndicatorCode
  /** Only IRIS+ catalogue metrics carry a code: PI4060 is "Client Individuals: Total". */
  irisCode?: string
  definition: ImpactText
  baseline: { year: number; value: number }
  target: { year: number; value: number }
  measurements: { year: number; value: number }[]
}

export interface ImpactProjectSeed {
  slug: string
  country: CountryCode
  title: ImpactText
  summary: ImpactText
  body: { en: string[]; ja: string[]; fr?: string[]; pt?: string[] }
  period: { start: string; end?: string }
  partners: { name: string; role: ImpactText }[]
  sdgIndicators: SdgIndicatorCode[]
  dimensions: Record<'what' | 'who' | 'howMuch' | 'contribution' | 'risk', ImpactText>
  metrics: ImpactMetricSeed[]
}

const years = (values: [number, number, number]) => values.map((value, i) => ({ year: 2023 + i, value }))

export const impactProjects: ImpactProjectSeed[] = [
  {
    slug: 'kisumu-uhc-benefit-package-pilot',
    country: 'KE',
    title: {
      en: 'Kisumu essential benefit package pilot',
      ja: 'キスム必須給付パッケージ試行事業',
    },
    summary: {
      en: 'A county-level pilot that defines an essential benefit package, pays primary care facilities by capitation and enrols informal-sector households, to widen service coverage and cut out-of-pocket spending.',
      ja: '必須給付パッケージを定め、一次医療施設に人頭払いで支払い、インフォーマルセクターの世帯を加入させる郡レベルの試行事業。サービスのカバレッジを広げ、自己負担を減らすことを目指します。',
    },
    body: {
      en: [
        'The pilot works with twelve primary care facilities and two sub-county hospitals around Kisumu. A costed package of 64 services is paid by capitation; facilities report claims and stock-outs monthly.',
        'Japanese advisers with experience of the national health insurance system support the actuarial work, the claims software and the quarterly review of what the package covers.',
      ],
      ja: [
        'キスム周辺の一次医療施設12か所と準郡病院2か所と協力しています。費用を積算した64のサービスを人頭払いで支払い、施設は請求と欠品を毎月報告します。',
        '日本の国民健康保険制度に詳しいアドバイザーが、保険数理、請求ソフトウェア、給付内容の四半期レビューを支援しています。',
      ],
    },
    period: { start: '2022-04-01T00:00:00.000Z', end: '2027-03-31T00:00:00.000Z' },
    partners: [
      { name: 'Lake Basin Primary Care Network', role: { en: 'Implementing partner', ja: '実施パートナー' } },
      { name: 'Nyanza Health Financing Institute', role: { en: 'Costing and actuarial analysis', ja: '費用積算・保険数理分析' } },
      { name: 'Hoshizora Institute for Health Systems', role: { en: 'Technical advice from Japan', ja: '日本側技術助言' } },
    ],
    sdgIndicators: ['3.8.1', '3.8.2'],
    dimensions: {
      what: {
        en: 'Essential services people need — antenatal care, immunisation, hypertension and diabetes follow-up — become available without catastrophic payments.',
        ja: '妊婦健診、予防接種、高血圧・糖尿病のフォローアップなど必要な基本サービスを、破滅的な支出なしに受けられるようになります。',
      },
      who: {
        en: 'About 400,000 people in informal-sector households in peri-urban and rural Kisumu, most of whom had no health cover.',
        ja: 'キスム近郊・農村部のインフォーマルセクター世帯の約40万人。大半はこれまで医療保障がありませんでした。',
      },
      howMuch: {
        en: 'Enrolment reached 318,000 people in 2025; the county service coverage index rose by 10 points since 2022.',
        ja: '2025年の加入者は31.8万人。郡のサービスカバレッジ指数は2022年から10ポイント上昇しました。',
      },
      contribution: {
        en: 'Comparison sub-counties without the package improved by about 3 points over the same period, so most of the gain is attributed to the pilot.',
        ja: 'パッケージを導入していない比較対象の準郡では同期間の改善が約3ポイントにとどまり、改善の大部分は試行事業によるものと考えられます。',
      },
      risk: {
        en: 'Capitation payments depend on county budget transfers arriving on time; delays in 2024 led to two months of drug stock-outs.',
        ja: '人頭払いは郡予算の適時の配分に依存しており、2024年には遅延により2か月間の医薬品欠品が生じました。',
      },
    },
    metrics: [
      {
        code: 'uhc-sci',
        name: { en: 'UHC service coverage index (county estimate)', ja: 'UHCサービスカバレッジ指数（郡推計）' },
        unit: 'index',
        direction: 'higher-is-better',
        sdgIndicator: '3.8.1',
        definition: {
          en: 'WHO tracer-indicator method applied to county facility data and a household survey.',
          ja: '郡の施設データと世帯調査にWHOのトレーサー指標法を適用して算出。',
        },
        baseline: { year: 2022, value: 48 },
        target: { year: 2027, value: 65 },
        measurements: years([51, 55, 58]),
      },
      {
        code: 'catastrophic-10',
        name: { en: 'Households spending over 10% of income on health', ja: '所得の10%超を保健医療に支出する世帯' },
        unit: 'percent',
        direction: 'lower-is-better',
        sdgIndicator: '3.8.2',
        definition: {
          en: 'Share of surveyed households whose out-of-pocket health spending exceeded 10% of total household consumption.',
          ja: '自己負担の保健医療支出が世帯総消費の10%を超えた調査世帯の割合。',
        },
        baseline: { year: 2022, value: 12.4 },
        target: { year: 2027, value: 7 },
        measurements: years([11.6, 10.2, 9.1]),
      },
      {
        code: 'people-enrolled',
        name: { en: 'People enrolled in the benefit package', ja: '給付パッケージ加入者数' },
        unit: 'people',
        direction: 'higher-is-better',
        irisCode: 'PI4060',
        definition: {
          en: 'Individuals covered by the package at the end of the year (IRIS+ PI4060, Client Individuals: Total).',
          ja: '年末時点でパッケージの対象となっている人数（IRIS+ PI4060、Client Individuals: Total）。',
        },
        baseline: { year: 2022, value: 0 },
        target: { year: 2027, value: 400000 },
        measurements: years([182000, 264000, 318000]),
      },
    ],
  },
  {
    slug: 'senegal-community-health-insurance-scale-up',
    country: 'SN',
    title: {
      en: 'Community health insurance scale-up in Kaolack and Fatick',
      ja: 'カオラック・ファティック地域の地域医療保険拡大事業',
      fr: 'Extension de l’assurance maladie communautaire à Kaolack et Fatick',
    },
    summary: {
      en: 'Supporting community health mutuals to merge into department-level schemes, subsidise the poorest members and pay health posts on time.',
      ja: '地域の共済組合を県レベルの制度に統合し、最貧困層の保険料を補助し、保健ポストへの支払いを期日どおりに行えるよう支援します。',
      fr: 'Appui aux mutuelles de santé communautaires pour se regrouper en unions départementales, subventionner les membres les plus pauvres et payer les postes de santé à temps.',
    },
    body: {
      en: [
        'Twenty-two community mutuals in the Kaolack and Fatick regions are merging into four departmental unions with a shared membership register and claims system.',
        'The project finances premium subsidies for households in the national family security registry during the first three years and trains mutual managers in claims control.',
      ],
      ja: [
        'カオラック・ファティック両地域の22の地域共済組合が、加入者台帳と請求システムを共有する4つの県連合に統合されつつあります。',
        '事業は最初の3年間、国の家族安全登録に載る世帯の保険料補助を負担し、共済の管理者に請求審査の研修を行います。',
      ],
      fr: [
        'Vingt-deux mutuelles communautaires des régions de Kaolack et Fatick se regroupent en quatre unions départementales dotées d’un registre des membres et d’un système de remboursement communs.',
        'Le projet finance les subventions de cotisation des ménages inscrits au registre national de sécurité familiale pendant les trois premières années et forme les gestionnaires au contrôle des demandes de remboursement.',
      ],
    },
    period: { start: '2022-01-01T00:00:00.000Z', end: '2026-12-31T00:00:00.000Z' },
    partners: [
      { name: 'Union des Mutuelles du Saloum', role: { en: 'Implementing partner', ja: '実施パートナー', fr: 'Partenaire de mise en œuvre' } },
      { name: 'Centre Sahélien d’Études en Protection Sociale', role: { en: 'Evaluation', ja: '評価', fr: 'Évaluation' } },
      { name: 'Setouchi Health Cooperation Foundation', role: { en: 'Financing and advice from Japan', ja: '日本側資金・助言', fr: 'Financement et conseil depuis le Japon' } },
    ],
    sdgIndicators: ['3.8.1', '3.8.2'],
    dimensions: {
      what: {
        en: 'Families can use health posts and district hospitals without selling assets or borrowing to pay for care.',
        ja: '家族が財産を売ったり借金をしたりせずに、保健ポストや郡病院を利用できるようになります。',
        fr: 'Les familles peuvent recourir aux postes de santé et aux hôpitaux de district sans vendre leurs biens ni s’endetter.',
      },
      who: {
        en: 'Rural households in groundnut-farming areas, including 60,000 people whose premiums are fully subsidised.',
        ja: '落花生栽培地域の農村世帯。うち6万人は保険料が全額補助されています。',
        fr: 'Des ménages ruraux des zones arachidières, dont 60 000 personnes dont la cotisation est entièrement subventionnée.',
      },
      howMuch: {
        en: 'Membership grew from 140,000 to 246,000 people; the share of the population enrolled rose from 21% to 38%.',
        ja: '加入者は14万人から24.6万人に増え、人口に占める加入率は21%から38%に上がりました。',
        fr: 'Les adhérents sont passés de 140 000 à 246 000 personnes ; la part de la population couverte est passée de 21 % à 38 %.',
      },
      contribution: {
        en: 'The national subsidy scheme already existed; the project’s contribution is the merged register and prompt payment, which the evaluation links to higher renewal rates.',
        ja: '国の補助制度は既に存在しており、事業の寄与は統合台帳と迅速な支払いです。評価では、これらが更新率の向上につながったとされています。',
        fr: 'Le dispositif national de subvention existait déjà ; l’apport du projet est le registre unifié et le paiement rapide, que l’évaluation associe à de meilleurs taux de renouvellement.',
      },
      risk: {
        en: 'If subsidies are not taken over by the national budget after 2026, enrolment of the poorest households may fall back.',
        ja: '2026年以降に補助が国家予算に引き継がれなければ、最貧困世帯の加入が減少するおそれがあります。',
        fr: 'Si les subventions ne sont pas reprises par le budget national après 2026, l’adhésion des ménages les plus pauvres pourrait reculer.',
      },
    },
    metrics: [
      {
        code: 'uhc-sci',
        name: { en: 'UHC service coverage index (regional estimate)', ja: 'UHCサービスカバレッジ指数（地域推計）', fr: 'Indice de couverture des services de la CSU (estimation régionale)' },
        unit: 'index',
        direction: 'higher-is-better',
        sdgIndicator: '3.8.1',
        definition: {
          en: 'WHO tracer-indicator method applied to the regions’ routine data.',
          ja: '両地域の定例データにWHOのトレーサー指標法を適用して算出。',
          fr: 'Méthode des indicateurs traceurs de l’OMS appliquée aux données de routine des régions.',
        },
        baseline: { year: 2022, value: 44 },
        target: { year: 2027, value: 58 },
        measurements: years([46, 49, 51]),
      },
      {
        code: 'catastrophic-10',
        name: { en: 'Households spending over 10% of income on health', ja: '所得の10%超を保健医療に支出する世帯', fr: 'Ménages consacrant plus de 10 % de leur revenu à la santé' },
        unit: 'percent',
        direction: 'lower-is-better',
        sdgIndicator: '3.8.2',
        definition: {
          en: 'Share of surveyed households whose out-of-pocket health spending exceeded 10% of household consumption.',
          ja: '自己負担の保健医療支出が世帯消費の10%を超えた調査世帯の割合。',
          fr: 'Part des ménages enquêtés dont les dépenses de santé directes dépassent 10 % de la consommation du ménage.',
        },
        baseline: { year: 2022, value: 9.8 },
        target: { year: 2027, value: 6 },
        measurements: years([9.1, 8.3, 7.6]),
      },
      {
        code: 'members',
        name: { en: 'Members of community health mutuals', ja: '地域共済組合の加入者数', fr: 'Membres des mutuelles de santé' },
        unit: 'people',
        direction: 'higher-is-better',
        irisCode: 'PI4060',
        definition: {
          en: 'Individuals with paid-up membership at the end of the year (IRIS+ PI4060, Client Individuals: Total).',
          ja: '年末時点で保険料を納めている加入者数（IRIS+ PI4060、Client Individuals: Total）。',
          fr: 'Personnes à jour de cotisation en fin d’année (IRIS+ PI4060, Client Individuals: Total).',
        },
        baseline: { year: 2022, value: 140000 },
        target: { year: 2027, value: 320000 },
        measurements: years([175000, 214000, 246000]),
      },
    ],
  },
  {
    slug: 'cambodia-maternal-care-quality',
    country: 'KH',
    title: {
      en: 'Maternal care quality programme in Kampong Cham',
      ja: 'コンポンチャム州 母子保健ケアの質改善プログラム',
    },
    summary: {
      en: 'Midwife mentoring, emergency obstetric care drills and a referral hotline between health centres and the provincial hospital.',
      ja: '助産師へのメンタリング、産科救急の訓練、保健センターと州病院を結ぶ搬送ホットラインを組み合わせたプログラムです。',
    },
    body: {
      en: [
        'Senior midwives from Japanese perinatal centres and the provincial hospital mentor 140 midwives in 38 health centres, using monthly case reviews and simulation drills for haemorrhage and eclampsia.',
        'A referral hotline staffed around the clock connects health centres with the obstetric team, and ambulance transfers are tracked from call to arrival.',
      ],
      ja: [
        '日本の周産期センターと州病院のベテラン助産師が、38の保健センターの助産師140人を、毎月の症例検討と出血・子癇のシミュレーション訓練で指導しています。',
        '24時間体制の搬送ホットラインが保健センターと産科チームを結び、救急搬送は通報から到着まで記録されます。',
      ],
    },
    period: { start: '2021-10-01T00:00:00.000Z', end: '2026-09-30T00:00:00.000Z' },
    partners: [
      { name: 'Mekong Midwives Collaborative', role: { en: 'Mentoring programme', ja: 'メンタリング事業' } },
      { name: 'Kampong Cham Maternal Health Forum', role: { en: 'Community outreach', ja: '地域への働きかけ' } },
      { name: 'Asahigaoka Perinatal Care Association', role: { en: 'Clinical mentors from Japan', ja: '日本側臨床指導者' } },
    ],
    sdgIndicators: ['3.1.1', '3.1.2', '3.2.1'],
    dimensions: {
      what: {
        en: 'Fewer women die in childbirth and more births are attended by a skilled midwife who can manage complications.',
        ja: '出産で亡くなる女性が減り、合併症に対応できる熟練した助産師の立ち会う出産が増えます。',
      },
      who: {
        en: 'About 21,000 women giving birth each year in the province, especially in districts more than an hour from the hospital.',
        ja: '州内で毎年出産する約2.1万人の女性、特に病院から1時間以上離れた郡の女性。',
      },
      howMuch: {
        en: 'The provincial maternal mortality ratio fell from 168 to 132 per 100,000 live births between 2022 and 2025.',
        ja: '州の妊産婦死亡率は2022年から2025年にかけて出生10万対168から132に下がりました。',
      },
      contribution: {
        en: 'National trends were also improving; the programme’s contribution is estimated from the faster decline in mentored districts than in the rest of the province.',
        ja: '全国的にも改善傾向にあり、プログラムの寄与は、指導を受けた郡が州内の他地域より速く改善した差から推計しています。',
      },
      risk: {
        en: 'Small numbers make the yearly ratio volatile; midwife turnover could erode the gains once mentoring ends.',
        ja: '件数が少ないため年ごとの率は変動しやすく、指導終了後に助産師が離職すると成果が損なわれるおそれがあります。',
      },
    },
    metrics: [
      {
        code: 'mmr',
        name: { en: 'Maternal mortality ratio (province)', ja: '妊産婦死亡率（州）' },
        unit: 'per-100k-live-births',
        direction: 'lower-is-better',
        sdgIndicator: '3.1.1',
        definition: {
          en: 'Maternal deaths per 100,000 live births, from facility records and verbal autopsy reviews.',
          ja: '施設記録と口頭剖検レビューによる出生10万対の妊産婦死亡数。',
        },
        baseline: { year: 2022, value: 168 },
        target: { year: 2027, value: 110 },
        measurements: years([154, 141, 132]),
      },
      {
        code: 'sba',
        name: { en: 'Births attended by skilled health personnel', ja: '熟練した保健医療従事者が立ち会った出産' },
        unit: 'percent',
        direction: 'higher-is-better',
        sdgIndicator: '3.1.2',
        definition: {
          en: 'Share of live births attended by a midwife, nurse or doctor, from the provincial health information system.',
          ja: '州保健情報システムによる、助産師・看護師・医師が立ち会った出生の割合。',
        },
        baseline: { year: 2022, value: 86.5 },
        target: { year: 2027, value: 96 },
        measurements: years([89, 91.2, 92.8]),
      },
      {
        code: 'u5mr',
        name: { en: 'Under-5 mortality rate (province)', ja: '5歳未満児死亡率（州）' },
        unit: 'per-1k-live-births',
        direction: 'lower-is-better',
        sdgIndicator: '3.2.1',
        definition: {
          en: 'Deaths of children under five per 1,000 live births, from the provincial vital registration.',
          ja: '州の人口動態登録による、出生千対の5歳未満児の死亡数。',
        },
        baseline: { year: 2022, value: 27.1 },
        target: { year: 2027, value: 21 },
        measurements: years([25.9, 24.6, 23.8]),
      },
    ],
  },
  {
    slug: 'vietnam-digital-health-information',
    country: 'VN',
    title: {
      en: 'Digital health information programme in Thai Nguyen',
      ja: 'タイグエン省 デジタル保健情報プログラム',
    },
    summary: {
      en: 'Commune health stations move from paper ledgers to an interoperable electronic reporting system, so the province can see coverage gaps month by month.',
      ja: 'コミューン保健所を紙の台帳から相互運用可能な電子報告システムに移行し、省がカバレッジの空白を月ごとに把握できるようにします。',
    },
    body: {
      en: [
        'The programme equips commune health stations with tablets and a reporting application built on open standards, and links it to the provincial data warehouse.',
        'Japanese hospital information system engineers and the provincial health department co-design the data dictionary and dashboards used in monthly planning meetings.',
      ],
      ja: [
        'コミューン保健所にタブレットとオープン標準に基づく報告アプリを導入し、省のデータウェアハウスと接続します。',
        '日本の病院情報システム技術者と省保健局が、毎月の計画会議で使うデータ辞書とダッシュボードを共同で設計しています。',
      ],
    },
    period: { start: '2022-07-01T00:00:00.000Z' },
    partners: [
      { name: 'Thai Nguyen Health Data Collaborative', role: { en: 'Implementing partner', ja: '実施パートナー' } },
      { name: 'Red River Institute of Medical Informatics', role: { en: 'Training and data quality audits', ja: '研修・データ品質監査' } },
      { name: 'Minato Medical Informatics Consortium', role: { en: 'Software engineering from Japan', ja: '日本側ソフトウェア開発' } },
    ],
    sdgIndicators: ['3.8.1'],
    dimensions: {
      what: {
        en: 'Timely, reliable data lets managers find villages where immunisation or antenatal visits are falling behind and act within weeks, not a year later.',
        ja: '適時で信頼できるデータにより、予防接種や妊婦健診が遅れている村を見つけ、1年後ではなく数週間のうちに対応できます。',
      },
      who: {
        en: 'Health managers and 188 commune health stations serving about 1.3 million people.',
        ja: '保健管理者と、約130万人にサービスを提供する188のコミューン保健所。',
      },
      howMuch: {
        en: 'Electronic reporting grew from 38 to 188 facilities; on-time monthly reports rose from 54% to 87%.',
        ja: '電子報告を行う施設は38から188に増え、月次報告の期限内提出率は54%から87%に上がりました。',
      },
      contribution: {
        en: 'The national digital transformation plan sets the direction; the programme supplies the commune-level tools and training that were missing in this province.',
        ja: '国のデジタル変革計画が方向性を示し、事業はこの省に欠けていたコミューンレベルの機器と研修を提供しています。',
      },
      risk: {
        en: 'Connectivity in mountain communes and maintenance of tablets after the programme are the main risks to sustained reporting.',
        ja: '山間部コミューンの通信環境と、事業終了後のタブレットの保守が、報告を継続するうえでの主なリスクです。',
      },
    },
    metrics: [
      {
        code: 'facilities-reporting',
        name: { en: 'Facilities reporting electronically', ja: '電子報告を行う施設数' },
        unit: 'facilities',
        direction: 'higher-is-better',
        definition: {
          en: 'Commune health stations and district facilities submitting monthly reports through the electronic system.',
          ja: '電子システムで月次報告を提出するコミューン保健所と郡施設の数。',
        },
        baseline: { year: 2022, value: 38 },
        target: { year: 2027, value: 220 },
        measurements: years([96, 151, 188]),
      },
      {
        code: 'timely-reports',
        name: { en: 'Monthly reports submitted on time', ja: '期限内に提出された月次報告' },
        unit: 'percent',
        direction: 'higher-is-better',
        definition: {
          en: 'Share of expected monthly facility reports received by the 5th of the following month.',
          ja: '翌月5日までに受理された施設月次報告の割合。',
        },
        baseline: { year: 2022, value: 54 },
        target: { year: 2027, value: 95 },
        measurements: years([68, 79, 87]),
      },
      {
        code: 'uhc-sci',
        name: { en: 'UHC service coverage index (province estimate)', ja: 'UHCサービスカバレッジ指数（省推計）' },
        unit: 'index',
        direction: 'higher-is-better',
        sdgIndicator: '3.8.1',
        definition: {
          en: 'WHO tracer-indicator method applied to provincial routine data.',
          ja: '省の定例データにWHOのトレーサー指標法を適用して算出。',
        },
        baseline: { year: 2022, value: 70 },
        target: { year: 2027, value: 78 },
        measurements: years([71, 73, 74]),
      },
    ],
  },
  {
    slug: 'bangladesh-health-worker-training',
    country: 'BD',
    title: {
      en: 'Health-worker training programme in Rangpur Division',
      ja: 'ラングプール管区 保健医療従事者育成プログラム',
    },
    summary: {
      en: 'Competency-based training for community health workers, nurses and midwives, with placements that keep newly trained staff in under-served upazilas.',
      ja: 'コミュニティヘルスワーカー、看護師、助産師のための能力基盤型研修と、新たに育成した人材が医療の行き届かない郡にとどまるための配置を組み合わせたプログラムです。',
    },
    body: {
      en: [
        'Training centres in two district hospitals run six-month competency-based courses with clinical rotations; graduates are placed in upazila health complexes with a retention allowance for the first two years.',
        'Japanese nursing faculty co-teach the courses and train local trainers, so the centres can run without outside teachers from 2027.',
      ],
      ja: [
        '2つの県病院の研修センターで、臨床実習を含む6か月の能力基盤型コースを実施しています。修了者は郡保健複合施設に配置され、最初の2年間は定着手当が支給されます。',
        '日本の看護教員が共同で授業を行い現地の指導者を育成して、2027年からは外部の教員なしで運営できるようにします。',
      ],
    },
    period: { start: '2022-01-01T00:00:00.000Z', end: '2027-12-31T00:00:00.000Z' },
    partners: [
      { name: 'Teesta Nursing and Midwifery Academy', role: { en: 'Training centre operator', ja: '研修センター運営' } },
      { name: 'North Bengal Community Health Trust', role: { en: 'Placement and retention', ja: '配置・定着支援' } },
      { name: 'Aozora College of Nursing Sciences', role: { en: 'Faculty from Japan', ja: '日本側教員' } },
    ],
    sdgIndicators: ['3.c.1', '3.2.1'],
    dimensions: {
      what: {
        en: 'More skilled health workers where they are scarcest, so that children and mothers are seen by someone trained to treat them.',
        ja: '人材が最も不足している地域で熟練した保健医療従事者を増やし、子どもと母親が適切な訓練を受けた人の診療を受けられるようにします。',
      },
      who: {
        en: 'Newly trained workers and the 16 million people of Rangpur Division, one of the country’s poorest regions.',
        ja: '新たに育成された従事者と、国内で最も貧しい地域の一つであるラングプール管区の1,600万人。',
      },
      howMuch: {
        en: '1,510 health workers trained by 2025; density rose from 8.9 to 11.1 per 10,000 population.',
        ja: '2025年までに1,510人を育成し、人口1万対の密度は8.9から11.1に上がりました。',
      },
      contribution: {
        en: 'Most trainees would not have been trained or placed in the division without the programme; retention is tracked against a comparison cohort.',
        ja: '研修生の多くは、事業がなければ管区内で育成・配置されることはなかったと考えられます。定着率は比較コホートと対比して追跡しています。',
      },
      risk: {
        en: 'Retention after the allowance ends is uncertain; under-5 mortality also depends on factors outside the programme such as flooding.',
        ja: '手当終了後の定着は不確実で、5歳未満児死亡率は洪水など事業外の要因にも左右されます。',
      },
    },
    metrics: [
      {
        code: 'hw-density',
        name: { en: 'Health worker density (division)', ja: '保健医療従事者の密度（管区）' },
        unit: 'per-10k-population',
        direction: 'higher-is-better',
        sdgIndicator: '3.c.1',
        definition: {
          en: 'Doctors, nurses and midwives in post per 10,000 population, from the divisional human resources register.',
          ja: '管区の人事台帳による、人口1万対の在職中の医師・看護師・助産師数。',
        },
        baseline: { year: 2022, value: 8.9 },
        target: { year: 2027, value: 13 },
        measurements: years([9.6, 10.4, 11.1]),
      },
      {
        code: 'workers-trained',
        name: { en: 'Health workers trained (cumulative)', ja: '育成した保健医療従事者（累計）' },
        unit: 'people',
        direction: 'higher-is-better',
        definition: {
          en: 'Graduates of the competency-based courses since the programme began.',
          ja: '事業開始以来の能力基盤型コースの修了者数。',
        },
        baseline: { year: 2022, value: 0 },
        target: { year: 2027, value: 2500 },
        measurements: years([420, 980, 1510]),
      },
      {
        code: 'u5mr',
        name: { en: 'Under-5 mortality rate (division)', ja: '5歳未満児死亡率（管区）' },
        unit: 'per-1k-live-births',
        direction: 'lower-is-better',
        sdgIndicator: '3.2.1',
        definition: {
          en: 'Deaths of children under five per 1,000 live births, from the sample vital registration system.',
          ja: '標本人口動態登録システムによる、出生千対の5歳未満児の死亡数。',
        },
        baseline: { year: 2022, value: 33.5 },
        target: { year: 2027, value: 27 },
        measurements: years([32.1, 30.8, 29.9]),
      },
    ],
  },
]
