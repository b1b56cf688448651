/**
 * The words of training programmes and applications: stored values here, admin labels in
 * English and Japanese, public labels in locales/<lang>/training.json.
 */

export const trainingFields = [
  'nursing',
  'emergency-medicine',
  'maternal-child-health',
  'infection-control',
  'hospital-management',
  'medical-equipment',
  'diagnostic-imaging',
  'health-policy',
] as const
export type TrainingField = (typeof trainingFields)[number]

export const trainingFieldLabels: Record<TrainingField, { en: string; ja: string }> = {
  nursing: { en: 'Nursing', ja: '看護' },
  'emergency-medicine': { en: 'Emergency medicine', ja: '救急医療' },
  'maternal-child-health': { en: 'Maternal and child health', ja: '母子保健' },
  'infection-control': { en: 'Infection prevention and control', ja: '感染管理' },
  'hospital-management': { en: 'Hospital management', ja: '病院経営' },
  'medical-equipment': { en: 'Medical equipment maintenance', ja: '医療機器保守' },
  'diagnostic-imaging': { en: 'Diagnostic imaging', ja: '画像診断' },
  'health-policy': { en: 'Health policy and UHC', ja: '保健政策・UHC' },
}

export const trainingFormats = ['on-site', 'online', 'hybrid'] as const
export type TrainingFormat = (typeof trainingFormats)[number]

export const trainingFormatLabels: Record<TrainingFormat, { en: string; ja: string }> = {
  'on-site': { en: 'On site in Japan', ja: '日本で対面' },
  online: { en: 'Online', ja: 'オンライン' },
  hybrid: { en: 'Hybrid', ja: 'ハイブリッド' },
}

/** Languages a programme may be taught in (ISO 639-1). */
export const instructionLanguages = ['ja', 'en', 'fr', 'es', 'pt', 'ar', 'ru'] as const
export type InstructionLanguage = (typeof instructionLanguages)[number]

export const instructionLanguageLabels: Record<InstructionLanguage, { en: string; ja: string }> = {
  ja: { en: 'Japanese', ja: '日本語' },
  en: { en: 'English', ja: '英語' },
  fr: { en: 'French', ja: 'フランス語' },
  es: { en: 'Spanish', ja: 'スペイン語' },
  pt: { en: 'Portuguese', ja: 'ポルトガル語' },
  ar: { en: 'Arabic', ja: 'アラビア語' },
  ru: { en: 'Russian', ja: 'ロシア語' },
}

export const hostKinds = ['hospital', 'university'] as const
export type HostKind = (typeof hostKinds)[number]

export const applicationStatuses = ['submitted', 'under-review', 'shortlisted', 'accepted', 'rejected', 'withdrawn'] as const
export type ApplicationStatus = (typeof applicationStatuses)[number]

export const applicationStatusLabels: Record<ApplicationStatus, { en: string; ja: string }> = {
  submitted: { en: 'Submitted', ja: '提出済み' },
  'under-review': { en: 'Under review', ja: '審査中' },
  shortlisted: { en: 'Shortlisted', ja: '最終候補' },
  accepted: { en: 'Accepted', ja: '採用' },
  rejected: { en: 'Not selected', ja: '不採用' },
  withdrawn: { en: 'Withdrawn', ja: '取り下げ' },
}

export const professions = ['physician', 'nurse', 'midwife', 'pharmacist', 'technician', 'engineer', 'administrator', 'public-health', 'other'] as const
export type Profession = (typeof professions)[number]

export const professionLabels: Record<Profession, { en: string; ja: string }> = {
  physician: { en: 'Physician', ja: '医師' },
  nurse: { en: 'Nurse', ja: '看護師' },
  midwife: { en: 'Midwife', ja: '助産師' },
  pharmacist: { en: 'Pharmacist', ja: '薬剤師' },
  technician: { en: 'Medical technician', ja: '医療技術者' },
  engineer: { en: 'Clinical engineer', ja: '臨床工学技士' },
  administrator: { en: 'Health administrator', ja: '医療行政・管理職' },
  'public-health': { en: 'Public health officer', ja: '公衆衛生担当者' },
  other: { en: 'Other', ja: 'その他' },
}
