import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getHospitalBySlug } from '@/catalogue/queries'
import { InquiryFormPage } from '@/components/inquiries/InquiryFormPage'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const hospital = await getHospitalBySlug(locale, slug)
  if (!hospital) return {}
  return { title: getTranslator(locale, 'inquiries')('form.title', { hospital: hospital.name }), robots: { index: false } }
}

export default async function HospitalInquiryPage({ params }: Props) {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const hospital = await getHospitalBySlug(locale, slug)
  if (!hospital) notFound()
  return (
    <InquiryFormPage
      locale={locale}
      path={`/${locale}/hospitals/${hospital.slug}/inquire`}
      hospital={{ id: String(hospital.id), name: hospital.name, slug: hospital.slug }}
    />
  )
}
