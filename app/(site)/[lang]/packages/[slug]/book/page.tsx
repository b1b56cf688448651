import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { openSlotsFor } from '@/booking/queries'
import { getPackageBySlug } from '@/catalogue/queries'
import { Breadcrumbs } from '@/components/catalogue/Breadcrumbs'
import { SlotPicker, type PickerMonth } from '@/components/booking/SlotPicker'
import '@/components/booking/booking.css'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { currentPatient } from '@/patients/session'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<{ inquiry?: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const pkg = await getPackageBySlug(locale, slug)
  const t = getTranslator(locale, 'bookings')
  return { title: pkg ? `${t('picker.title')} · ${pkg.title}` : t('picker.title'), robots: { index: false } }
}

export default async function BookPackagePage({ params, searchParams }: Props) {
  const { lang, slug } = await params
  const { inquiry } = await searchParams
  const locale = localeParam(lang)
  const pkg = await getPackageBySlug(locale, slug)
  if (!pkg) notFound()

  const t = getTranslator(locale, 'bookings')
  const patient = await currentPatient(await headers())
  const slots = await openSlotsFor(String(pkg.id))
  const hospital = typeof pkg.hospital === 'object' && pkg.hospital ? pkg.hospital : undefined
  const packagePath = `/${locale}/packages/${pkg.slug}`
  const here = `${packagePath}/book${inquiry ? `?inquiry=${encodeURIComponent(inquiry)}` : ''}`

  // Slot dates are calendar days stored at noon UTC: format them in UTC so no zone shifts the day.
  const monthFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })
  const dayFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
  const months: PickerMonth[] = []
  for (const slot of slots) {
    const date = new Date(slot.date)
    const label = monthFormat.format(date)
    let month = months.at(-1)
    if (!month || month.label !== label) {
      month = { label, days: [] }
      months.push(month)
    }
    month.days.push({
      id: slot.id,
      label: dayFormat.format(date),
      left: slot.remaining > 0 ? t('picker.remaining', { count: slot.remaining }) : t('picker.full'),
      full: slot.remaining <= 0,
    })
  }

  return (
    <div className="container">
      <Breadcrumbs locale={locale} trail={[{ href: packagePath, label: pkg.title }]} current={t('picker.title')} />
      <header className="detail-header">
        <h1>{t('picker.title')}</h1>
        <p>
          {pkg.title}
          {hospital ? ` · ${hospital.name}` : ''}
        </p>
        <p>{pkg.requiresApproval && !inquiry ? t('picker.approvalNote') : t('picker.intro')}</p>
      </header>

      {months.length === 0 ? (
        <section className="panel empty" aria-live="polite">
          <p>{t('picker.empty')}</p>
          <p>
            <a className="button" href={`${packagePath}/inquire`}>
              {t('picker.ask')}
            </a>
          </p>
        </section>
      ) : (
        <section className="panel" aria-label={t('picker.legend')}>
          <SlotPicker
            locale={locale}
            months={months}
            inquiry={inquiry}
            signInHref={patient ? undefined : `/${locale}/account/sign-in?next=${encodeURIComponent(here)}`}
            strings={{
              legend: t('picker.legend'),
              submit: patient ? t('picker.submit') : t('picker.signIn'),
              busy: t('picker.busy'),
              chooseDate: t('errors.chooseDate'),
              network: t('errors.network'),
            }}
          />
        </section>
      )}
    </div>
  )
}
