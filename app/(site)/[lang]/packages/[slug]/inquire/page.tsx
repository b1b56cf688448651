import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getPackageBySlug } from '@/catalogue/queries'
import { InquiryFormPage } from '@/components/inquiries/InquiryFormPage'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const pkg = await getPackageBySlug(locale, slug)
  const hospital = pkg && typeof pkg.hospital === 'object' ? pkg.hospital : undefined
  if (!pkg || !hospital) return {}
  return { title: getTranslator(locale, 'inquiries')('form.title', { hospital: hospital.name }), robots: { index: false } }
}

export default async function PackageInquiryPage({ params }: Props) {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const pkg = await getPackageBySlug(locale, slug)
  const hospital = pkg && typeof pkg.hospital === 'object' && pkg.hospital ? pkg.hospital : undefined
  if (!pkg || !hospital) notFound()
  return (
    <InquiryFormPage
      locale={locale}
      path={`/${locale}/packages/${pkg.slug}/inquire`}
      hospital={{ id: String(hospital.id), name: hospital.name, slug: hospital.slug }}
      pkg={{ id: String(pkg.id), title: pkg.title, slug: pkg.slug }}
    />
  )
}
