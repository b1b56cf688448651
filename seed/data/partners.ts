import type { Partner, PartnerRequest } from '../../payload-types'

/**
 * Six fictional organisations in real partner countries, each with one member account
 * (`partner+<slug>@kakehashi.example`) and one to three requests in varied states.
 */

export function partnerMemberEmail(slug: string): string {
  return `partner+${slug}@kakehashi.example`
}

/** The demo partner member the README names. */
export const demoPartnerSlug = 'nairobi-community-health-alliance'

export interface PartnerRequestSeed {
  subject: string
  kind: PartnerRequest['kind']
  /** Solution or programme slug, for solution and training requests. */
  about?: string
  message: string
  status: PartnerRequest['status']
  routedTo?: string
}

export interface PartnerSeed {
  slug: string
  name: string
  kind: Partner['kind']
  country: Partner['country']
  website: string
  verificationStatus: Partner['verificationStatus']
  /** Description per locale: en and ja, plus the partner's own language. */
  description: { en: string; ja: string } & Partial<Record<'fr' | 'es' | 'pt', string>>
  member: { name: string; preferredLanguage: 'en' | 'fr' | 'es' | 'pt' }
  requests: PartnerRequestSeed[]
}

export const partnerSeeds: PartnerSeed[] = [
  {
    slug: 'nairobi-community-health-alliance',
    name: 'Nairobi Community Health Alliance',
    kind: 'ngo',
    country: 'KE',
    website: 'https://nchalliance.example.org',
    verificationStatus: 'verified',
    description: {
      en: 'A network of community health volunteers and clinics serving informal settlements in Nairobi.',
      ja: 'ナイロビのインフォーマル居住区で活動するコミュニティヘルスボランティアと診療所のネットワーク。',
    },
    member: { name: 'Wanjiru Kamau', preferredLanguage: 'en' },
    requests: [
      { subject: 'Portable ultrasound for five clinics', kind: 'solution', about: 'portable-ultrasound-for-rural-clinics', message: 'We run five clinics without reliable power and would like to discuss a pilot of portable ultrasound for antenatal care.', status: 'in-progress', routedTo: 'sakura-harbor-international-hospital' },
      { subject: 'Training for community health nurses', kind: 'training', about: 'emergency-nursing-and-triage', message: 'Two of our senior nurses would like to join the emergency nursing programme; could you advise on the scholarship?', status: 'answered' },
      { subject: 'Exchange on community health insurance', kind: 'collaboration', message: 'We would like to learn how Japanese municipalities enrolled informal workers in health insurance.', status: 'new' },
    ],
  },
  {
    slug: 'ashanti-regional-health-innovation-unit',
    name: 'Ashanti Regional Health Innovation Unit',
    kind: 'ministry',
    country: 'GH',
    website: 'https://arhiu.example.gov.gh',
    verificationStatus: 'verified',
    description: {
      en: 'The regional health directorate’s unit for digital health and hospital modernisation in the Ashanti Region.',
      ja: 'アシャンティ州保健局のデジタルヘルスと病院近代化を担う部署。',
    },
    member: { name: 'Kwame Mensah', preferredLanguage: 'en' },
    requests: [
      { subject: 'Electronic medical records for regional hospitals', kind: 'solution', about: 'open-standard-electronic-medical-record', message: 'We plan to equip four regional hospitals with an interoperable EMR and would like to meet the company.', status: 'routed', routedTo: 'shinjuku-aozora-university-hospital' },
      { subject: 'Claims processing study visit', kind: 'collaboration', message: 'Our team would like to visit a Japanese claims review organisation during the next fiscal year.', status: 'closed' },
    ],
  },
  {
    slug: 'centre-hospitalier-regional-de-la-petite-cote',
    name: 'Centre Hospitalier Régional de la Petite-Côte',
    kind: 'hospital',
    country: 'SN',
    website: 'https://chr-petitecote.example.sn',
    verificationStatus: 'verified',
    description: {
      en: 'A 250-bed regional hospital on Senegal’s Petite-Côte, and a training site for nurses and midwives.',
      ja: 'セネガルのプティット・コートにある250床の州立病院で、看護師・助産師の研修施設でもあります。',
      fr: 'Hôpital régional de 250 lits sur la Petite-Côte du Sénégal, lieu de formation des infirmiers et sages-femmes.',
    },
    member: { name: 'Aïssatou Diop', preferredLanguage: 'fr' },
    requests: [
      { subject: 'Accompagnement 5S-KAIZEN', kind: 'solution', about: '5s-kaizen-hospital-operations', message: 'Nous souhaitons relancer la démarche 5S-KAIZEN dans nos services de maternité et de pédiatrie.', status: 'in-progress' },
    ],
  },
  {
    slug: 'universidad-andina-de-salud-publica',
    name: 'Universidad Andina de Salud Pública',
    kind: 'university',
    country: 'PE',
    website: 'https://uasp.example.edu.pe',
    verificationStatus: 'verified',
    description: {
      en: 'A public health university in Cusco training health workers for the Andean highlands.',
      ja: 'アンデス高地の保健人材を育成する、クスコの公衆衛生大学。',
      es: 'Universidad de salud pública en Cusco que forma personal de salud para los Andes.',
    },
    member: { name: 'Lucía Quispe', preferredLanguage: 'es' },
    requests: [
      { subject: 'Curso de financiamiento de la salud', kind: 'training', about: 'uhc-policy-and-financing', message: 'Queremos inscribir a diez docentes en el curso en línea sobre CSU y financiamiento.', status: 'answered' },
      { subject: 'Formación de técnicos biomédicos', kind: 'solution', about: 'biomedical-technician-training-package', message: 'Nos interesa adaptar el paquete de formación para técnicos biomédicos a nuestra carrera técnica.', status: 'new' },
    ],
  },
  {
    slug: 'instituto-mocambicano-de-enfermagem-comunitaria',
    name: 'Instituto Moçambicano de Enfermagem Comunitária',
    kind: 'ngo',
    country: 'MZ',
    website: 'https://imec.example.org.mz',
    verificationStatus: 'pending',
    description: {
      en: 'An association training community nurses and midwives in Nampula and Zambézia provinces.',
      ja: 'ナンプラ州とザンベジア州で地域看護師・助産師を育成する団体。',
      pt: 'Associação que forma enfermeiros e parteiras comunitários nas províncias de Nampula e Zambézia.',
    },
    member: { name: 'Ana Macuácua', preferredLanguage: 'pt' },
    requests: [
      { subject: 'Caderneta materno-infantil', kind: 'solution', about: 'mch-handbook-training-kit', message: 'Gostaríamos de conhecer o kit de formação da caderneta de saúde materno-infantil para duas províncias.', status: 'new' },
    ],
  },
  {
    slug: 'mekong-delta-provincial-health-network',
    name: 'Mekong Delta Provincial Health Network',
    kind: 'ministry',
    country: 'VN',
    website: 'https://mdphn.example.gov.vn',
    verificationStatus: 'verified',
    description: {
      en: 'A network of provincial health departments in the Mekong Delta coordinating hospital referral and critical care.',
      ja: 'メコンデルタの省保健局が病院間紹介と集中治療を調整するネットワーク。',
    },
    member: { name: 'Nguyễn Thị Lan', preferredLanguage: 'en' },
    requests: [
      { subject: 'Tele-ICU for provincial hospitals', kind: 'solution', about: 'tele-icu-remote-critical-care', message: 'We would like to connect the ICUs of three provincial hospitals to a hub in Can Tho.', status: 'routed', routedTo: 'minato-mirai-bayside-medical-centre' },
      { subject: 'Infection control leadership training', kind: 'training', about: 'infection-prevention-leadership', message: 'We would like to nominate six infection-control nurses for the next intake.', status: 'closed' },
      { subject: 'Hospital disaster preparedness', kind: 'collaboration', message: 'After recent floods, we would like to exchange with Tohoku hospitals on continuity planning.', status: 'in-progress' },
    ],
  },
]
