import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { bookingStatusLabel } from '@/booking/labels'
import { bookingsOfMonth, calendarMonth, canSeeBookingViews, monthGrid, type CalendarBooking } from '@/booking/staffViews'

const copy = {
  en: { title: 'Booking calendar', prev: 'Previous month', next: 'Next month', none: 'No bookings', denied: 'Only hospital staff see the booking calendar.', weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] },
  ja: { title: '予約カレンダー', prev: '前の月', next: '次の月', none: '予約なし', denied: '予約カレンダーは病院スタッフのみ閲覧できます。', weekdays: ['月', '火', '水', '木', '金', '土', '日'] },
}

/** /admin/booking-calendar: a month grid of the hospital's bookings, each linking to its record. */
export async function BookingCalendar({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const lang = req.i18n.language === 'ja' ? 'ja' : 'en'
  const c = copy[lang]
  const user = req.user ?? undefined
  const month = calendarMonth(searchParams?.month)
  const byDay = canSeeBookingViews(user) ? await bookingsOfMonth(req.payload, user, month.year, month.month) : new Map<string, CalendarBooking[]>()
  const title = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(month.year, month.month - 1, 15)))
  const adminRoute = req.payload.config.routes.admin

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{c.title}</h1>
        {!canSeeBookingViews(user) ? (
          <p>{c.denied}</p>
        ) : (
          <>
            <nav aria-label={c.title} style={{ display: 'flex', gap: 16, alignItems: 'center', marginBlock: 16 }}>
              <a href={`${adminRoute}/booking-calendar?month=${month.prev}`}>← {c.prev}</a>
              <h2 style={{ margin: 0 }} aria-live="polite">{title}</h2>
              <a href={`${adminRoute}/booking-calendar?month=${month.next}`}>{c.next} →</a>
            </nav>
            <table style={{ inlineSize: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  {c.weekdays.map((d) => (
                    <th key={d} scope="col" style={{ padding: 6, textAlign: 'start' }}>
                      {d}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {monthGrid(month.year, month.month).map((week, w) => (
                  <tr key={w}>
                    {week.map((day, d) => {
                      const bookings = day ? (byDay.get(day) ?? []) : []
                      return (
                        <td key={d} style={{ verticalAlign: 'top', border: '1px solid var(--theme-elevation-150)', padding: 6, blockSize: 96 }}>
                          {day ? (
                            <>
                              <div style={{ fontWeight: 600 }}>{Number(day.slice(8))}</div>
                              {bookings.length === 0 ? <span className="sr-only">{c.none}</span> : null}
                              <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                                {bookings.map((b) => (
                                  <li key={b.id}>
                                    <a href={`${adminRoute}/collections/bookings/${b.id}`} title={b.packageTitle}>
                                      {b.reference} · {bookingStatusLabel(b.status, lang)}
                                    </a>
                                  </li>
                                ))}
                              </ul>
                            </>
                          ) : null}
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
