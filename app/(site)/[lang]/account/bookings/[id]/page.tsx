import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'

import { formatSlotDate } from '@/booking/emails'
import { bookingOfPatient } from '@/booking/queries'
import { cancellationQuoteFor } from '@/booking/service'
import { canTransition } from '@/booking/transitions'
import { CancelBooking } from '@/components/booking/CancelBooking'
import '@/components/booking/booking.css'
import { DepositPayment } from '@/components/payments/DepositPayment'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { currentPatient } from '@/patients/session'

type Props = {
  params: Promise<{ lang: string; id: string }>
  searchParams: Promise<{ payment?: string | string[] }>
}

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getTranslator(localeParam((await params).lang), 'bookings')
  return { title: t('page.listTitle'), robots: { index: false } }
}

export default async function BookingPage({ params, searchParams }: Props) {
  const { lang, id } = await params
  // Stripe Checkout sends the patient back here with ?payment=success|cancelled.
  const returned = (await searchParams).payment
  const locale = localeParam(lang)
  const patient = await currentPatient(await headers())
  if (!patient) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(`/${locale}/account/bookings/${id}`)}`)
  const booking = await bookingOfPatient(patient, locale, id)
  if (!booking) notFound()

  const t = getTranslator(locale, 'bookings')
  const yen = new Intl.NumberFormat(locale, { style: 'currency', currency: 'JPY' })
  // Times in the patient's own time zone when they gave one (the hold ends at an instant).
  const timeZone = patient.timeZone || 'UTC'
  const when = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  })
  const pkg = typeof booking.package === 'object' ? booking.package : undefined
  const hospital = typeof booking.hospital === 'object' ? booking.hospital : undefined
  const agreed = booking.agreed
  const now = Date.now()
  const holdEnds = booking.holdExpiresAt ? new Date(booking.holdExpiresAt) : undefined
  const minutesLeft = holdEnds ? Math.max(0, Math.round((holdEnds.getTime() - now) / 60_000)) : 0
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const left = minutesLeft >= 120 ? relative.format(Math.round(minutesLeft / 60), 'hour') : relative.format(minutesLeft, 'minute')
  const quote = cancellationQuoteFor(booking, 'patient')
  const canCancel = canTransition(booking.status, 'cancelled', 'patient')

  return (
    <div className="container">
      <p>
        <a href={`/${locale}/account/bookings`}>{t('page.back')}</a>
      </p>
      <h1>{t('page.title', { reference: booking.reference })}</h1>
      <p>
        <span className={`booking-status booking-status--${booking.status}`}>{t(`status.${booking.status}`)}</span>
      </p>

      {returned === 'success' && booking.status === 'pending-payment' ? (
        <p className="notice" role="status">{t('payment.returned.success')}</p>
      ) : null}
      {returned === 'cancelled' && booking.status === 'pending-payment' ? (
        <p className="notice" role="status">{t('payment.returned.cancelled')}</p>
      ) : null}

      <div className="booking-layout">
        <div>
          <section className="panel" aria-labelledby="facts">
            <h2 id="facts" className="visually-hidden">
              {t('page.reference')}
            </h2>
            <dl className="booking-facts">
              <dt>{t('page.reference')}</dt>
              <dd>{booking.reference}</dd>
              <dt>{t('page.package')}</dt>
              <dd>{pkg ? <a href={`/${locale}/packages/${pkg.slug}`}>{pkg.title}</a> : agreed?.packageTitle}</dd>
              <dt>{t('page.hospital')}</dt>
              <dd>{hospital ? <a href={`/${locale}/hospitals/${hospital.slug}`}>{hospital.name}</a> : null}</dd>
              <dt>{t('page.date')}</dt>
              <dd>{formatSlotDate(locale, booking.slotDate)}</dd>
            </dl>
          </section>

          {booking.status === 'pending-payment' && holdEnds ? (
            <p className="notice" role="status">
              {holdEnds.getTime() > now ? t('page.holdUntil', { time: when.format(holdEnds), left }) : t('page.holdEnded')}
            </p>
          ) : null}
          {booking.status === 'expired' ? <p className="notice">{t('page.holdEnded')}</p> : null}
          {booking.status === 'requested' ? <p className="notice">{t('page.awaitingApproval')}</p> : null}

          <section className="panel" aria-labelledby="agreed">
            <h2 id="agreed">{t('page.agreed')}</h2>
            <table className="booking-items">
              <tbody>
                {(agreed?.items ?? []).map((item, index) => (
                  <tr key={item.id ?? index}>
                    <td>{item.label}</td>
                    <td>{yen.format(item.amountJPY)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('page.total')}</th>
                  <td>{yen.format(agreed?.totalJPY ?? 0)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('page.deposit')}</th>
                  <td>{yen.format(agreed?.depositJPY ?? 0)}</td>
                </tr>
              </tfoot>
            </table>
            {booking.cancellation?.at ? (
              <p>
                {t('page.cancellationDone', {
                  date: when.format(new Date(booking.cancellation.at)),
                  fee: yen.format(booking.cancellation.feeJPY ?? 0),
                  refund: yen.format(booking.cancellation.refundJPY ?? 0),
                })}
              </p>
            ) : null}
          </section>

          {/* Payment area: the payments builder's component, only while the deposit is awaited. */}
          {booking.status === 'pending-payment' && (holdEnds?.getTime() ?? 0) > now ? (
            <DepositPayment bookingId={String(booking.id)} locale={locale} depositJPY={agreed?.depositJPY ?? 0} />
          ) : null}

          {booking.status === 'confirmed' || booking.status === 'completed' ? (
            <p>
              <a className="button" href={`/api/account/bookings/${booking.id}/confirmation`} download>
                {t('page.confirmationPdf')}
              </a>
            </p>
          ) : null}

          {canCancel ? (
            <CancelBooking
              bookingId={String(booking.id)}
              locale={locale}
              strings={{
                title: t('cancel.title'),
                start: t('cancel.start'),
                consequence: quote.feeJPY === 0
                  ? t('cancel.free', { refund: yen.format(quote.refundJPY) })
                  : t('cancel.fee', { fee: yen.format(quote.feeJPY), refund: yen.format(quote.refundJPY) }),
                confirm: t('cancel.confirm'),
                keep: t('cancel.keep'),
                busy: t('cancel.busy'),
                network: t('errors.network'),
              }}
            />
          ) : null}
        </div>

        <section className="panel" aria-labelledby="timeline">
          <h2 id="timeline">{t('page.timeline')}</h2>
          <ol className="booking-timeline">
            {(booking.transitions ?? []).map((step, index) => (
              <li key={step.id ?? index}>
                <strong>{t(`status.${step.to}`)}</strong>
                <time dateTime={step.at}>{when.format(new Date(step.at))}</time>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  )
}
