import { env } from '@/env'
import { defaultLocale, isLocale, type AppLocale } from '@/i18n/locales'
import { renderEmail } from '@/notifications/templates'

/**
 * Payload sends the verification and password-reset emails itself (it owns the tokens); these
 * give them our wording, in the patient's language, with links to the site's own pages.
 */

interface AuthEmailArgs {
  token?: string
  user?: unknown
}

function recipient(user: unknown): { locale: AppLocale; name: string } {
  const candidate = (user ?? {}) as { preferredLanguage?: unknown; name?: unknown; email?: unknown }
  const locale = isLocale(candidate.preferredLanguage) ? candidate.preferredLanguage : defaultLocale
  const name = typeof candidate.name === 'string' && candidate.name ? candidate.name : String(candidate.email ?? '')
  return { locale, name }
}

export function accountLink(locale: AppLocale, page: 'verify' | 'reset-password', token: string): string {
  return `${env.serverUrl}/${locale}/account/${page}?token=${encodeURIComponent(token)}`
}

function verifyEmail({ token = '', user }: AuthEmailArgs) {
  const { locale, name } = recipient(user)
  return renderEmail('patient-verify-email', locale, { name, url: accountLink(locale, 'verify', token) })
}

function resetEmail({ token = '', user }: AuthEmailArgs) {
  const { locale, name } = recipient(user)
  return renderEmail('patient-reset-password', locale, { name, url: accountLink(locale, 'reset-password', token) })
}

export const verificationEmailHTML = (args: AuthEmailArgs) => verifyEmail(args).html
export const verificationEmailSubject = (args: AuthEmailArgs) => verifyEmail(args).subject
export const resetPasswordEmailHTML = (args?: AuthEmailArgs) => resetEmail(args ?? {}).html
export const resetPasswordEmailSubject = (args?: AuthEmailArgs) => resetEmail(args ?? {}).subject
