import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'

import { formatYen } from '@/catalogue/money'
import { AcceptQuote } from '@/components/inquiries/AcceptQuote'
import { QuoteTable } from '@/components/inquiries/QuoteTable'
import { ReplyForm } from '@/components/inquiries/ReplyForm'
import '@/components/inquiries/inquiries.css'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { patientThread } from '@/inquiries/queries'
import { isQuoteExpired } from '@/inquiries/quote'
import { currentPatient } from '@/patients/session'

type Props = { params: Promise<{ lang: string; id: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getTranslator(localeParam((await params).lang), 'inquiries')
  return { title: t('list.title'), robots: { index: false } }
}

export default async function InquiryThreadPage({ params }: Props) {
  const { lang, id } = await params
  const locale = localeParam(lang)
  const path = `/${locale}/account/inquiries/${id}`
  const patient = await currentPatient(await headers())
  if (!patient) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(path)}`)
  const thread = await patientThread(patient, id, locale)
  if (!thread) notFound()

  const t = getTranslator(locale, 'inquiries')
  const { inquiry, hospital, pkg, messages, documents } = thread
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long' })
  const response = inquiry.response
  const quote = response?.decision === 'accepted' ? response.quote : undefined
  const expired = quote ? isQuoteExpired(quote.validUntil) : false
  const actionStrings = { busy: t('form.busy'), network: t('errors.network') }

  return (
    <div className="container inquiry-page">
      <p>
        <a href={`/${locale}/account/inquiries`}>{t('thread.back')}</a>
      </p>
      <h1>{t('thread.title', { hospital: hospital.name })}</h1>
      <p>
        <span className="inquiry-status">{t(`status.${inquiry.status}`)}</span>
        {inquiry.reference ? <span className="card__meta"> · {inquiry.reference}</span> : null}
        {pkg ? (
          <span className="card__meta">
            {' '}
            · <a href={`/${locale}/packages/${pkg.slug}`}>{pkg.title}</a>
          </span>
        ) : null}
      </p>

      {response?.decision === 'declined' ? (
        <section className="inquiry-section panel" aria-labelledby="decision">
          <h2 id="decision">{t('quote.declined')}</h2>
          <p>{t('quote.declinedReason', { reason: response.declineReason ?? '' })}</p>
        </section>
      ) : null}

      {quote ? (
        <section className="inquiry-section panel" aria-labelledby="quote">
          <h2 id="quote">{t('quote.title')}</h2>
          <QuoteTable quote={quote} locale={locale} />
          {typeof quote.depositJPY === 'number' && quote.depositJPY > 0 ? (
            <p>{t('quote.deposit', { amount: formatYen(quote.depositJPY, locale) })}</p>
          ) : null}
          {quote.notCovered ? (
            <>
              <h3>{t('quote.notCovered')}</h3>
              <p style={{ whiteSpace: 'pre-wrap' }}>{quote.notCovered}</p>
            </>
          ) : null}
          {quote.validUntil ? <p className="card__meta">{t('quote.validUntil', { date: day.format(new Date(quote.validUntil)) })}</p> : null}
          {inquiry.quoteAcceptedAt ? (
            <>
              <p>{t('quote.accepted', { date: day.format(new Date(inquiry.quoteAcceptedAt)) })}</p>
              {pkg ? (
                <p>
                  <a className="button" href={`/${locale}/packages/${pkg.slug}/book?inquiry=${inquiry.id}`}>
                    {t('quote.bookDate')}
                  </a>
                </p>
              ) : null}
            </>
          ) : expired ? (
            <p className="inquiry-error">{t('quote.expired')}</p>
          ) : (
            <AcceptQuote inquiryId={String(inquiry.id)} locale={locale} strings={{ accept: t('quote.accept'), ...actionStrings }} />
          )}
        </section>
      ) : null}

      <section className="inquiry-section" aria-labelledby="messages">
        <h2 id="messages">{t('thread.messages')}</h2>
        <ol className="inquiry-thread">
          {messages.map((message) => (
            <li key={message.id} className={`inquiry-message inquiry-message--${message.authorType}`}>
              <header>
                <strong>{message.authorType === 'staff' ? t('thread.hospital', { hospital: hospital.name }) : t('thread.you')}</strong> ·{' '}
                <time dateTime={message.createdAt}>{when.format(new Date(message.createdAt))}</time>
              </header>
              <p>{message.body}</p>
            </li>
          ))}
        </ol>
        {inquiry.status === 'closed' ? <p className="card__meta">{t('thread.closedNote')}</p> : null}
        <ReplyForm
          inquiryId={String(inquiry.id)}
          locale={locale}
          strings={{ label: t('thread.reply'), submit: t('thread.replySubmit'), ...actionStrings }}
        />
      </section>

      <section className="inquiry-section" aria-labelledby="documents">
        <h2 id="documents">{t('thread.documents')}</h2>
        {documents.length === 0 ? (
          <p>{t('thread.noDocuments')}</p>
        ) : (
          <ul>
            {documents.map((doc) => (
              <li key={doc.id}>
                {doc.url ? (
                  <a href={doc.url} target="_blank" rel="noopener noreferrer">
                    {doc.originalName ?? doc.id}
                  </a>
                ) : (
                  doc.originalName
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
