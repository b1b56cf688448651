import type { Metadata } from 'next'

import { AccountForm } from '@/components/account/AccountForm'
import { formStrings } from '@/components/account/fields'
import '@/components/account/account.css'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getTranslator(localeParam((await params).lang), 'account')
  return { title: t('forgot.title'), robots: { index: false } }
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'account')
  return (
    <div className="container account-page">
      <h1>{t('forgot.title')}</h1>
      <p>{t('forgot.intro')}</p>
      <AccountForm
        {...formStrings(locale)}
        action="/api/account/forgot-password"
        submitLabel={t('forgot.submit')}
        successMessage={t('forgot.done')}
        fields={[{ name: 'email', label: t('fields.email'), type: 'email', autoComplete: 'email', required: true }]}
      />
      <p>
        <a href={`/${locale}/account/sign-in`}>{t('signIn.title')}</a>
      </p>
    </div>
  )
}
