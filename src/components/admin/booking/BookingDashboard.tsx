import type { ServerProps } from 'payload'

import { bookingStatusLabel } from '@/booking/labels'
import { canSeeBookingViews, dashboardFigures } from '@/booking/staffViews'

const copy = {
  en: { title: 'Your hospital today', newInquiries: 'New inquiries', longestWait: 'Longest unanswered wait', nobodyWaits: 'Nobody is waiting', approvals: 'Bookings awaiting approval', arrivals: 'Arrivals in the next 14 days', noArrivals: 'No arrivals in the next 14 days.', calendar: 'Open the booking calendar' },
  ja: { title: '本日の病院の状況', newInquiries: '新しい問い合わせ', longestWait: '最長の未回答待ち時間', nobodyWaits: '待っている人はいません', approvals: '承認待ちの予約', arrivals: '今後14日間の来院予定', noArrivals: '今後14日間の来院予定はありません。', calendar: '予約カレンダーを開く' },
}

/** Above the dashboard, for hospital staff: what needs attention, read as the staff user. */
export async function BookingDashboard({ payload, user, i18n }: ServerProps) {
  if (!canSeeBookingViews(user)) return null
  const lang = i18n.language === 'ja' ? 'ja' : 'en'
  const c = copy[lang]
  const figures = await dashboardFigures(payload, user)
  const admin = payload.config.routes.admin
  const waitedMinutes = figures.longestWaitingSince ? Math.round((Date.now() - new Date(figures.longestWaitingSince).getTime()) / 60_000) : undefined
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })
  const waited =
    waitedMinutes === undefined
      ? c.nobodyWaits
      : waitedMinutes >= 48 * 60
        ? relative.format(-Math.round(waitedMinutes / 1440), 'day')
        : waitedMinutes >= 60
          ? relative.format(-Math.round(waitedMinutes / 60), 'hour')
          : relative.format(-waitedMinutes, 'minute')
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })
  const tile = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16 }

  return (
    <section aria-labelledby="kh-dashboard" style={{ marginBlockEnd: 32 }}>
      <h2 id="kh-dashboard">{c.title}</h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))', gap: 16, marginBlock: 16 }}>
        <div style={tile}>
          <div>{c.newInquiries}</div>
          <a href={`${admin}/collections/inquiries?where[status][equals]=new`} style={{ fontSize: 28, fontWeight: 700 }}>
            {figures.newInquiries}
          </a>
        </div>
        <div style={tile}>
          <div>{c.longestWait}</div>
          <div style={{ fontSize: 20, fontWeight: 700 }}>{waited}</div>
        </div>
        <div style={tile}>
          <div>{c.approvals}</div>
          <a href={`${admin}/collections/bookings?where[status][equals]=requested`} style={{ fontSize: 28, fontWeight: 700 }}>
            {figures.pendingApprovals}
          </a>
        </div>
      </div>
      <h3>{c.arrivals}</h3>
      {figures.upcomingArrivals.length === 0 ? (
        <p>{c.noArrivals}</p>
      ) : (
        <ul>
          {figures.upcomingArrivals.map((b) => (
            <li key={b.id}>
              <a href={`${admin}/collections/bookings/${b.id}`}>
                {day.format(new Date(b.slotDate))} · {b.reference} · {b.packageTitle} · {bookingStatusLabel(b.status, lang)}
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`${admin}/booking-calendar`}>{c.calendar}</a>
      </p>
    </section>
  )
}
