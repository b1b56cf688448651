import type { AppLocale } from '@/i18n/locales'

export const specialtySlugs = [
  'cardiology',
  'oncology',
  'orthopaedics',
  'regenerative-medicine',
  'health-screening',
  'dental',
  'cosmetic-surgery',
  'neurology',
  'gastroenterology',
  'fertility',
  'ophthalmology',
  'proton-therapy',
  'paediatrics',
  'dermatology',
  'rehabilitation',
  'kampo',
] as const
export type SpecialtySlug = (typeof specialtySlugs)[number]

export interface SpecialtySeed {
  slug: SpecialtySlug
  order: number
  /** The name in every locale the site speaks. */
  name: Record<AppLocale, string>
  description: { ja: string; en: string }
}

const names: Record<SpecialtySlug, Record<AppLocale, string>> = {
  cardiology: {
    ja: '循環器内科', en: 'Cardiology', 'zh-CN': '心血管内科', 'zh-TW': '心臟內科', ko: '순환기내과(심장내과)',
    vi: 'Tim mạch', th: 'โรคหัวใจและหลอดเลือด', id: 'Kardiologi', ru: 'Кардиология', ar: 'أمراض القلب',
    es: 'Cardiología', fr: 'Cardiologie', pt: 'Cardiologia',
  },
  oncology: {
    ja: '腫瘍内科・がん治療', en: 'Oncology', 'zh-CN': '肿瘤科', 'zh-TW': '腫瘤科', ko: '종양내과·암 치료',
    vi: 'Ung bướu', th: 'มะเร็งวิทยา', id: 'Onkologi', ru: 'Онкология', ar: 'علاج الأورام',
    es: 'Oncología', fr: 'Oncologie', pt: 'Oncologia',
  },
  orthopaedics: {
    ja: '整形外科', en: 'Orthopaedics', 'zh-CN': '骨科', 'zh-TW': '骨科', ko: '정형외과',
    vi: 'Chấn thương chỉnh hình', th: 'ออร์โธปิดิกส์ (กระดูกและข้อ)', id: 'Ortopedi', ru: 'Ортопедия', ar: 'جراحة العظام',
    es: 'Ortopedia', fr: 'Orthopédie', pt: 'Ortopedia',
  },
  'regenerative-medicine': {
    ja: '再生医療', en: 'Regenerative medicine', 'zh-CN': '再生医学', 'zh-TW': '再生醫學', ko: '재생의료',
    vi: 'Y học tái tạo', th: 'เวชศาสตร์ฟื้นฟูด้วยเซลล์ต้นกำเนิด', id: 'Kedokteran regeneratif', ru: 'Регенеративная медицина',
    ar: 'الطب التجديدي', es: 'Medicina regenerativa', fr: 'Médecine régénérative', pt: 'Medicina regenerativa',
  },
  'health-screening': {
    ja: '人間ドック・健診', en: 'Health screening (ningen dock)', 'zh-CN': '精密体检', 'zh-TW': '精密健檢',
    ko: '종합건강검진(닌겐독)', vi: 'Khám sức khỏe tổng quát (Ningen Dock)', th: 'ตรวจสุขภาพ (นิงเงนด็อก)',
    id: 'Pemeriksaan kesehatan (Ningen Dock)', ru: 'Комплексное обследование (нингэн док)',
    ar: 'الفحص الصحي الشامل (نينغن دوك)', es: 'Chequeo médico (ningen dock)', fr: 'Bilan de santé (ningen dock)',
    pt: 'Check-up de saúde (ningen dock)',
  },
  dental: {
    ja: '歯科', en: 'Dentistry', 'zh-CN': '牙科', 'zh-TW': '牙科', ko: '치과',
    vi: 'Nha khoa', th: 'ทันตกรรม', id: 'Kedokteran gigi', ru: 'Стоматология', ar: 'طب الأسنان',
    es: 'Odontología', fr: 'Soins dentaires', pt: 'Odontologia',
  },
  'cosmetic-surgery': {
    ja: '美容外科', en: 'Cosmetic surgery', 'zh-CN': '医疗美容整形', 'zh-TW': '醫學美容整形', ko: '성형외과(미용)',
    vi: 'Phẫu thuật thẩm mỹ', th: 'ศัลยกรรมความงาม', id: 'Bedah kosmetik', ru: 'Эстетическая хирургия',
    ar: 'جراحة التجميل', es: 'Cirugía estética', fr: 'Chirurgie esthétique', pt: 'Cirurgia estética',
  },
  neurology: {
    ja: '脳神経内科・脳神経外科', en: 'Neurology & neurosurgery', 'zh-CN': '神经内科与神经外科',
    'zh-TW': '神經內科與神經外科', ko: '신경과·신경외과', vi: 'Thần kinh & phẫu thuật thần kinh',
    th: 'ประสาทวิทยาและประสาทศัลยศาสตร์', id: 'Neurologi & bedah saraf', ru: 'Неврология и нейрохирургия',
    ar: 'طب وجراحة الأعصاب', es: 'Neurología y neurocirugía', fr: 'Neurologie et neurochirurgie',
    pt: 'Neurologia e neurocirurgia',
  },
  gastroenterology: {
    ja: '消化器内科', en: 'Gastroenterology', 'zh-CN': '消化内科', 'zh-TW': '腸胃科', ko: '소화기내과',
    vi: 'Tiêu hóa', th: 'อายุรศาสตร์ระบบทางเดินอาหาร', id: 'Gastroenterologi', ru: 'Гастроэнтерология',
    ar: 'أمراض الجهاز الهضمي', es: 'Gastroenterología', fr: 'Gastro-entérologie', pt: 'Gastroenterologia',
  },
  fertility: {
    ja: '不妊治療・体外受精', en: 'Fertility & IVF', 'zh-CN': '不孕不育与试管婴儿', 'zh-TW': '不孕症與試管嬰兒',
    ko: '난임·체외수정(IVF)', vi: 'Hiếm muộn & thụ tinh ống nghiệm (IVF)',
    th: 'ภาวะมีบุตรยากและเด็กหลอดแก้ว (IVF)', id: 'Kesuburan & bayi tabung (IVF)',
    ru: 'Лечение бесплодия и ЭКО', ar: 'علاج العقم وأطفال الأنابيب', es: 'Fertilidad y FIV',
    fr: 'Fertilité et FIV', pt: 'Fertilidade e FIV',
  },
  ophthalmology: {
    ja: '眼科', en: 'Ophthalmology', 'zh-CN': '眼科', 'zh-TW': '眼科', ko: '안과',
    vi: 'Nhãn khoa', th: 'จักษุวิทยา', id: 'Oftalmologi', ru: 'Офтальмология', ar: 'طب العيون',
    es: 'Oftalmología', fr: 'Ophtalmologie', pt: 'Oftalmologia',
  },
  'proton-therapy': {
    ja: '陽子線・重粒子線治療', en: 'Proton & heavy-ion therapy', 'zh-CN': '质子与重离子治疗',
    'zh-TW': '質子與重粒子治療', ko: '양성자·중입자 치료', vi: 'Xạ trị proton & ion nặng',
    th: 'รังสีรักษาด้วยโปรตอนและไอออนหนัก', id: 'Terapi proton & ion berat',
    ru: 'Протонная и тяжелоионная терапия', ar: 'العلاج بالبروتونات والأيونات الثقيلة',
    es: 'Terapia de protones e iones pesados', fr: 'Protonthérapie et ions lourds',
    pt: 'Terapia de prótons e íons pesados',
  },
  paediatrics: {
    ja: '小児科', en: 'Paediatrics', 'zh-CN': '儿科', 'zh-TW': '小兒科', ko: '소아청소년과',
    vi: 'Nhi khoa', th: 'กุมารเวชศาสตร์', id: 'Pediatri', ru: 'Педиатрия', ar: 'طب الأطفال',
    es: 'Pediatría', fr: 'Pédiatrie', pt: 'Pediatria',
  },
  dermatology: {
    ja: '皮膚科', en: 'Dermatology', 'zh-CN': '皮肤科', 'zh-TW': '皮膚科', ko: '피부과',
    vi: 'Da liễu', th: 'ตจวิทยา (ผิวหนัง)', id: 'Dermatologi', ru: 'Дерматология', ar: 'الأمراض الجلدية',
    es: 'Dermatología', fr: 'Dermatologie', pt: 'Dermatologia',
  },
  rehabilitation: {
    ja: 'リハビリテーション科', en: 'Rehabilitation', 'zh-CN': '康复科', 'zh-TW': '復健科', ko: '재활의학과',
    vi: 'Phục hồi chức năng', th: 'เวชศาสตร์ฟื้นฟู', id: 'Rehabilitasi medik', ru: 'Реабилитация',
    ar: 'إعادة التأهيل', es: 'Rehabilitación', fr: 'Rééducation', pt: 'Reabilitação',
  },
  kampo: {
    ja: '漢方・統合医療', en: 'Kampo & integrative medicine', 'zh-CN': '汉方与整合医学', 'zh-TW': '漢方與整合醫學',
    ko: '한방(캄포)·통합의학', vi: 'Kampo & y học tích hợp', th: 'คัมโปและการแพทย์ผสมผสาน',
    id: 'Kampo & pengobatan integratif', ru: 'Кампо и интегративная медицина', ar: 'طب الكامبو والطب التكاملي',
    es: 'Kampo y medicina integrativa', fr: 'Kampo et médecine intégrative', pt: 'Kampo e medicina integrativa',
  },
}

const descriptions: Record<SpecialtySlug, { ja: string; en: string }> = {
  cardiology: {
    ja: '心臓ドックによる精密検査から、カテーテル治療・不整脈のアブレーションまで、心臓と血管の病気を診療します。',
    en: 'Heart and blood-vessel care, from a cardiac check-up to catheter treatment and ablation for arrhythmia.',
  },
  oncology: {
    ja: 'がんの診断、病期診断、セカンドオピニオン、手術・薬物療法を専門チームが担当します。',
    en: 'Diagnosis, staging, second opinions, surgery and drug therapy for cancer by specialist teams.',
  },
  orthopaedics: {
    ja: '人工関節置換術や関節鏡手術など、骨・関節・靱帯の治療と術後のリハビリテーション。',
    en: 'Bones, joints and ligaments: joint replacement, arthroscopic surgery and the rehabilitation that follows.',
  },
  'regenerative-medicine': {
    ja: '再生医療等安全性確保法に基づき届け出た計画で行うPRP療法・幹細胞治療。',
    en: 'PRP and stem-cell therapies provided under plans notified under Japan’s Act on the Safety of Regenerative Medicine.',
  },
  'health-screening': {
    ja: '日本独自の総合健診「人間ドック」。1日または1泊で全身を検査し、当日に医師が結果を説明します。',
    en: 'Japan’s comprehensive check-up, the ningen dock: a full-body screening in one or two days, with results explained by a doctor.',
  },
  dental: {
    ja: 'インプラント、セラミック治療、検診・クリーニングなど、短期滞在でも受けやすい歯科治療。',
    en: 'Implants, ceramic restorations, check-ups and cleaning, planned to fit a short stay.',
  },
  'cosmetic-surgery': {
    ja: '形成外科専門医による美容外科手術。カウンセリングとダウンタイムを考慮した滞在計画をご案内します。',
    en: 'Aesthetic surgery by board-certified plastic surgeons, with consultation and a stay planned around recovery time.',
  },
  neurology: {
    ja: '脳ドック（MRI・MRA）から脳動脈瘤の血管内治療まで、脳と神経の病気を診療します。',
    en: 'Brain and nerve care, from an MRI/MRA brain check-up to endovascular treatment of aneurysms.',
  },
  gastroenterology: {
    ja: '鎮静下の胃・大腸内視鏡検査と、早期がんの内視鏡治療（ESD）。',
    en: 'Upper and lower endoscopy under sedation, and endoscopic treatment (ESD) of early cancers.',
  },
  fertility: {
    ja: '不妊検査から体外受精・顕微授精・凍結胚移植まで、生殖医療専門医が担当します。',
    en: 'Fertility testing, IVF, ICSI and frozen embryo transfer with reproductive medicine specialists.',
  },
  ophthalmology: {
    ja: '多焦点眼内レンズによる白内障手術、ICL、眼科ドック。',
    en: 'Cataract surgery with multifocal lenses, implantable contact lenses (ICL) and eye check-ups.',
  },
  'proton-therapy': {
    ja: '陽子線・重粒子線によるがんの放射線治療。適応の判断から照射までを専門医が行います。',
    en: 'Radiation oncology with proton and carbon-ion beams, from eligibility review to the course of treatment.',
  },
  paediatrics: {
    ja: '小児の健診・発達評価と、先天性心疾患などの専門的な精密検査。',
    en: 'Check-ups and developmental assessment for children, and specialist work-ups such as congenital heart conditions.',
  },
  dermatology: {
    ja: 'シミ・肝斑のレーザー治療や、ダーモスコピーによる皮膚がん検診。',
    en: 'Laser treatment of pigmentation and skin-cancer screening with dermoscopy.',
  },
  rehabilitation: {
    ja: '脳卒中後や整形外科手術後の集中リハビリテーション。理学療法士・作業療法士・言語聴覚士が担当します。',
    en: 'Intensive rehabilitation after a stroke or orthopaedic surgery with physical, occupational and speech therapists.',
  },
  kampo: {
    ja: '日本の伝統医学である漢方と、温泉療法などを組み合わせた統合医療。',
    en: 'Kampo, Japan’s traditional herbal medicine, combined with integrative care such as onsen (hot-spring) therapy.',
  },
}

export const specialties: SpecialtySeed[] = specialtySlugs.map((slug, index) => ({
  slug,
  order: (index + 1) * 10,
  name: names[slug],
  description: descriptions[slug],
}))
