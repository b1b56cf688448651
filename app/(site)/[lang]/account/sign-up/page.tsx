import type { Metadata } from 'next'

import { AccountForm } from '@/components/account/AccountForm'
import { formStrings, profileFields } from '@/components/account/fields'
import '@/components/account/account.css'
import { localeParam } from '@/i18n/request'
import { getTranslator } from '@/i18n/server'

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getTranslator(localeParam((await params).lang), 'account')
  return { title: t('signUp.title'), robots: { index: false } }
}

export default async function SignUpPage({ params }: Props) {
  const locale = localeParam((await params).lang)
  const t = getTranslator(locale, 'account')
  return (
    <div className="container account-page">
      <h1>{t('signUp.title')}</h1>
      <p>{t('signUp.intro')}</p>
      <AccountForm
        {...formStrings(locale)}
        action="/api/account/sign-up"
        submitLabel={t('signUp.submit')}
        successMessage={`${t('signUp.doneTitle')}. ${t('signUp.doneBody')}`}
        fields={[
          { name: 'email', label: t('fields.email'), type: 'email', autoComplete: 'email', required: true },
          { name: 'password', label: t('fields.password'), type: 'password', autoComplete: 'new-password', required: true, hint: t('fields.passwordHint') },
          ...profileFields(t, locale),
        ]}
      />
      <p>
        {t('signUp.haveAccount')} <a href={`/${locale}/account/sign-in`}>{t('signIn.title')}</a>
      </p>
    </div>
  )
}
