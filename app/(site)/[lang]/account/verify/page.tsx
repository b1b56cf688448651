import type { Metadata } from 'next'

import { AccountForm } from '@/components/account/AccountForm'
import { formStrings } from '@/components/account/fields'
import '@/components/account/account.css'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { verifyEmail } from '@/patients/service'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ token?: string | string[] }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getTranslator(localeParam((await params).lang), 'account')
  return { title: t('verify.title'), robots: { index: false } }
}

/** The landing page of the verification email: verifies, or offers a new link. */
export default async function VerifyPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).lang)
  const raw = (await searchParams).token
  const token = Array.isArray(raw) ? raw[0] : raw
  const t = getTranslator(locale, 'account')
  const outcome = token ? await verifyEmail(token) : undefined
  return (
    <div className="container account-page">
      <h1>{t('verify.title')}</h1>
      {outcome?.ok ? (
        <>
          <p className="account-notice" role="status">
            {t('verify.success')}
          </p>
          <p>
            <a className="button" href={`/${locale}/account/sign-in`}>
              {t('signIn.submit')}
            </a>
          </p>
        </>
      ) : (
        <>
          {outcome ? (
            <p className="account-notice account-notice--error" role="alert">
              {t('verify.failed')}
            </p>
          ) : null}
          <p>{t('verify.resendIntro')}</p>
          <AccountForm
            {...formStrings(locale)}
            action="/api/account/verify"
            submitLabel={t('verify.resendSubmit')}
            successMessage={t('verify.resendDone')}
            fields={[{ name: 'email', label: t('fields.email'), type: 'email', autoComplete: 'email', required: true }]}
          />
        </>
      )}
    </div>
  )
}
