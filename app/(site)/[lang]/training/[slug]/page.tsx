import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/catalogue/JsonLd'
import '@/components/partners/partners.css'
import { ApplySection } from '@/components/training/ApplySection'
import { hostName } from '@/components/training/ProgramCard'
import { contentReadMode } from '@/editorial/preview'
import { languageName } from '@/geo/countries'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { absoluteUrl, alternatesFor } from '@/seo/alternates'
import { courseJsonLd } from '@/seo/cooperationJsonLd'
import { getProgramBySlug } from '@/training/queries'
import { applicationsOpen } from '@/training/rules'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<SearchParams> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const mode = await contentReadMode(await searchParams)
  const program = await getProgramBySlug(locale, slug, mode.draft, mode.user)
  if (!program) return {}
  return {
    title: program.title,
    description: program.summary ?? undefined,
    alternates: alternatesFor(locale, `/training/${program.slug}`),
    robots: mode.draft ? { index: false } : undefined,
  }
}

export default async function ProgramPage({ params, searchParams }: Props) {
  const { lang, slug } = await params
  const locale = localeParam(lang)
  const mode = await contentReadMode(await searchParams)
  const program = await getProgramBySlug(locale, slug, mode.draft, mode.user)
  if (!program) notFound()

  const t = getTranslator(locale, 'training')
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long' })
  const open = applicationsOpen(program.applicationDeadline)
  const hospital = program.host?.kind === 'hospital' && typeof program.host.hospital === 'object' ? program.host.hospital : null
  const host = hostName(program.host)
  const hospitalPath = hospital ? `/${locale}/hospitals/${hospital.slug}` : undefined
  const path = `/${locale}/training/${program.slug}`

  return (
    <div className="container coop-page">
      <JsonLd data={courseJsonLd(program, locale, absoluteUrl(locale, `/training/${program.slug}`), hospital ? absoluteUrl(locale, `/hospitals/${hospital.slug}`) : undefined)} />
      <p>
        <a href={`/${locale}/training`}>{t('program.back')}</a>
      </p>
      <header className="detail-header">
        <h1>{program.title}</h1>
        <p className="coop-meta">{hospitalPath ? <a href={hospitalPath}>{host}</a> : host}</p>
        {program.summary ? <p>{program.summary}</p> : null}
        {open ? (
          <p className="coop-badge coop-badge--ok">{t('program.open', { date: day.format(new Date(program.applicationDeadline)) })}</p>
        ) : (
          <p className="coop-closed" role="status">
            <strong>{t('program.closed')}.</strong> {t('program.closedBody')}
          </p>
        )}
      </header>
      <div className="detail-grid">
        <div>
          {program.body ? (
            <section className="panel rich-text" aria-labelledby="about">
              <h2 id="about">{t('program.about')}</h2>
              <RichText data={program.body} />
            </section>
          ) : null}
          {program.eligibility ? (
            <section className="panel" aria-labelledby="eligibility">
              <h2 id="eligibility">{t('program.eligibility')}</h2>
              <p style={{ whiteSpace: 'pre-line' }}>{program.eligibility}</p>
            </section>
          ) : null}
          <ApplySection locale={locale} program={{ id: String(program.id), title: program.title }} hostName={host} open={open} path={path} />
        </div>
        <aside>
          <section className="panel" aria-labelledby="facts">
            <h2 id="facts" className="visually-hidden">
              {t('program.about')}
            </h2>
            <dl className="facts">
              <dt>{t('program.host')}</dt>
              <dd>{hospitalPath ? <a href={hospitalPath}>{host}</a> : host}</dd>
              <dt>{t('program.field')}</dt>
              <dd>{t(`field.${program.field}`)}</dd>
              <dt>{t('program.length')}</dt>
              <dd>{t('program.weeks', { weeks: program.lengthWeeks })}</dd>
              <dt>{t('program.format')}</dt>
              <dd>{t(`format.${program.format}`)}</dd>
              <dt>{t('program.languages')}</dt>
              <dd>{(program.instructionLanguages ?? []).map((code) => languageName(code, locale)).join(', ')}</dd>
              <dt>{t('program.deadline')}</dt>
              <dd>
                <time dateTime={program.applicationDeadline}>{day.format(new Date(program.applicationDeadline))}</time>
              </dd>
              {program.startDate ? (
                <>
                  <dt>{t('program.startDate')}</dt>
                  <dd>
                    <time dateTime={program.startDate}>{day.format(new Date(program.startDate))}</time>
                  </dd>
                </>
              ) : null}
              {program.seats ? (
                <>
                  <dt>{t('program.seats')}</dt>
                  <dd>{new Intl.NumberFormat(locale).format(program.seats)}</dd>
                </>
              ) : null}
              <dt>{t('program.scholarship')}</dt>
              <dd>{program.scholarship?.available ? (program.scholarship.details ?? t('program.scholarshipAvailable')) : t('program.noScholarship')}</dd>
            </dl>
          </section>
        </aside>
      </div>
    </div>
  )
}
