import config from '@payload-config'
import {
  AuthenticationError,
  createLocalReq,
  generateExpiredPayloadCookie,
  generatePayloadCookie,
  getPayload,
  LockedAuth,
  logoutOperation,
  UnverifiedEmail,
  type Payload,
} from 'payload'

import type { AppLocale } from '@/i18n/locales'
import { queueEmail } from '@/notifications/outbox'

import type { Patient } from '../../payload-types'

import { accountLink } from './authEmails'
import type { SignedInPatient } from './session'
import { passwordError, validateProfile, validateSignUp, type FieldErrors, type ProfileInput, type SignUpInput } from './validation'

/**
 * What the site's account endpoints do, apart from HTTP. Results are plain values with
 * translation keys; the route handlers turn them into responses in the visitor's language.
 */

export type Outcome<T = object> =
  | ({ ok: true } & T)
  | { ok: false; status: number; error: `errors.${string}`; fieldErrors?: FieldErrors; values?: Record<string, unknown> }

const fail = (status: number, error: `errors.${string}`, extra: { fieldErrors?: FieldErrors; values?: Record<string, unknown> } = {}) =>
  ({ ok: false, status, error, ...extra }) as const

export const patientsPayload = (): Promise<Payload> => getPayload({ config })

function authConfig(payload: Payload) {
  return payload.collections.patients.config.auth
}

/** The Set-Cookie value that signs the patient in with Payload's own session cookie. */
export function sessionCookie(payload: Payload, token: string): string {
  return generatePayloadCookie({ collectionAuthConfig: authConfig(payload), cookiePrefix: payload.config.cookiePrefix, token })
}

export function expiredSessionCookie(payload: Payload): string {
  return generateExpiredPayloadCookie({ collectionAuthConfig: authConfig(payload), cookiePrefix: payload.config.cookiePrefix })
}

/**
 * Creates an unverified account; Payload emails the verification link. An address that already
 * has an account gets the same answer (no email is sent), so the form does not tell strangers
 * who is registered.
 */
export async function signUp(input: SignUpInput, locale: AppLocale): Promise<Outcome> {
  const { value, errors } = validateSignUp(input, locale)
  if (Object.keys(errors).length > 0) return fail(400, 'errors.invalidForm', { fieldErrors: errors })
  const payload = await patientsPayload()
  // Bypasses access on purpose: a visitor may not read accounts, but sign-up must know whether the
  // address is taken (the answer is never shown to the visitor).
  const existing = await payload.count({ collection: 'patients', where: { email: { equals: value.email } }, overrideAccess: true })
  if (existing.totalDocs > 0) return { ok: true }
  const created = await payload.create({
    collection: 'patients',
    // Our own email below, after the account is committed: in the recipient's language, through
    // the outbox, and never a second write inside Payload's create transaction.
    disableVerificationEmail: true,
    data: {
      email: value.email,
      password: value.password,
      name: value.name,
      preferredLanguage: value.preferredLanguage,
      country: value.country,
      phone: value.phone,
      timeZone: value.timeZone,
    },
    overrideAccess: false,
    depth: 0,
  })
  await sendVerificationLink(payload, created.id, 'created')
  return { ok: true }
}

/** Queues the verification email with the account's current token (none once verified). */
async function sendVerificationLink(payload: Payload, id: string, occasion: string): Promise<void> {
  // Bypasses access: the token is hidden from everyone and read only to be emailed to its owner.
  const patient = (await payload.findByID({ collection: 'patients', id, showHiddenFields: true, overrideAccess: true, depth: 0 })) as Patient
  const token = patient._verificationToken
  if (patient._verified || !token) return
  const req = await createLocalReq({}, payload)
  await queueEmail(req, {
    to: patient.email,
    locale: patient.preferredLanguage,
    template: 'patient-verify-email',
    data: { name: patient.name, url: accountLink(patient.preferredLanguage, 'verify', token) },
    idempotencyKey: `patient-verify-email:${id}:${occasion}`,
    about: { collection: 'patients', id: String(id) },
  })
}

/** Minutes until a locked account opens again (at least 1). */
async function minutesLocked(payload: Payload, email: string): Promise<number> {
  // Bypasses access: the lock time belongs to an account the visitor is not (yet) signed in to.
  const found = await payload.find({
    collection: 'patients',
    where: { email: { equals: email } },
    overrideAccess: true,
    showHiddenFields: true,
    limit: 1,
    depth: 0,
  })
  const lockUntil = (found.docs[0] as { lockUntil?: string | null } | undefined)?.lockUntil
  const ms = lockUntil ? new Date(lockUntil).getTime() - Date.now() : 0
  return Math.max(1, Math.ceil(ms / 60_000))
}

export async function signIn(
  input: { email?: unknown; password?: unknown },
): Promise<Outcome<{ cookie: string; patient: Patient }> | { ok: false; status: number; error: 'errors.locked'; minutes: number }> {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : ''
  const password = typeof input.password === 'string' ? input.password : ''
  const fieldErrors: FieldErrors = {}
  if (!email) fieldErrors.email = 'errors.emailRequired'
  if (!password) fieldErrors.password = 'errors.passwordRequired'
  if (Object.keys(fieldErrors).length > 0) return fail(400, 'errors.invalidForm', { fieldErrors })
  const payload = await patientsPayload()
  try {
    const result = await payload.login({ collection: 'patients', data: { email, password }, depth: 0 })
    if (!result.token) return fail(401, 'errors.invalidCredentials')
    return { ok: true, cookie: sessionCookie(payload, result.token), patient: result.user as Patient }
  } catch (error) {
    if (error instanceof LockedAuth) {
      return { ok: false, status: 429, error: 'errors.locked', minutes: await minutesLocked(payload, email) }
    }
    if (error instanceof UnverifiedEmail) return fail(403, 'errors.unverified')
    if (error instanceof AuthenticationError) return fail(401, 'errors.invalidCredentials')
    throw error
  }
}

/** Ends this browser's session (Payload's session record too, not only the cookie). */
export async function signOut(headers: Headers): Promise<{ cookie: string }> {
  const payload = await patientsPayload()
  const { user } = await payload.auth({ headers })
  if (user && user.collection === 'patients') {
    const req = await createLocalReq({ user }, payload)
    await logoutOperation({ collection: payload.collections.patients, req })
  }
  return { cookie: expiredSessionCookie(payload) }
}

export async function verifyEmail(token: unknown): Promise<Outcome> {
  if (typeof token !== 'string' || !/^[a-f0-9]{10,200}$/i.test(token)) return fail(400, 'errors.verifyInvalid')
  const payload = await patientsPayload()
  try {
    await payload.verifyEmail({ collection: 'patients', token })
    return { ok: true }
  } catch {
    return fail(400, 'errors.verifyInvalid')
  }
}

/**
 * Sends the verification link again to an account that is not verified yet (the first email may
 * be lost or the link mistyped). The answer is the same whether or not such an account exists.
 */
export async function resendVerification(input: { email?: unknown }): Promise<Outcome> {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : ''
  if (!email) return fail(400, 'errors.invalidForm', { fieldErrors: { email: 'errors.emailRequired' } })
  const payload = await patientsPayload()
  // Bypasses access: the visitor is not signed in and may not read accounts.
  const found = await payload.find({
    collection: 'patients',
    where: { and: [{ email: { equals: email } }, { _verified: { not_equals: true } }] },
    overrideAccess: true,
    limit: 1,
    depth: 0,
  })
  const patient = found.docs[0]
  if (patient) await sendVerificationLink(payload, patient.id, `resent-${Date.now()}`)
  return { ok: true }
}

/** Sends a reset link when the address has an account. The answer is the same either way. */
export async function forgotPassword(input: { email?: unknown }): Promise<Outcome> {
  const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : ''
  if (!email) return fail(400, 'errors.invalidForm', { fieldErrors: { email: 'errors.emailRequired' } })
  const payload = await patientsPayload()
  // Payload makes the token; the email is ours (see signUp for why it is not Payload's).
  const token = await payload.forgotPassword({ collection: 'patients', data: { email }, disableEmail: true })
  if (!token) return { ok: true }
  // Bypasses access: the visitor is not signed in; this reads only where to send the link.
  const found = await payload.find({ collection: 'patients', where: { email: { equals: email } }, overrideAccess: true, limit: 1, depth: 0 })
  const patient = found.docs[0]
  if (!patient) return { ok: true }
  const req = await createLocalReq({}, payload)
  await queueEmail(req, {
    to: patient.email,
    locale: patient.preferredLanguage,
    template: 'patient-reset-password',
    data: { name: patient.name, url: accountLink(patient.preferredLanguage, 'reset-password', token) },
    idempotencyKey: `patient-reset-password:${patient.id}:${token}`,
    about: { collection: 'patients', id: String(patient.id) },
  })
  return { ok: true }
}

export async function resetPassword(input: { token?: unknown; password?: unknown }): Promise<Outcome<{ cookie: string }>> {
  const error = passwordError(input.password)
  if (error) return fail(400, 'errors.invalidForm', { fieldErrors: { password: error } })
  if (typeof input.token !== 'string' || !input.token) return fail(400, 'errors.resetInvalid')
  const payload = await patientsPayload()
  try {
    const result = await payload.resetPassword({
      collection: 'patients',
      data: { token: input.token, password: input.password as string },
      // The token is the proof of identity here; there is no signed-in user yet.
      overrideAccess: true,
    })
    return { ok: true, cookie: result.token ? sessionCookie(payload, result.token) : expiredSessionCookie(payload) }
  } catch {
    return fail(400, 'errors.resetInvalid')
  }
}

export async function updateProfile(patient: SignedInPatient, input: ProfileInput): Promise<Outcome<{ patient: Patient }>> {
  const { value, errors } = validateProfile(input, patient.preferredLanguage)
  if (Object.keys(errors).length > 0) return fail(400, 'errors.invalidForm', { fieldErrors: errors })
  const payload = await patientsPayload()
  const updated = await payload.update({
    collection: 'patients',
    id: patient.id,
    data: value,
    user: patient,
    overrideAccess: false,
    depth: 0,
  })
  return { ok: true, patient: updated }
}

/** Confirms the patient's password without starting a session (re-entry before erasure). */
export async function passwordMatches(patient: SignedInPatient, password: unknown): Promise<boolean> {
  if (typeof password !== 'string' || !password) return false
  const payload = await patientsPayload()
  try {
    // A wrong password counts towards the lock-out like any sign-in: re-entry must not be a
    // way around it. The session this creates ends with the account a moment later.
    await payload.login({ collection: 'patients', data: { email: patient.email, password }, depth: 0 })
    return true
  } catch (error) {
    if (error instanceof AuthenticationError || error instanceof LockedAuth) return false
    throw error
  }
}

/** Erases the signed-in patient (the collection's delete hook erases their data first). */
export async function deleteAccount(patient: SignedInPatient, password: unknown): Promise<Outcome<{ cookie: string }>> {
  if (!(await passwordMatches(patient, password))) {
    return fail(403, 'errors.invalidForm', { fieldErrors: { password: 'errors.passwordWrong' } })
  }
  const payload = await patientsPayload()
  await payload.delete({ collection: 'patients', id: patient.id, user: patient, overrideAccess: false })
  return { ok: true, cookie: expiredSessionCookie(payload) }
}
