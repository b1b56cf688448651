import type { Metadata } from 'next'

import { AccountForm } from '@/components/account/AccountForm'
import { formStrings } from '@/components/account/fields'
import '@/components/account/account.css'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ token?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getTranslator(localeParam((await params).lang), 'account')
  return { title: t('reset.title'), robots: { index: false } }
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).lang)
  const raw = (await searchParams).token
  const token = Array.isArray(raw) ? raw[0] : raw
  const t = getTranslator(locale, 'account')
  return (
    <div className="container account-page">
      <h1>{t('reset.title')}</h1>
      {token ? (
        <AccountForm
          {...formStrings(locale)}
          action="/api/account/reset-password"
          submitLabel={t('reset.submit')}
          redirectTo={`/${locale}/account`}
          fields={[
            { name: 'token', label: '', type: 'hidden', defaultValue: token },
            { name: 'password', label: t('fields.newPassword'), type: 'password', autoComplete: 'new-password', required: true, hint: t('fields.passwordHint') },
          ]}
        />
      ) : (
        <p className="account-notice account-notice--error" role="alert">
          {t('reset.missingToken')}
        </p>
      )}
      <p>
        <a href={`/${locale}/account/forgot-password`}>{t('reset.requestNew')}</a>
      </p>
    </div>
  )
}
