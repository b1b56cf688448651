import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { availablePaymentMethods } from '@/payments/providers'

import { PaymentOptions } from './PaymentOptions'

interface Props {
  bookingId: string
  locale: AppLocale
  depositJPY: number
}

/**
 * The booking page's pay area for a booking in `pending-payment` (a server component: it picks
 * the methods on offer and translates every string for the client component).
 */
export function DepositPayment({ bookingId, locale, depositJPY }: Props) {
  const t = getTranslator(locale, 'bookings')
  const amount = new Intl.NumberFormat(locale, { style: 'currency', currency: 'JPY' }).format(depositJPY)
  return (
    <PaymentOptions
      bookingId={bookingId}
      locale={locale}
      methods={availablePaymentMethods()}
      strings={{
        title: t('payment.title'),
        intro: t('payment.intro', { amount }),
        stripe: t('payment.stripe'),
        stripeHint: t('payment.stripeHint'),
        offline: t('payment.offline.choice'),
        offlineHint: t('payment.offline.hint'),
        busy: t('payment.busy'),
        networkError: t('payment.errors.network'),
      }}
    />
  )
}
