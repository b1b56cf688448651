import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { headers } from 'next/headers'

import { AccountForm } from '@/components/account/AccountForm'
import { formStrings, safeReturnPath } from '@/components/account/fields'
import '@/components/account/account.css'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'
import { currentPatient } from '@/patients/session'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ next?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getTranslator(localeParam((await params).lang), 'account')
  return { title: t('signIn.title'), robots: { index: false } }
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).lang)
  const next = safeReturnPath((await searchParams).next, locale)
  if (await currentPatient(await headers())) redirect(next)
  const t = getTranslator(locale, 'account')
  return (
    <div className="container account-page">
      <h1>{t('signIn.title')}</h1>
      <AccountForm
        {...formStrings(locale)}
        action="/api/account/sign-in"
        submitLabel={t('signIn.submit')}
        redirectTo={next}
        fields={[
          { name: 'email', label: t('fields.email'), type: 'email', autoComplete: 'username', required: true },
          { name: 'password', label: t('fields.password'), type: 'password', autoComplete: 'current-password', required: true },
        ]}
      />
      <div className="account-links">
        <a href={`/${locale}/account/forgot-password`}>{t('signIn.forgot')}</a>
        <a href={`/${locale}/account/verify`}>{t('signIn.resendLink')}</a>
      </div>
      <p>
        {t('signIn.noAccount')} <a href={`/${locale}/account/sign-up`}>{t('signIn.createAccount')}</a>
      </p>
    </div>
  )
}
