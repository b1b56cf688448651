/** The words of partners and their requests: stored values and admin labels (public labels in locales/<lang>/partners.json). */

export const partnerKinds = ['ministry', 'hospital', 'university', 'ngo', 'other'] as const
export type PartnerKind = (typeof partnerKinds)[number]

export const partnerKindLabels: Record<PartnerKind, { en: string; ja: string }> = {
  ministry: { en: 'Ministry or public agency', ja: '省庁・公的機関' },
  hospital: { en: 'Hospital', ja: '病院' },
  university: { en: 'University', ja: '大学' },
  ngo: { en: 'NGO', ja: 'NGO' },
  other: { en: 'Other', ja: 'その他' },
}

export const verificationStatuses = ['pending', 'verified', 'rejected'] as const
export type VerificationStatus = (typeof verificationStatuses)[number]

export const verificationLabels: Record<VerificationStatus, { en: string; ja: string }> = {
  pending: { en: 'Pending', ja: '確認待ち' },
  verified: { en: 'Verified', ja: '確認済み' },
  rejected: { en: 'Rejected', ja: '却下' },
}

export const requestKinds = ['collaboration', 'training', 'solution'] as const
export type RequestKind = (typeof requestKinds)[number]

export const requestKindLabels: Record<RequestKind, { en: string; ja: string }> = {
  collaboration: { en: 'Collaboration', ja: '協力' },
  training: { en: 'Training', ja: '研修' },
  solution: { en: 'Solution', ja: 'ソリューション' },
}

export const requestStatuses = ['new', 'routed', 'in-progress', 'answered', 'closed'] as const
export type RequestStatus = (typeof requestStatuses)[number]

export const requestStatusLabels: Record<RequestStatus, { en: string; ja: string }> = {
  new: { en: 'New', ja: '新規' },
  routed: { en: 'Routed', ja: '担当へ送付' },
  'in-progress': { en: 'In progress', ja: '対応中' },
  answered: { en: 'Answered', ja: '回答済み' },
  closed: { en: 'Closed', ja: '完了' },
}

export const solutionCategories = [
  'medical-equipment',
  'hospital-information-systems',
  'hospital-design-operation',
  'training-packages',
  'telemedicine',
] as const
export type SolutionCategory = (typeof solutionCategories)[number]

export const solutionCategoryLabels: Record<SolutionCategory, { en: string; ja: string }> = {
  'medical-equipment': { en: 'Medical equipment', ja: '医療機器' },
  'hospital-information-systems': { en: 'Hospital information systems', ja: '病院情報システム' },
  'hospital-design-operation': { en: 'Hospital design and operation', ja: '病院設計・運営' },
  'training-packages': { en: 'Training packages', ja: '研修パッケージ' },
  telemedicine: { en: 'Telemedicine', ja: '遠隔医療' },
}
