import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { bookingsOfPatient } from '@/booking/queries'
import { formatSlotDate } from '@/booking/emails'
import '@/components/booking/booking.css'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { currentPatient } from '@/patients/session'

type Props = { params: Promise<{ lang: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getTranslator(localeParam((await params).lang), 'bookings')
  return { title: t('page.listTitle'), robots: { index: false } }
}

export default async function MyBookingsPage({ params }: Props) {
  const locale = localeParam((await params).lang)
  const patient = await currentPatient(await headers())
  if (!patient) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(`/${locale}/account/bookings`)}`)
  const t = getTranslator(locale, 'bookings')
  const bookings = await bookingsOfPatient(patient, locale)
  return (
    <div className="container">
      <h1>{t('page.listTitle')}</h1>
      {bookings.length === 0 ? (
        <p className="panel empty">{t('page.listEmpty')}</p>
      ) : (
        <ul className="booking-list">
          {bookings.map((b) => (
            <li key={b.id} className="panel">
              <a href={`/${locale}/account/bookings/${b.id}`}>
                <strong>{b.agreed?.packageTitle ?? (typeof b.package === 'object' ? b.package.title : '')}</strong>
              </a>
              <p>
                {formatSlotDate(locale, b.slotDate)} · {typeof b.hospital === 'object' ? b.hospital.name : ''} · {b.reference}
              </p>
              <span className={`booking-status booking-status--${b.status}`}>{t(`status.${b.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
