import type { BookingStatus } from './transitions'

/** How the admin panel (English and Japanese) names each booking status. */
export const bookingStatusLabels: Record<BookingStatus, { en: string; ja: string }> = {
  requested: { en: 'Requested', ja: '申込中' },
  approved: { en: 'Approved', ja: '承認済み' },
  'pending-payment': { en: 'Awaiting deposit', ja: '入金待ち' },
  confirmed: { en: 'Confirmed', ja: '確定' },
  completed: { en: 'Completed', ja: '完了' },
  cancelled: { en: 'Cancelled', ja: 'キャンセル' },
  refunded: { en: 'Refunded', ja: '返金済み' },
  expired: { en: 'Expired', ja: '期限切れ' },
}

export const bookingStatusOptions = Object.entries(bookingStatusLabels).map(([value, label]) => ({ value, label }))

/** The label of a status in the admin's language (an unknown value is shown as it is). */
export function bookingStatusLabel(status: string, language: 'en' | 'ja'): string {
  return bookingStatusLabels[status as BookingStatus]?.[language] ?? status
}
