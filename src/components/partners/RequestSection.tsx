import { headers } from 'next/headers'

import '@/components/inquiries/inquiries.css'
import type { AppLocale } from '@/i18n/locales'
import { getTranslator } from '@/i18n/server'
import { ownPartner } from '@/partners/queries'
import { MIN_MESSAGE } from '@/partners/validation'
import { currentPatient } from '@/patients/session'

import { PartnerRequestForm } from './PartnerForms'

/**
 * "Request this solution" on a solution page: the form for a member of a partner organisation
 * (pending ones too), a link to register the organisation for other accounts, and a sign-in link
 * that comes back here for visitors.
 */
export async function SolutionRequestSection({ locale, solution, path }: { locale: AppLocale; solution: { id: string; title: string; company: string }; path: string }) {
  const t = getTranslator(locale, 'partners')
  const patient = await currentPatient(await headers())
  const partner = patient ? await ownPartner(patient, locale) : null
  let content
  if (!patient) {
    content = (
      <p>
        <a className="button" href={`/${locale}/account/sign-in?next=${encodeURIComponent(`${path}#request`)}`}>
          {t('request.signIn')}
        </a>
      </p>
    )
  } else if (!partner) {
    content = (
      <p>
        <a className="button" href={`/${locale}/partners#register`}>
          {t('request.registerFirst')}
        </a>
      </p>
    )
  } else if (partner.verificationStatus === 'rejected') {
    content = <p>{t('own.rejectedNote')}</p>
  } else {
    content = (
      <>
        <p>{t('request.fromSolutionIntro', { company: solution.company })}</p>
        {partner.verificationStatus === 'pending' ? <p className="notice">{t('own.pendingNote')}</p> : null}
        <PartnerRequestForm
          locale={locale}
          kinds={[]}
          fixedKind="solution"
          solutionId={solution.id}
          defaultSubject={solution.title}
          redirectTo={`/${locale}/partners#requests`}
          strings={{
            kind: t('request.kind'),
            subject: t('request.subject'),
            message: t('request.message'),
            messageHint: t('request.messageHint', { min: MIN_MESSAGE }),
            submit: t('request.submit'),
            busy: t('request.busy'),
            sent: t('request.sent'),
            summary: t('errors.summary'),
            network: t('errors.network'),
          }}
        />
      </>
    )
  }
  return (
    <section className="panel coop-section" id="request" aria-labelledby="request-title">
      <h2 id="request-title">{t('request.fromSolution')}</h2>
      {content}
    </section>
  )
}
