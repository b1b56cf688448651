import type { ExtraLocale, BilingualItem } from './text'
import type { SpecialtySlug } from './specialties'

/**
 * How a package is delivered; decides the extras that can cost more, the cancellation
 * terms and the documents a hospital needs before it can say yes.
 */
export type PackageCategory = 'screening' | 'outpatient' | 'procedure' | 'surgery' | 'course'

/** A kind of care package that several hospitals offer, each at its own price. */
export interface PackageTemplate {
  key: string
  specialty: SpecialtySlug
  category: PackageCategory
  title: { ja: string; en: string } & Record<ExtraLocale, string>
  summary: BilingualItem
  stayNights: number
  stayNote: BilingualItem
  /** Realistic price range in yen; each hospital's price is drawn from it. */
  price: [number, number]
  included: BilingualItem[]
  eligibility: BilingualItem
  /** Documents beyond those every package of the category asks for. */
  documents?: BilingualItem[]
}

const t = (ja: string, en: string): BilingualItem => ({ ja, en })

const mriSafety = t(
  '体内に金属（ペースメーカー等）のある方はMRIの可否を事前に確認します。',
  'If you have a pacemaker or other metal implant we check in advance whether MRI is safe.',
)
const openToEveryone = t('どなたでも受けられます。', 'Open to everyone.')
const ivfEligibility = t('43歳未満の女性と、そのパートナー。', 'Women under 43 and their partners.')
const partnershipProof = t(
  '婚姻またはパートナー関係を証明する書類と、お二人の同意書',
  'Proof of marriage or partnership, and both partners’ consent',
)
const pathologySlides = t('病理標本（ブロックまたはスライド）', 'Pathology blocks or slides')

export const packageTemplates: PackageTemplate[] = [
  // Health screening (ningen dock)
  {
    key: 'ningen-dock-standard',
    specialty: 'health-screening',
    category: 'screening',
    title: {
      ja: '人間ドック スタンダードコース', en: 'Standard Health Check-up (Ningen Dock)', 'zh-CN': '精密体检 标准套餐',
      ko: '종합건강검진 스탠다드 코스', vi: 'Gói khám sức khỏe tổng quát tiêu chuẩn', ar: 'الفحص الصحي الشامل – الباقة القياسية',
    },
    summary: t(
      '血液・尿検査、胸部X線、腹部超音波、胃カメラなど約100項目を半日で受ける日本式の総合健診です。当日に医師が結果を説明します。',
      'About 100 tests in half a day, including blood and urine tests, chest X-ray, abdominal ultrasound and gastroscopy, with a doctor explaining the results the same day.',
    ),
    stayNights: 0,
    stayNote: t('日帰り（約4時間）', 'Day visit (about 4 hours)'),
    price: [80_000, 120_000],
    included: [
      t('血液・尿検査', 'Blood and urine tests'),
      t('胸部X線・心電図', 'Chest X-ray and ECG'),
      t('腹部超音波', 'Abdominal ultrasound'),
      t('胃内視鏡（胃カメラ）', 'Gastroscopy'),
      t('医師による結果説明と英文報告書', 'Results explained by a doctor, with a report in English'),
    ],
    eligibility: t(
      '18歳以上で、日常生活に支障のない方。妊娠中の方は事前にご相談ください。',
      'Adults 18 and over in good general health. If you are pregnant, please ask before booking.',
    ),
  },
  {
    key: 'ningen-dock-premium',
    specialty: 'health-screening',
    category: 'screening',
    title: {
      ja: '人間ドック プレミアムコース', en: 'Premium Health Check-up with MRI & CT', 'zh-CN': '精密体检 高级套餐（含MRI与CT）',
      ko: '종합건강검진 프리미엄 코스(MRI·CT 포함)', vi: 'Gói khám sức khỏe cao cấp (MRI & CT)',
      ar: 'الفحص الصحي الشامل – الباقة المميزة مع الرنين المغناطيسي والأشعة المقطعية',
    },
    summary: t(
      '1泊2日で脳MRI・胸部CT・大腸内視鏡まで受ける最上位コース。個室に宿泊し、専属コーディネーターが同行します。',
      'Our most complete check-up over two days, including brain MRI, chest CT and colonoscopy, with a private room and a coordinator at your side.',
    ),
    stayNights: 1,
    stayNote: t('1泊2日（個室）', 'Two days, one night in a private room'),
    price: [250_000, 550_000],
    included: [
      t('スタンダードコースの全項目', 'Everything in the standard check-up'),
      t('脳MRI・MRA', 'Brain MRI and MRA'),
      t('胸部CT・冠動脈石灰化スコア', 'Chest CT and coronary calcium score'),
      t('大腸内視鏡（鎮静下）', 'Colonoscopy under sedation'),
      t('個室1泊と食事', 'One night in a private room, with meals'),
    ],
    eligibility: t(`20歳以上の方。${mriSafety.ja}`, `Adults 20 and over. ${mriSafety.en}`),
  },
  {
    key: 'pet-ct-cancer-screening',
    specialty: 'health-screening',
    category: 'screening',
    title: {
      ja: 'PET-CTがん検診コース', en: 'PET-CT Cancer Screening', 'zh-CN': 'PET-CT癌症筛查', ko: 'PET-CT 암 검진 코스',
      vi: 'Gói tầm soát ung thư PET-CT', ar: 'فحص الكشف المبكر عن السرطان بتقنية PET-CT',
    },
    summary: t(
      '全身のPET-CTに腫瘍マーカーと腹部超音波を組み合わせ、がんの早期発見を目指すコースです。',
      'Whole-body PET-CT combined with tumour markers and abdominal ultrasound, aimed at finding cancer early.',
    ),
    stayNights: 0,
    stayNote: t('日帰り（約5時間・検査前6時間は絶食）', 'Day visit (about 5 hours; no food for 6 hours before)'),
    price: [120_000, 250_000],
    included: [
      t('全身PET-CT', 'Whole-body PET-CT'),
      t('腫瘍マーカー（血液検査）', 'Tumour markers (blood test)'),
      t('腹部超音波', 'Abdominal ultrasound'),
      t('放射線科専門医の読影と結果説明', 'Reading by a radiologist and explanation of the results'),
    ],
    eligibility: t(
      '糖尿病で血糖値が高い方は検査の精度が下がるため、事前にご相談ください。',
      'If you have diabetes with high blood sugar, please ask first: it lowers the accuracy of PET.',
    ),
  },
  {
    key: 'comprehensive-cancer-screening',
    specialty: 'health-screening',
    category: 'screening',
    title: {
      ja: 'がん検診コース（総合）', en: 'Comprehensive Cancer Screening', 'zh-CN': '综合癌症筛查', ko: '종합 암 검진 코스',
      vi: 'Gói tầm soát ung thư toàn diện', ar: 'الفحص الشامل للكشف المبكر عن السرطان',
    },
    summary: t(
      '胃・大腸・肺・乳房・子宮・前立腺など主要ながんを一日で調べる検診コースです。性別に合わせて項目を組み合わせます。',
      'Screening for the main cancers (stomach, bowel, lung, breast, cervix, prostate) in one day, with tests chosen for your sex.',
    ),
    stayNights: 0,
    stayNote: t('日帰り（約6時間）', 'Day visit (about 6 hours)'),
    price: [150_000, 280_000],
    included: [
      t('胃・大腸内視鏡（鎮静下）', 'Gastroscopy and colonoscopy under sedation'),
      t('胸部低線量CT', 'Low-dose chest CT'),
      t('マンモグラフィ・乳腺超音波、または前立腺PSA', 'Mammography and breast ultrasound, or prostate PSA'),
      t('子宮頸部細胞診（女性）', 'Cervical smear (women)'),
      t('医師による結果説明', 'Results explained by a doctor'),
    ],
    eligibility: t('30歳以上の方。', 'Adults 30 and over.'),
  },
  // Oncology
  {
    key: 'cancer-second-opinion',
    specialty: 'oncology',
    category: 'outpatient',
    title: {
      ja: 'がんセカンドオピニオン（病理再診断付き）', en: 'Cancer Second Opinion with Pathology Review',
      'zh-CN': '癌症第二诊疗意见（含病理复核）', ko: '암 세컨드 오피니언(병리 재진단 포함)',
      vi: 'Ý kiến thứ hai về ung thư (kèm đánh giá lại giải phẫu bệnh)', ar: 'رأي طبي ثانٍ في السرطان مع مراجعة التشريح المرضي',
    },
    summary: t(
      '母国での診断と治療方針について、がん専門医が画像と病理標本を再評価し、選択肢を書面で説明します。',
      'An oncologist re-examines your scans and pathology slides and explains your options in writing, alongside the diagnosis and plan from home.',
    ),
    stayNights: 2,
    stayNote: t('2泊3日（外来受診2回）', 'Three days, two nights (two outpatient visits)'),
    price: [110_000, 220_000],
    included: [
      t('腫瘍内科医との面談（60分×2回）', 'Two 60-minute consultations with an oncologist'),
      t('画像データの再読影', 'Second reading of your scans'),
      t('病理標本の再診断', 'Review of your pathology slides'),
      t('英文の意見書', 'Written opinion in English'),
    ],
    eligibility: t(
      'がんと診断され、画像データ（DICOM）と病理標本またはレポートを提出できる方。',
      'Patients diagnosed with cancer who can send scans (DICOM) and pathology slides or reports.',
    ),
    documents: [pathologySlides],
  },
  {
    key: 'cancer-staging-work-up',
    specialty: 'oncology',
    category: 'procedure',
    title: {
      ja: 'がん精密診断パッケージ（PET-CT・MRI）', en: 'Cancer Staging Work-up with PET-CT & MRI',
      'zh-CN': '癌症精密分期检查（PET-CT与MRI）', ko: '암 정밀 병기 진단(PET-CT·MRI)',
      vi: 'Gói chẩn đoán giai đoạn ung thư (PET-CT & MRI)', ar: 'فحوص تحديد مرحلة السرطان (PET-CT والرنين المغناطيسي)',
    },
    summary: t(
      'PET-CT、造影MRI、必要に応じて生検まで行い、病期を確定して治療方針を提案します。',
      'PET-CT, contrast MRI and a biopsy where needed to establish the stage of the cancer, ending with a proposed treatment plan.',
    ),
    stayNights: 3,
    stayNote: t('3泊4日（入院1泊を含む）', 'Four days, three nights (one of them in hospital)'),
    price: [300_000, 450_000],
    included: [
      t('PET-CT', 'PET-CT'),
      t('造影MRI', 'Contrast-enhanced MRI'),
      t('必要時の生検と病理診断', 'Biopsy and pathology when needed'),
      t('キャンサーボードでの検討と治療方針の説明', 'Tumour board review and explanation of the treatment plan'),
    ],
    eligibility: t(
      'がんが疑われる方、または診断済みで病期が確定していない方。',
      'Patients with suspected cancer, or diagnosed cancer whose stage is not yet known.',
    ),
  },
  {
    key: 'robotic-prostatectomy',
    specialty: 'oncology',
    category: 'surgery',
    title: {
      ja: 'ロボット支援前立腺がん手術（ダヴィンチ）', en: 'Robot-assisted Prostate Cancer Surgery (da Vinci)',
      'zh-CN': '机器人辅助前列腺癌手术（达芬奇）', ko: '로봇 보조 전립선암 수술(다빈치)',
      vi: 'Phẫu thuật ung thư tuyến tiền liệt có robot hỗ trợ (da Vinci)', ar: 'جراحة سرطان البروستاتا بمساعدة الروبوت (دافنشي)',
    },
    summary: t(
      'ダヴィンチによる前立腺全摘除術。術前検査から退院後の外来まで含み、出血が少なく回復の早い手術です。',
      'Radical prostatectomy with the da Vinci system, from pre-operative tests to the follow-up visit, with less blood loss and a quicker recovery.',
    ),
    stayNights: 12,
    stayNote: t('入院10日＋退院後の外来まで2泊', 'Ten days in hospital, then two nights until the follow-up visit'),
    price: [2_200_000, 3_200_000],
    included: [
      t('術前検査', 'Pre-operative tests'),
      t('ロボット支援前立腺全摘除術', 'Robot-assisted radical prostatectomy'),
      t('入院10日間（個室）', 'Ten days in hospital (private room)'),
      t('退院後の外来と病理結果の説明', 'Follow-up visit and explanation of the pathology'),
    ],
    eligibility: t(
      '転移のない限局性前立腺がんで、全身麻酔に耐えられる方。',
      'Localised prostate cancer without metastasis, in patients fit for general anaesthesia.',
    ),
    documents: [pathologySlides],
  },
  // Cardiology
  {
    key: 'heart-dock',
    specialty: 'cardiology',
    category: 'screening',
    title: {
      ja: '心臓ドック', en: 'Cardiology Check-up (Heart Dock)', 'zh-CN': '心脏精密体检', ko: '심장 정밀검진(하트 독)',
      vi: 'Gói khám tim mạch chuyên sâu', ar: 'الفحص الشامل للقلب',
    },
    summary: t(
      '心臓超音波、運動負荷心電図、冠動脈CTで狭心症や心臓弁膜症のリスクを調べます。',
      'Echocardiography, exercise ECG and coronary CT angiography to look for angina and valve disease.',
    ),
    stayNights: 0,
    stayNote: t('日帰り（約4時間）', 'Day visit (about 4 hours)'),
    price: [60_000, 150_000],
    included: [
      t('心臓超音波検査', 'Echocardiogram'),
      t('運動負荷心電図', 'Exercise ECG'),
      t('冠動脈CT', 'Coronary CT angiography'),
      t('血液検査（脂質・BNP）', 'Blood tests (lipids, BNP)'),
      t('循環器専門医による結果説明', 'Results explained by a cardiologist'),
    ],
    eligibility: t(
      '造影剤アレルギーや腎機能の低下がある方は事前にご相談ください。',
      'If you are allergic to contrast or have reduced kidney function, please ask first.',
    ),
  },
  {
    key: 'coronary-angioplasty',
    specialty: 'cardiology',
    category: 'procedure',
    title: {
      ja: '心臓カテーテル検査・冠動脈形成術（PCI）', en: 'Cardiac Catheterisation & Coronary Angioplasty (PCI)',
      'zh-CN': '心导管检查与冠状动脉介入治疗（PCI）', ko: '심장 카테터 검사·관상동맥 중재술(PCI)',
      vi: 'Thông tim và nong mạch vành (PCI)', ar: 'القسطرة القلبية ورأب الشرايين التاجية',
    },
    summary: t(
      '冠動脈造影で狭窄を確認し、必要に応じて薬剤溶出性ステントを留置します。手首からの穿刺で体への負担を抑えます。',
      'Coronary angiography to find narrowing and, where needed, a drug-eluting stent, placed through the wrist to keep the strain low.',
    ),
    stayNights: 5,
    stayNote: t('入院3泊＋経過観察2泊', 'Three nights in hospital and two nights nearby for follow-up'),
    price: [1_500_000, 2_500_000],
    included: [
      t('術前検査', 'Pre-procedure tests'),
      t('冠動脈造影', 'Coronary angiography'),
      t('ステント留置（2本まで）', 'Stent placement (up to two)'),
      t('入院3泊', 'Three nights in hospital'),
      t('帰国前の外来診察', 'Check-up before you fly home'),
    ],
    eligibility: t(
      '狭心症の症状がある方、または検査で冠動脈の狭窄が疑われる方。',
      'Patients with angina or tests suggesting narrowed coronary arteries.',
    ),
  },
  {
    key: 'af-ablation',
    specialty: 'cardiology',
    category: 'procedure',
    title: {
      ja: '心房細動カテーテルアブレーション', en: 'Catheter Ablation for Atrial Fibrillation', 'zh-CN': '心房颤动导管消融术',
      ko: '심방세동 카테터 절제술', vi: 'Đốt điện qua catheter điều trị rung nhĩ', ar: 'الاستئصال بالقسطرة لعلاج الرجفان الأذيني',
    },
    summary: t(
      '3Dマッピングを用いた肺静脈隔離術。全身麻酔下で行い、通常は2日後に退院できます。',
      'Pulmonary vein isolation guided by 3D mapping, under general anaesthesia, usually out of hospital two days later.',
    ),
    stayNights: 4,
    stayNote: t('入院3泊＋経過観察1泊', 'Three nights in hospital and one night nearby'),
    price: [1_800_000, 2_800_000],
    included: [
      t('術前の心臓CTと経食道心エコー', 'Cardiac CT and transoesophageal echo beforehand'),
      t('3Dマッピング下アブレーション', 'Ablation with 3D mapping'),
      t('全身麻酔', 'General anaesthesia'),
      t('入院3泊', 'Three nights in hospital'),
    ],
    eligibility: t(
      '薬で症状が抑えきれない発作性・持続性心房細動の方。',
      'Paroxysmal or persistent atrial fibrillation not controlled by medicine.',
    ),
  },
  // Orthopaedics
  {
    key: 'knee-replacement',
    specialty: 'orthopaedics',
    category: 'surgery',
    title: {
      ja: '人工膝関節置換術', en: 'Total Knee Replacement', 'zh-CN': '全膝关节置换术', ko: '인공 슬관절 치환술',
      vi: 'Phẫu thuật thay khớp gối toàn phần', ar: 'استبدال مفصل الركبة الكامل',
    },
    summary: t(
      '変形性膝関節症に対する人工膝関節全置換術。手術翌日から歩行訓練を始め、杖で歩ける状態での帰国を目指します。',
      'Total knee replacement for osteoarthritis. You start walking the day after surgery and aim to fly home walking with a cane.',
    ),
    stayNights: 21,
    stayNote: t('入院14日＋リハビリ通院7泊', 'Fourteen days in hospital, then seven nights of outpatient rehabilitation'),
    price: [2_000_000, 3_000_000],
    included: [
      t('術前検査・麻酔科診察', 'Pre-operative tests and anaesthetic review'),
      t('人工膝関節置換術（片膝）', 'Knee replacement (one knee)'),
      t('入院14日間', 'Fourteen days in hospital'),
      t('入院中のリハビリ', 'Rehabilitation in hospital'),
      t('帰国前の最終診察', 'Final check before you fly home'),
    ],
    eligibility: t(
      '保存療法で改善しない変形性膝関節症・関節リウマチの方（BMI 35未満）。',
      'Knee osteoarthritis or rheumatoid arthritis not helped by other treatment; BMI under 35.',
    ),
  },
  {
    key: 'hip-replacement',
    specialty: 'orthopaedics',
    category: 'surgery',
    title: {
      ja: '人工股関節置換術', en: 'Total Hip Replacement', 'zh-CN': '全髋关节置换术', ko: '인공 고관절 치환술',
      vi: 'Phẫu thuật thay khớp háng toàn phần', ar: 'استبدال مفصل الورك الكامل',
    },
    summary: t(
      '筋肉を切らない前方アプローチによる人工股関節置換術。早期の歩行と退院を目指します。',
      'Hip replacement by the anterior approach, which spares the muscles, aiming for early walking and discharge.',
    ),
    stayNights: 18,
    stayNote: t('入院12日＋リハビリ通院6泊', 'Twelve days in hospital, then six nights of outpatient rehabilitation'),
    price: [2_200_000, 3_200_000],
    included: [
      t('術前検査', 'Pre-operative tests'),
      t('人工股関節置換術（片側）', 'Hip replacement (one side)'),
      t('入院12日間', 'Twelve days in hospital'),
      t('入院中のリハビリ', 'Rehabilitation in hospital'),
    ],
    eligibility: t(
      '変形性股関節症・大腿骨頭壊死で日常生活に支障のある方。',
      'Hip osteoarthritis or osteonecrosis that limits daily life.',
    ),
  },
  {
    key: 'acl-reconstruction',
    specialty: 'orthopaedics',
    category: 'surgery',
    title: {
      ja: '膝前十字靱帯再建術（関節鏡）', en: 'Arthroscopic ACL Reconstruction', 'zh-CN': '关节镜前交叉韧带重建术',
      ko: '관절경 전방십자인대 재건술', vi: 'Tái tạo dây chằng chéo trước qua nội soi', ar: 'إعادة بناء الرباط الصليبي الأمامي بالمنظار',
    },
    summary: t(
      'スポーツ外傷による前十字靱帯断裂を関節鏡で再建します。帰国後のリハビリ計画を英文で作成します。',
      'Arthroscopic reconstruction of a torn anterior cruciate ligament, with a written rehabilitation plan in English for when you are home.',
    ),
    stayNights: 7,
    stayNote: t('入院5泊＋通院2泊', 'Five nights in hospital and two nights nearby'),
    price: [1_200_000, 1_800_000],
    included: [
      t('術前MRI', 'MRI before surgery'),
      t('関節鏡下再建術', 'Arthroscopic reconstruction'),
      t('入院5泊', 'Five nights in hospital'),
      t('装具', 'Knee brace'),
      t('英文リハビリ計画書', 'Rehabilitation plan in English'),
    ],
    eligibility: t('MRIで前十字靱帯断裂と診断された方。', 'A torn ACL confirmed on MRI.'),
  },
  // Regenerative medicine
  {
    key: 'prp-knee',
    specialty: 'regenerative-medicine',
    category: 'outpatient',
    title: {
      ja: '変形性膝関節症のPRP療法', en: 'PRP Therapy for Knee Osteoarthritis', 'zh-CN': '膝关节炎PRP（富血小板血浆）疗法',
      ko: '무릎 관절염 PRP 치료', vi: 'Liệu pháp PRP cho thoái hóa khớp gối', ar: 'العلاج بالبلازما الغنية بالصفائح لخشونة الركبة',
    },
    summary: t(
      'ご自身の血液から抽出した多血小板血漿（PRP）を膝関節に注射し、痛みと炎症の改善を目指します。',
      'Platelet-rich plasma prepared from your own blood is injected into the knee to ease pain and inflammation.',
    ),
    stayNights: 1,
    stayNote: t('1泊2日（採血と注射は同日）', 'Two days, one night (blood draw and injection on the same day)'),
    price: [150_000, 400_000],
    included: [
      t('診察と画像検査', 'Consultation and imaging'),
      t('採血とPRPの調製', 'Blood draw and PRP preparation'),
      t('膝関節注射（両膝）', 'Injection into both knees'),
      t('翌日の経過確認', 'Check the next day'),
    ],
    eligibility: t(
      '変形性膝関節症と診断された方。感染症や血液疾患のある方は対象外です。',
      'Diagnosed knee osteoarthritis; not suitable with an active infection or a blood disorder.',
    ),
  },
  {
    key: 'adipose-stem-cell-therapy',
    specialty: 'regenerative-medicine',
    category: 'course',
    title: {
      ja: '自己脂肪由来幹細胞治療', en: 'Autologous Adipose-derived Stem Cell Therapy', 'zh-CN': '自体脂肪干细胞治疗',
      ko: '자가 지방유래 줄기세포 치료', vi: 'Liệu pháp tế bào gốc tự thân từ mô mỡ', ar: 'العلاج بالخلايا الجذعية الذاتية المشتقة من الدهون',
    },
    summary: t(
      '腹部から少量の脂肪を採取し、細胞培養加工施設で培養した幹細胞を投与します。再生医療等安全性確保法に基づき届け出た計画で実施します。',
      'A little fat is taken from the abdomen, stem cells are grown in a licensed cell-processing facility and returned to you, under a plan notified under the Act on the Safety of Regenerative Medicine.',
    ),
    stayNights: 5,
    stayNote: t('2回の来日（脂肪採取で2泊、投与で3泊）', 'Two trips: two nights for fat harvesting, three nights for the treatment'),
    price: [1_500_000, 3_000_000],
    included: [
      t('適応の診察と血液検査', 'Eligibility consultation and blood tests'),
      t('脂肪採取（局所麻酔）', 'Fat harvesting under local anaesthesia'),
      t('約4週間の細胞培養', 'About four weeks of cell culture'),
      t('幹細胞の投与', 'Stem-cell administration'),
      t('3か月後のオンライン診察', 'Online follow-up after three months'),
    ],
    eligibility: t(
      '変形性関節症などで、医師が治療計画の対象と判断した方。がん治療中の方は対象外です。',
      'Osteoarthritis and other conditions the doctor finds within the notified treatment plan; not during cancer treatment.',
    ),
  },
  // Dentistry
  {
    key: 'dental-implant',
    specialty: 'dental',
    category: 'procedure',
    title: {
      ja: 'インプラント治療（1本・上部構造込み）', en: 'Dental Implant (single tooth, with crown)', 'zh-CN': '种植牙（单颗，含牙冠）',
      ko: '임플란트(1개, 보철 포함)', vi: 'Cấy ghép implant (1 răng, kèm mão sứ)', ar: 'زراعة الأسنان (سن واحدة مع التاج)',
    },
    summary: t(
      'CTで骨を診断してからインプラントを埋入します。骨の状態によっては当日に仮歯を装着し、2回目の来日で最終的な歯を入れます。',
      'Bone is assessed with CT before the implant is placed; where the bone allows, a temporary tooth is fitted the same day and the final crown on a second trip.',
    ),
    stayNights: 7,
    stayNote: t('1回目5泊、約3か月後に2回目2泊', 'First visit five nights; second visit about three months later, two nights'),
    price: [400_000, 600_000],
    included: [
      t('歯科用CT', 'Dental CT scan'),
      t('インプラント埋入', 'Implant placement'),
      t('仮歯', 'Temporary tooth'),
      t('セラミックの上部構造', 'Ceramic crown'),
      t('10年保証', 'Ten-year guarantee'),
    ],
    eligibility: t(
      '重度の糖尿病や骨粗しょう症の治療中の方は事前にご相談ください。',
      'If you are being treated for severe diabetes or osteoporosis, please ask first.',
    ),
  },
  {
    key: 'ceramic-smile-makeover',
    specialty: 'dental',
    category: 'procedure',
    title: {
      ja: 'セラミック審美歯科（6本）', en: 'Ceramic Smile Makeover (six teeth)', 'zh-CN': '全瓷美齿（6颗）', ko: '세라믹 심미 치료(6개)',
      vi: 'Bọc răng sứ thẩm mỹ (6 răng)', ar: 'تجميل الابتسامة بتيجان السيراميك (ست أسنان)',
    },
    summary: t(
      '前歯6本をオールセラミッククラウンで整えます。院内技工所で製作するため、1回の滞在で完了します。',
      'Six front teeth restored with all-ceramic crowns, made in the in-house laboratory so it is done in one stay.',
    ),
    stayNights: 6,
    stayNote: t('6泊7日（通院4回）', 'Seven days, six nights (four visits)'),
    price: [480_000, 900_000],
    included: [
      t('診断と歯の色合わせ', 'Diagnosis and shade matching'),
      t('仮歯', 'Temporary teeth'),
      t('オールセラミッククラウン6本', 'Six all-ceramic crowns'),
      t('装着後の噛み合わせ調整', 'Bite adjustment after fitting'),
    ],
    eligibility: t('歯周病が進行している場合は、先に歯周治療が必要です。', 'Advanced gum disease must be treated first.'),
  },
  {
    key: 'dental-check-up-cleaning',
    specialty: 'dental',
    category: 'screening',
    title: {
      ja: '歯科検診・PMTCクリーニング', en: 'Dental Check-up & Professional Cleaning', 'zh-CN': '牙科检查与专业洁牙',
      ko: '치과 검진·전문 클리닝', vi: 'Khám răng & làm sạch chuyên nghiệp', ar: 'فحص الأسنان والتنظيف الاحترافي',
    },
    summary: t(
      '歯科医師の検診とレントゲン、歯科衛生士による専門的なクリーニングを1回の来院で受けられます。',
      'A dentist’s check-up and X-rays with professional cleaning by a dental hygienist, in one visit.',
    ),
    stayNights: 0,
    stayNote: t('日帰り（約90分）', 'Day visit (about 90 minutes)'),
    price: [20_000, 40_000],
    included: [
      t('歯科医師の診察', 'Examination by a dentist'),
      t('パノラマレントゲン', 'Panoramic X-ray'),
      t('PMTC（専門的機械的歯面清掃）', 'Professional mechanical tooth cleaning'),
      t('英文の治療計画書', 'Treatment plan in English'),
    ],
    eligibility: openToEveryone,
  },
  // Cosmetic surgery
  {
    key: 'double-eyelid-surgery',
    specialty: 'cosmetic-surgery',
    category: 'procedure',
    title: {
      ja: '二重まぶた形成術（切開法）', en: 'Double Eyelid Surgery (incisional)', 'zh-CN': '双眼皮手术（切开法）',
      ko: '쌍꺼풀 수술(절개법)', vi: 'Phẫu thuật tạo mắt hai mí (phương pháp rạch)', ar: 'جراحة الجفن المزدوج (بالشق)',
    },
    summary: t(
      '形成外科専門医による切開法の二重まぶた手術。抜糸までの滞在と術後の診察を含みます。',
      'Incisional double-eyelid surgery by a board-certified plastic surgeon, including the stay until the stitches come out and the check afterwards.',
    ),
    stayNights: 7,
    stayNote: t('7泊8日（抜糸まで）', 'Eight days, seven nights (until the stitches are removed)'),
    price: [250_000, 450_000],
    included: [
      t('カウンセリングとデザイン', 'Consultation and design'),
      t('手術（局所麻酔・静脈麻酔）', 'Surgery under local anaesthesia with sedation'),
      t('抜糸', 'Removal of stitches'),
      t('術後診察', 'Post-operative check'),
    ],
    eligibility: t('18歳以上の方。', 'Adults 18 and over.'),
  },
  {
    key: 'smas-facelift',
    specialty: 'cosmetic-surgery',
    category: 'surgery',
    title: {
      ja: 'フェイスリフト（SMAS法）', en: 'Facelift (SMAS technique)', 'zh-CN': '面部提升术（SMAS法）', ko: '안면거상술(SMAS)',
      vi: 'Căng da mặt (kỹ thuật SMAS)', ar: 'شد الوجه (تقنية SMAS)',
    },
    summary: t(
      '皮膚の下の筋膜（SMAS）から引き上げる本格的なフェイスリフト。術後の腫れが落ち着くまでの滞在を含みます。',
      'A full facelift lifting the deeper SMAS layer, including a stay until the early swelling settles.',
    ),
    stayNights: 10,
    stayNote: t('入院1泊＋抜糸まで9泊', 'One night in hospital and nine nights nearby until the stitches are removed'),
    price: [1_200_000, 2_000_000],
    included: [
      t('カウンセリングと術前検査', 'Consultation and pre-operative tests'),
      t('全身麻酔下の手術', 'Surgery under general anaesthesia'),
      t('入院1泊', 'One night in hospital'),
      t('抜糸と術後診察2回', 'Stitch removal and two post-operative checks'),
    ],
    eligibility: t(
      '35歳以上で喫煙しない方（術前後4週間の禁煙が必要です）。',
      'Adults 35 and over who do not smoke (no smoking for four weeks before and after).',
    ),
  },
  // Neurology & neurosurgery
  {
    key: 'brain-dock',
    specialty: 'neurology',
    category: 'screening',
    title: {
      ja: '脳ドック（MRI・MRA）', en: 'Brain Check-up (Brain Dock, MRI & MRA)', 'zh-CN': '脑部精密体检（MRI·MRA）',
      ko: '뇌 정밀검진(MRI·MRA)', vi: 'Gói khám não (MRI & MRA)', ar: 'الفحص الشامل للدماغ (الرنين المغناطيسي وتصوير الأوعية)',
    },
    summary: t(
      '頭部MRI・MRAと頸動脈超音波で、隠れ脳梗塞や未破裂脳動脈瘤を調べる日本発祥の検診です。',
      'A Japanese-style screening that looks for silent strokes and unruptured aneurysms with brain MRI, MRA and carotid ultrasound.',
    ),
    stayNights: 0,
    stayNote: t('日帰り（約3時間）', 'Day visit (about 3 hours)'),
    price: [50_000, 100_000],
    included: [
      t('頭部MRI・MRA', 'Brain MRI and MRA'),
      t('頸動脈超音波', 'Carotid ultrasound'),
      t('認知機能検査', 'Cognitive screening'),
      t('脳神経外科医による結果説明', 'Results explained by a neurosurgeon'),
    ],
    eligibility: mriSafety,
  },
  {
    key: 'aneurysm-coil-embolisation',
    specialty: 'neurology',
    category: 'procedure',
    title: {
      ja: '未破裂脳動脈瘤コイル塞栓術', en: 'Coil Embolisation of an Unruptured Brain Aneurysm', 'zh-CN': '未破裂脑动脉瘤弹簧圈栓塞术',
      ko: '비파열 뇌동맥류 코일 색전술', vi: 'Nút coil phình động mạch não chưa vỡ', ar: 'الانصمام باللولب لتمدد الأوعية الدماغية غير الممزق',
    },
    summary: t(
      '開頭せずにカテーテルで動脈瘤にコイルを詰める治療です。脳血管内治療専門医が担当します。',
      'The aneurysm is filled with coils through a catheter, without opening the skull, by an endovascular neurosurgeon.',
    ),
    stayNights: 7,
    stayNote: t('入院5泊＋経過観察2泊', 'Five nights in hospital and two nights nearby'),
    price: [2_000_000, 3_000_000],
    included: [
      t('術前の脳血管造影', 'Cerebral angiography beforehand'),
      t('コイル塞栓術（全身麻酔）', 'Coil embolisation under general anaesthesia'),
      t('入院5泊（ICU1泊を含む）', 'Five nights in hospital (one in intensive care)'),
      t('退院前のMRI', 'MRI before discharge'),
    ],
    eligibility: t('画像検査で未破裂脳動脈瘤と診断された方。', 'An unruptured aneurysm found on imaging.'),
  },
  // Gastroenterology
  {
    key: 'sedated-endoscopy',
    specialty: 'gastroenterology',
    category: 'screening',
    title: {
      ja: '胃・大腸内視鏡検査（鎮静下）', en: 'Gastroscopy & Colonoscopy under Sedation', 'zh-CN': '无痛胃肠镜检查',
      ko: '수면 위·대장 내시경 검사', vi: 'Nội soi dạ dày & đại tràng có gây mê', ar: 'تنظير المعدة والقولون تحت التخدير',
    },
    summary: t(
      '鎮静剤を使い、眠っている間に胃と大腸の内視鏡検査を行います。小さなポリープはその場で切除します。',
      'Gastroscopy and colonoscopy while you sleep under sedation; small polyps are removed during the same test.',
    ),
    stayNights: 1,
    stayNote: t('1泊2日（前日に下剤を服用）', 'Two days, one night (bowel preparation the day before)'),
    price: [80_000, 150_000],
    included: [
      t('胃内視鏡', 'Gastroscopy'),
      t('大腸内視鏡', 'Colonoscopy'),
      t('鎮静', 'Sedation'),
      t('小さなポリープの切除と病理検査', 'Removal of small polyps, with pathology'),
      t('結果説明', 'Explanation of the results'),
    ],
    eligibility: t('抗血栓薬を服用中の方は事前にお知らせください。', 'Tell us in advance if you take blood thinners.'),
  },
  {
    key: 'gastric-esd',
    specialty: 'gastroenterology',
    category: 'procedure',
    title: {
      ja: '早期胃がん内視鏡的粘膜下層剥離術（ESD）', en: 'Endoscopic Submucosal Dissection (ESD) for Early Stomach Cancer',
      'zh-CN': '早期胃癌内镜黏膜下剥离术（ESD）', ko: '조기 위암 내시경 점막하 박리술(ESD)',
      vi: 'Cắt tách dưới niêm mạc qua nội soi (ESD) ung thư dạ dày sớm', ar: 'الاستئصال التنظيري تحت المخاطية لسرطان المعدة المبكر',
    },
    summary: t(
      '日本で開発されたESDにより、早期胃がんをお腹を切らずに内視鏡で一括切除します。',
      'ESD, developed in Japan, removes an early stomach cancer in one piece through an endoscope, with no abdominal incision.',
    ),
    stayNights: 7,
    stayNote: t('入院7日', 'Seven days in hospital'),
    price: [900_000, 1_500_000],
    included: [
      t('術前の精密内視鏡', 'Detailed endoscopy beforehand'),
      t('ESD（鎮静下）', 'ESD under sedation'),
      t('入院7日間', 'Seven days in hospital'),
      t('病理診断と結果説明', 'Pathology and explanation of the results'),
    ],
    eligibility: t(
      '内視鏡で早期胃がん（粘膜内がん）と診断された方。',
      'Early (intramucosal) stomach cancer diagnosed by endoscopy.',
    ),
    documents: [pathologySlides],
  },
  // Fertility & IVF
  {
    key: 'ivf-fresh-cycle',
    specialty: 'fertility',
    category: 'course',
    title: {
      ja: '体外受精（採卵・新鮮胚移植）1周期', en: 'IVF Cycle (egg retrieval & fresh embryo transfer)',
      'zh-CN': '试管婴儿（取卵与新鲜胚胎移植）1个周期', ko: '체외수정(IVF) 1주기(채취·신선배아 이식)',
      vi: 'Thụ tinh ống nghiệm (IVF) 1 chu kỳ (chọc hút trứng & chuyển phôi tươi)',
      ar: 'دورة أطفال الأنابيب (سحب البويضات ونقل الأجنة الطازجة)',
    },
    summary: t(
      '卵巣刺激から採卵、体外受精、新鮮胚移植までの1周期。妊娠判定の結果はオンラインで説明します。',
      'One cycle from ovarian stimulation to egg retrieval, fertilisation and fresh embryo transfer, with the pregnancy test reviewed online.',
    ),
    stayNights: 14,
    stayNote: t('約14泊（卵巣刺激の開始から胚移植まで）', 'About 14 nights, from the start of stimulation to embryo transfer'),
    price: [500_000, 900_000],
    included: [
      t('初診と不妊検査', 'First consultation and fertility tests'),
      t('卵巣刺激の薬と通院モニタリング', 'Stimulation medicine and monitoring visits'),
      t('採卵（静脈麻酔）', 'Egg retrieval under sedation'),
      t('体外受精と胚培養', 'Fertilisation and embryo culture'),
      t('新鮮胚移植', 'Fresh embryo transfer'),
    ],
    eligibility: ivfEligibility,
    documents: [partnershipProof],
  },
  {
    key: 'ivf-icsi-frozen-transfer',
    specialty: 'fertility',
    category: 'course',
    title: {
      ja: '顕微授精・凍結胚移植コース', en: 'IVF with ICSI & Frozen Embryo Transfer',
      'zh-CN': '试管婴儿：单精子显微注射与冷冻胚胎移植', ko: '체외수정: 미세수정(ICSI)·동결배아 이식',
      vi: 'IVF với ICSI & chuyển phôi trữ đông', ar: 'أطفال الأنابيب بالحقن المجهري ونقل الأجنة المجمدة',
    },
    summary: t(
      '顕微授精で受精させた胚を凍結し、子宮内膜を整えた周期に移植します。胚の凍結保存1年分を含みます。',
      'Embryos fertilised by ICSI are frozen and transferred in a later cycle when the womb lining is ready, with one year of embryo storage included.',
    ),
    stayNights: 18,
    stayNote: t('2回の来日（採卵で約12泊、移植で約6泊）', 'Two trips: about 12 nights for retrieval, about 6 nights for transfer'),
    price: [600_000, 900_000],
    included: [
      t('卵巣刺激と採卵', 'Stimulation and egg retrieval'),
      t('顕微授精（ICSI）', 'Intracytoplasmic sperm injection (ICSI)'),
      t('胚凍結と1年間の保存', 'Embryo freezing and one year of storage'),
      t('凍結胚移植1回', 'One frozen embryo transfer'),
    ],
    eligibility: ivfEligibility,
    documents: [partnershipProof],
  },
  {
    key: 'couples-fertility-check-up',
    specialty: 'fertility',
    category: 'outpatient',
    title: {
      ja: 'ブライダルチェック・不妊検査（カップル）', en: 'Fertility Check-up for Couples', 'zh-CN': '夫妻生育力检查',
      ko: '부부 난임 검사', vi: 'Khám hiếm muộn cho các cặp đôi', ar: 'فحص الخصوبة للأزواج',
    },
    summary: t(
      '女性のホルモン・超音波・卵管検査と男性の精液検査を組み合わせ、原因と治療の選択肢を説明します。',
      'Hormone tests, ultrasound and a tubal check for her, a semen analysis for him, and an explanation of causes and options.',
    ),
    stayNights: 2,
    stayNote: t('2泊3日（月経周期に合わせて日程を調整）', 'Three days, two nights, timed to the menstrual cycle'),
    price: [60_000, 120_000],
    included: [
      t('ホルモン検査（AMHを含む）', 'Hormone tests including AMH'),
      t('経腟超音波', 'Transvaginal ultrasound'),
      t('子宮卵管造影', 'Hysterosalpingography'),
      t('精液検査', 'Semen analysis'),
      t('生殖医療専門医の説明', 'Explanation by a fertility specialist'),
    ],
    eligibility: t('妊娠を希望するカップル。', 'Couples hoping to conceive.'),
  },
  // Ophthalmology
  {
    key: 'multifocal-cataract-surgery',
    specialty: 'ophthalmology',
    category: 'procedure',
    title: {
      ja: '多焦点眼内レンズ白内障手術（両眼）', en: 'Cataract Surgery with Multifocal Lenses (both eyes)',
      'zh-CN': '多焦点人工晶体白内障手术（双眼）', ko: '다초점 인공수정체 백내장 수술(양안)',
      vi: 'Phẫu thuật đục thủy tinh thể với kính nội nhãn đa tiêu cự (hai mắt)',
      ar: 'جراحة الساد مع عدسات متعددة البؤر (كلتا العينين)',
    },
    summary: t(
      '日帰り手術で片眼ずつ白内障を手術し、多焦点眼内レンズで遠くと近くの見え方を改善します。',
      'Day-case cataract surgery, one eye at a time, with multifocal lenses for both distance and near vision.',
    ),
    stayNights: 5,
    stayNote: t('5泊6日（片眼ずつ別の日に手術）', 'Six days, five nights (each eye on a different day)'),
    price: [800_000, 1_400_000],
    included: [
      t('術前精密検査', 'Detailed eye tests before surgery'),
      t('両眼の手術', 'Surgery on both eyes'),
      t('多焦点眼内レンズ', 'Multifocal intraocular lenses'),
      t('術後の点眼薬', 'Eye drops after surgery'),
      t('術後診察2回', 'Two check-ups after surgery'),
    ],
    eligibility: t(
      '白内障と診断され、緑内障や網膜疾患が進行していない方。',
      'Diagnosed cataract, without advanced glaucoma or retinal disease.',
    ),
  },
  {
    key: 'icl-vision-correction',
    specialty: 'ophthalmology',
    category: 'procedure',
    title: {
      ja: 'ICL（眼内コンタクトレンズ）視力矯正（両眼）', en: 'ICL Vision Correction (both eyes)',
      'zh-CN': 'ICL晶体植入视力矫正（双眼）', ko: 'ICL 렌즈삽입 시력교정술(양안)',
      vi: 'Phẫu thuật ICL điều chỉnh thị lực (hai mắt)', ar: 'تصحيح النظر بزراعة العدسات داخل العين ICL (كلتا العينين)',
    },
    summary: t(
      '角膜を削らずに眼の中にレンズを入れる視力矯正。強い近視の方にも適しています。',
      'Vision correction with a lens placed inside the eye, without reshaping the cornea, suitable for strong short sight.',
    ),
    stayNights: 4,
    stayNote: t('4泊5日（翌日と3日後に診察）', 'Five days, four nights (check-ups the next day and three days later)'),
    price: [600_000, 800_000],
    included: [
      t('適応検査', 'Suitability tests'),
      t('ICL挿入術（両眼）', 'ICL implantation in both eyes'),
      t('術後の点眼薬', 'Eye drops after surgery'),
      t('術後診察2回', 'Two check-ups after surgery'),
    ],
    eligibility: t(
      '21〜45歳で、近視の度数が1年以上安定している方。',
      'Ages 21–45 with short sight that has been stable for at least a year.',
    ),
  },
  {
    key: 'eye-dock',
    specialty: 'ophthalmology',
    category: 'screening',
    title: {
      ja: '眼科ドック', en: 'Comprehensive Eye Examination', 'zh-CN': '眼科精密检查', ko: '안과 정밀검진',
      vi: 'Khám mắt toàn diện', ar: 'فحص العيون الشامل',
    },
    summary: t(
      '視力・眼圧・眼底写真・OCTで、緑内障・白内障・加齢黄斑変性を早期に調べます。',
      'Vision, eye pressure, fundus photography and OCT to find glaucoma, cataract and macular degeneration early.',
    ),
    stayNights: 0,
    stayNote: t('日帰り（約2時間・散瞳後は運転不可）', 'Day visit (about 2 hours; no driving after the pupils are dilated)'),
    price: [30_000, 60_000],
    included: [
      t('視力・屈折検査', 'Vision and refraction'),
      t('眼圧検査', 'Eye pressure'),
      t('眼底写真とOCT', 'Fundus photography and OCT'),
      t('眼科専門医の説明', 'Explanation by an ophthalmologist'),
    ],
    eligibility: openToEveryone,
  },
  // Proton & heavy-ion therapy
  {
    key: 'proton-therapy-prostate',
    specialty: 'proton-therapy',
    category: 'course',
    title: {
      ja: '前立腺がん陽子線治療', en: 'Proton Beam Therapy for Prostate Cancer', 'zh-CN': '前列腺癌质子治疗',
      ko: '전립선암 양성자 치료', vi: 'Xạ trị proton ung thư tuyến tiền liệt', ar: 'العلاج بالبروتونات لسرطان البروستاتا',
    },
    summary: t(
      '周囲の臓器への線量を抑えた陽子線で前立腺がんを治療します。平日に通院で照射し、約6週間滞在します。',
      'Proton beams treat the prostate while sparing nearby organs, on weekdays as an outpatient over about six weeks.',
    ),
    stayNights: 42,
    stayNote: t('約6週間（平日に通院で照射）', 'About six weeks, treated on weekdays as an outpatient'),
    price: [2_800_000, 3_500_000],
    included: [
      t('適応判定の診察', 'Eligibility consultation'),
      t('治療計画CT・MRI', 'Planning CT and MRI'),
      t('陽子線照射（全回数）', 'The full course of proton treatment'),
      t('治療中の週1回の診察', 'Weekly review during treatment'),
      t('終了時の診察と英文サマリー', 'Final review and a summary in English'),
    ],
    eligibility: t(
      '転移のない前立腺がんの方。過去に骨盤へ放射線治療を受けた方は対象外となる場合があります。',
      'Prostate cancer without metastasis; previous radiation to the pelvis may rule it out.',
    ),
    documents: [pathologySlides],
  },
  {
    key: 'carbon-ion-pancreas',
    specialty: 'proton-therapy',
    category: 'course',
    title: {
      ja: '膵臓がん重粒子線治療', en: 'Carbon-ion Radiotherapy for Pancreatic Cancer', 'zh-CN': '胰腺癌重离子治疗',
      ko: '췌장암 중입자 치료', vi: 'Xạ trị ion carbon ung thư tụy', ar: 'العلاج بأيونات الكربون لسرطان البنكرياس',
    },
    summary: t(
      '重粒子線と抗がん剤を組み合わせた局所進行膵臓がんの治療。約4週間で12回照射します。',
      'Carbon-ion radiotherapy with chemotherapy for locally advanced pancreatic cancer: twelve sessions over about four weeks.',
    ),
    stayNights: 28,
    stayNote: t('約4週間（入院または通院）', 'About four weeks, in hospital or as an outpatient'),
    price: [3_000_000, 3_500_000],
    included: [
      t('適応判定の診察', 'Eligibility consultation'),
      t('治療計画CT・MRI', 'Planning CT and MRI'),
      t('重粒子線照射12回', 'Twelve carbon-ion sessions'),
      t('併用化学療法の管理', 'Management of the accompanying chemotherapy'),
      t('終了時の英文サマリー', 'A summary in English at the end'),
    ],
    eligibility: t(
      '遠隔転移のない局所進行膵臓がんで、全身状態が良好な方。',
      'Locally advanced pancreatic cancer without distant spread, in good general health.',
    ),
    documents: [pathologySlides],
  },
  {
    key: 'particle-therapy-consultation',
    specialty: 'proton-therapy',
    category: 'outpatient',
    title: {
      ja: '粒子線治療 適応相談（セカンドオピニオン）', en: 'Particle Therapy Eligibility Consultation',
      'zh-CN': '粒子线治疗适应症咨询', ko: '입자선 치료 적응 상담', vi: 'Tư vấn chỉ định xạ trị hạt',
      ar: 'استشارة أهلية العلاج بالجسيمات',
    },
    summary: t(
      '画像と病理の資料をもとに、陽子線・重粒子線治療の適応と、期間・費用の見込みを放射線治療医が説明します。',
      'A radiation oncologist reviews your scans and pathology and explains whether proton or carbon-ion therapy suits you, how long it takes and what it costs.',
    ),
    stayNights: 1,
    stayNote: t('1泊2日（来日せずオンラインでも可）', 'Two days, one night (or online without travelling)'),
    price: [50_000, 110_000],
    included: [
      t('放射線治療医との面談（60分）', '60-minute consultation with a radiation oncologist'),
      t('画像・病理資料の確認', 'Review of your scans and pathology'),
      t('治療期間と費用の見積書', 'Written estimate of duration and cost'),
    ],
    eligibility: t(
      'がんと診断され、画像と病理の資料を提出できる方。',
      'Diagnosed cancer, with scans and pathology you can send.',
    ),
    documents: [pathologySlides],
  },
  // Paediatrics
  {
    key: 'child-development-check-up',
    specialty: 'paediatrics',
    category: 'screening',
    title: {
      ja: '小児健診・発達評価', en: 'Child Health & Development Check-up', 'zh-CN': '儿童健康与发育评估',
      ko: '소아 건강검진·발달 평가', vi: 'Khám sức khỏe & đánh giá phát triển cho trẻ', ar: 'فحص صحة الطفل وتقييم النمو',
    },
    summary: t(
      '小児科専門医が成長・発達・視力・聴力を評価し、予防接種の記録も確認します。',
      'A paediatrician checks growth, development, vision and hearing, and reviews the vaccination record.',
    ),
    stayNights: 0,
    stayNote: t('日帰り（約2時間）', 'Day visit (about 2 hours)'),
    price: [40_000, 80_000],
    included: [
      t('小児科専門医の診察', 'Examination by a paediatrician'),
      t('身体計測と発達評価', 'Growth and development assessment'),
      t('視力・聴力検査', 'Vision and hearing tests'),
      t('血液・尿検査', 'Blood and urine tests'),
      t('予防接種記録の確認', 'Review of vaccinations'),
    ],
    eligibility: t('0〜15歳のお子さまと保護者。', 'Children aged 0–15 with a parent or guardian.'),
  },
  {
    key: 'paediatric-heart-evaluation',
    specialty: 'paediatrics',
    category: 'procedure',
    title: {
      ja: '小児先天性心疾患 精密検査', en: 'Paediatric Congenital Heart Evaluation', 'zh-CN': '儿童先天性心脏病精密检查',
      ko: '소아 선천성 심장질환 정밀검사', vi: 'Đánh giá chuyên sâu bệnh tim bẩm sinh ở trẻ',
      ar: 'التقييم الشامل لأمراض القلب الخلقية لدى الأطفال',
    },
    summary: t(
      '心臓超音波・心臓MRI・必要に応じてカテーテル検査を行い、手術やカテーテル治療の必要性を小児循環器医が判断します。',
      'Echocardiography, cardiac MRI and, where needed, catheterisation, so that a paediatric cardiologist can judge whether surgery or catheter treatment is needed.',
    ),
    stayNights: 3,
    stayNote: t('入院2泊＋外来1泊（保護者1名の付き添い可）', 'Two nights in hospital and one nearby (one parent may stay)'),
    price: [250_000, 400_000],
    included: [
      t('心臓超音波', 'Echocardiogram'),
      t('心臓MRI（鎮静下）', 'Cardiac MRI under sedation'),
      t('必要時の心臓カテーテル検査', 'Cardiac catheterisation if needed'),
      t('入院2泊', 'Two nights in hospital'),
      t('治療方針の説明書（英文）', 'Treatment recommendations in English'),
    ],
    eligibility: t(
      '先天性心疾患と診断された、または疑われる0〜15歳のお子さま。',
      'Children aged 0–15 with a diagnosed or suspected congenital heart condition.',
    ),
  },
  // Dermatology
  {
    key: 'pigmentation-laser',
    specialty: 'dermatology',
    category: 'outpatient',
    title: {
      ja: 'シミ・肝斑レーザー治療（5回）', en: 'Laser Treatment for Pigmentation (5 sessions)', 'zh-CN': '色斑与黄褐斑激光治疗（5次）',
      ko: '기미·잡티 레이저 치료(5회)', vi: 'Điều trị nám & đốm sắc tố bằng laser (5 lần)', ar: 'علاج التصبغات والكلف بالليزر (5 جلسات)',
    },
    summary: t(
      '皮膚科専門医がシミの種類を診断し、ピコレーザーとトーニングを組み合わせて治療します。',
      'A dermatologist identifies the type of pigmentation and treats it with picosecond laser and toning.',
    ),
    stayNights: 5,
    stayNote: t('5泊6日（1日1回、計5回照射）', 'Six days, five nights (one session a day)'),
    price: [150_000, 300_000],
    included: [
      t('皮膚科専門医の診断', 'Diagnosis by a dermatologist'),
      t('肌画像解析', 'Skin image analysis'),
      t('ピコレーザー5回', 'Five picosecond laser sessions'),
      t('施術後のスキンケア用品', 'Aftercare products'),
    ],
    eligibility: t(
      '日焼けの直後や妊娠中は治療を延期します。',
      'Treatment is postponed after recent sunburn or during pregnancy.',
    ),
  },
  {
    key: 'skin-cancer-screening',
    specialty: 'dermatology',
    category: 'screening',
    title: {
      ja: '皮膚がん検診（ダーモスコピー）', en: 'Skin Cancer Screening with Dermoscopy', 'zh-CN': '皮肤癌筛查（皮肤镜）',
      ko: '피부암 검진(더모스코피)', vi: 'Tầm soát ung thư da (soi da)', ar: 'فحص سرطان الجلد بالمنظار الجلدي',
    },
    summary: t(
      '全身のほくろやシミをダーモスコピーで観察し、悪性黒色腫などの皮膚がんを早期に見つけます。',
      'Moles and spots all over the body are examined with a dermoscope to find melanoma and other skin cancers early.',
    ),
    stayNights: 0,
    stayNote: t('日帰り（約1時間）', 'Day visit (about 1 hour)'),
    price: [20_000, 50_000],
    included: [
      t('全身の皮膚診察', 'Full-body skin examination'),
      t('ダーモスコピー', 'Dermoscopy'),
      t('画像記録', 'Photographic record'),
      t('必要時の生検の手配', 'A biopsy arranged if needed'),
    ],
    eligibility: openToEveryone,
  },
  // Rehabilitation
  {
    key: 'stroke-rehabilitation',
    specialty: 'rehabilitation',
    category: 'course',
    title: {
      ja: '脳卒中集中リハビリテーション（4週間）', en: 'Intensive Stroke Rehabilitation (4 weeks)', 'zh-CN': '脑卒中强化康复（4周）',
      ko: '뇌졸중 집중 재활(4주)', vi: 'Phục hồi chức năng chuyên sâu sau đột quỵ (4 tuần)',
      ar: 'إعادة التأهيل المكثف بعد السكتة الدماغية (4 أسابيع)',
    },
    summary: t(
      '理学療法・作業療法・言語療法を1日最大3時間行う入院プログラム。ロボットを使った歩行訓練も行います。',
      'An inpatient programme with up to three hours a day of physical, occupational and speech therapy, including robot-assisted gait training.',
    ),
    stayNights: 28,
    stayNote: t('入院28日', 'Twenty-eight days in hospital'),
    price: [1_200_000, 2_000_000],
    included: [
      t('リハビリテーション専門医の評価', 'Assessment by a rehabilitation physician'),
      t('1日最大3時間の訓練', 'Up to three hours of therapy a day'),
      t('ロボット歩行訓練', 'Robot-assisted gait training'),
      t('入院28日間（食事付き）', 'Twenty-eight days in hospital, with meals'),
      t('帰国後の自宅訓練プログラム', 'Home exercise programme for after you return'),
    ],
    eligibility: t('発症から6か月以内で、病状が安定している方。', 'Within six months of the stroke, with a stable condition.'),
  },
  {
    key: 'post-operative-rehabilitation',
    specialty: 'rehabilitation',
    category: 'course',
    title: {
      ja: '術後整形外科リハビリ（2週間）', en: 'Post-operative Orthopaedic Rehabilitation (2 weeks)', 'zh-CN': '骨科术后康复（2周）',
      ko: '정형외과 수술 후 재활(2주)', vi: 'Phục hồi chức năng sau phẫu thuật chỉnh hình (2 tuần)',
      ar: 'إعادة التأهيل بعد جراحة العظام (أسبوعان)',
    },
    summary: t(
      '人工関節や靱帯の手術後に、歩行と関節の動きを取り戻すための集中リハビリです。',
      'Intensive rehabilitation after joint replacement or ligament surgery to regain walking and movement.',
    ),
    stayNights: 14,
    stayNote: t('14泊（通院または入院）', 'Fourteen nights, as an outpatient or in hospital'),
    price: [500_000, 900_000],
    included: [
      t('理学療法士による評価', 'Assessment by a physical therapist'),
      t('1日2時間の個別訓練', 'Two hours of one-to-one therapy a day'),
      t('水中運動療法', 'Aquatic therapy'),
      t('帰国後の自宅訓練プログラム', 'Home exercise programme'),
    ],
    eligibility: t(
      '手術から3か月以内で、主治医の許可がある方。',
      'Within three months of surgery, with your surgeon’s agreement.',
    ),
  },
  // Kampo & integrative medicine
  {
    key: 'kampo-consultation',
    specialty: 'kampo',
    category: 'outpatient',
    title: {
      ja: '漢方外来・体質診断', en: 'Kampo Consultation & Constitution Assessment', 'zh-CN': '汉方门诊与体质诊断',
      ko: '한방(캄포) 진료·체질 진단', vi: 'Khám Kampo & đánh giá thể trạng', ar: 'استشارة الكامبو وتقييم البنية الجسدية',
    },
    summary: t(
      '舌診・脈診・腹診で体質を診断し、漢方薬を処方します。処方内容を英文で説明し、30日分をお渡しします。',
      'Your constitution is assessed by tongue, pulse and abdominal examination and a Kampo medicine prescribed, explained in English, with 30 days’ supply.',
    ),
    stayNights: 0,
    stayNote: t('日帰り（約90分）', 'Day visit (about 90 minutes)'),
    price: [30_000, 60_000],
    included: [
      t('漢方専門医の診察', 'Consultation with a Kampo specialist'),
      t('舌診・脈診・腹診', 'Tongue, pulse and abdominal examination'),
      t('漢方薬30日分', '30 days of Kampo medicine'),
      t('英文の処方説明書', 'Prescription explained in English'),
    ],
    eligibility: t(
      'どなたでも受けられます。服用中の薬があればお知らせください。',
      'Open to everyone; tell us about any medicine you take.',
    ),
  },
  {
    key: 'kampo-onsen-wellness',
    specialty: 'kampo',
    category: 'course',
    title: {
      ja: '漢方・温泉療法 統合ウェルネスプログラム（5日間）', en: 'Kampo & Onsen Integrative Wellness Programme (5 days)',
      'zh-CN': '汉方与温泉疗法整合健康计划（5天）', ko: '한방·온천 요법 통합 웰니스 프로그램(5일)',
      vi: 'Chương trình chăm sóc sức khỏe tích hợp Kampo & suối nước nóng (5 ngày)',
      ar: 'برنامج العافية التكاملي بالكامبو والينابيع الحارة (5 أيام)',
    },
    summary: t(
      '漢方の診察、温泉での運動療法、食事指導を組み合わせた5日間の養生プログラムです。',
      'Five days combining Kampo consultations, hot-spring exercise therapy and dietary advice.',
    ),
    stayNights: 5,
    stayNote: t('5泊6日（提携旅館に宿泊）', 'Six days, five nights at a partner ryokan'),
    price: [200_000, 350_000],
    included: [
      t('漢方専門医の診察2回', 'Two consultations with a Kampo specialist'),
      t('温泉運動療法5回', 'Five hot-spring exercise sessions'),
      t('管理栄養士の食事指導', 'Dietary advice from a registered dietitian'),
      t('提携旅館5泊（朝夕食付き）', 'Five nights at a partner ryokan, with breakfast and dinner'),
      t('漢方薬30日分', '30 days of Kampo medicine'),
    ],
    eligibility: t(
      '慢性的な疲労・冷え・痛みなどにお悩みの方。重い心疾患のある方は温泉療法を控えます。',
      'People with chronic fatigue, poor circulation or pain; hot-spring therapy is not suitable with serious heart disease.',
    ),
  },
]
