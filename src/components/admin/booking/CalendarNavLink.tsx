import type { ServerProps } from 'payload'

import { canSeeBookingViews } from '@/booking/staffViews'

/** After the nav links: the booking calendar, for hospital staff. */
export function CalendarNavLink({ i18n, user, payload }: ServerProps) {
  if (!canSeeBookingViews(user)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/booking-calendar`} style={{ display: 'block', paddingBlock: 4 }}>
      {i18n.language === 'ja' ? '予約カレンダー' : 'Booking calendar'}
    </a>
  )
}
