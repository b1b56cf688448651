import { beforeAll, describe, expect, it } from 'vitest'

import { POST as resetPasswordRoute } from '../../app/api/account/reset-password/route'
import { POST as forgotPasswordRoute } from '../../app/api/account/forgot-password/route'
import { POST as signInRoute } from '../../app/api/account/sign-in/route'
import { POST as signUpRoute } from '../../app/api/account/sign-up/route'
import { POST as verifyRoute } from '../../app/api/account/verify/route'

import { testPayload } from './harness'
import { PASSWORD, unique } from './support/world'

type Payload = Awaited<ReturnType<typeof testPayload>>

function post(body: unknown, locale = 'en'): Request {
  return new Request('http://localhost/api/account', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kakehashi-locale': locale },
    body: JSON.stringify(body),
  })
}

async function latestEmailTo(payload: Payload, to: string) {
  const found = await payload.find({ collection: 'outbox', where: { to: { equals: to } }, sort: '-createdAt', limit: 1, depth: 0 })
  const email = found.docs[0]
  if (!email) throw new Error(`no email to ${to}`)
  return email
}

function tokenIn(html: string | null | undefined, page: string): string {
  const match = new RegExp(`/account/${page}\\?token=([a-f0-9]+)`).exec(html ?? '')
  if (!match?.[1]) throw new Error(`no ${page} link in the email`)
  return match[1]
}

describe('patient accounts', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('answers an invalid sign-up with a message per field in the visitor’s language', async () => {
    const response = await signUpRoute(
      post({ email: 'not-an-email', password: 'short', name: '', country: 'XX', phone: 'call me', timeZone: 'Mars/Olympus' }, 'ja'),
    )
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: string; fieldErrors: Record<string, string> }
    expect(Object.keys(body.fieldErrors).sort()).toEqual(['country', 'email', 'name', 'password', 'phone', 'timeZone'])
    expect(body.fieldErrors.password).toBe('10文字以上にしてください。')
    expect(body.error).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/)
  })

  it('creates an unverified account and emails a link to verify it in the chosen language', async () => {
    const email = `${unique('signup')}@patients.test`
    const response = await signUpRoute(
      post({ email, password: PASSWORD, name: 'Nguyen Van A', preferredLanguage: 'vi', country: 'VN', phone: '+84 90 123 4567', timeZone: 'Asia/Ho_Chi_Minh' }),
    )
    expect(response.status).toBe(202)
    const found = await payload.find({ collection: 'patients', where: { email: { equals: email } }, depth: 0 })
    expect(found.docs[0]).toMatchObject({ name: 'Nguyen Van A', preferredLanguage: 'vi', country: 'VN', _verified: false })

    const sent = await latestEmailTo(payload, email)
    expect(sent.locale).toBe('vi')
    expect(sent.html).toContain('/vi/account/verify?token=')
  })

  it('gives the same answer for an address that already has an account, without a second email', async () => {
    const email = `${unique('twice')}@patients.test`
    const first = await signUpRoute(post({ email, password: PASSWORD, name: 'First' }))
    const second = await signUpRoute(post({ email, password: PASSWORD, name: 'Second' }))
    expect(second.status).toBe(first.status)
    expect(await second.json()).toEqual({ ok: true })
    const emails = await payload.count({ collection: 'outbox', where: { to: { equals: email } } })
    expect(emails.totalDocs).toBe(1)
  })

  it('refuses to sign in before the email is verified, and signs in with a session cookie after', async () => {
    const email = `${unique('verify')}@patients.test`
    await signUpRoute(post({ email, password: PASSWORD, name: 'Verify Me', preferredLanguage: 'ja' }))

    const early = await signInRoute(post({ email, password: PASSWORD }, 'ja'))
    expect(early.status).toBe(403)
    expect(((await early.json()) as { error: string }).error).toContain('メールアドレス')

    const token = tokenIn((await latestEmailTo(payload, email)).html, 'verify')
    expect((await verifyRoute(post({ token }))).status).toBe(200)
    expect((await verifyRoute(post({ token: 'abcdef0123456789' }))).status).toBe(400)

    const signedIn = await signInRoute(post({ email, password: PASSWORD }))
    expect(signedIn.status).toBe(200)
    const cookie = signedIn.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)

    // A browser sends Sec-Fetch-Site with the cookie; Payload's CSRF check asks for it.
    const { user } = await payload.auth({ headers: new Headers({ cookie: cookie.split(';')[0] ?? '', 'sec-fetch-site': 'same-origin' }) })
    expect(user?.collection).toBe('patients')
    expect(user?.email).toBe(email)
  })

  it('does not let a patient verify their own address through the API', async () => {
    const created = await payload.create({
      collection: 'patients',
      data: { email: `${unique('self')}@patients.test`, password: PASSWORD, name: 'Self', preferredLanguage: 'en' },
      overrideAccess: false,
      disableVerificationEmail: true,
    })
    const actor = { ...created, collection: 'patients' as const }
    await payload.update({ collection: 'patients', id: created.id, data: { _verified: true }, user: actor, overrideAccess: false })
    const after = await payload.findByID({ collection: 'patients', id: created.id, depth: 0 })
    expect(after._verified).toBe(false)
  })

  it('locks the account after 5 wrong passwords and says when to try again', async () => {
    const email = `${unique('lock')}@patients.test`
    await payload.create({ collection: 'patients', disableVerificationEmail: true, data: { email, password: PASSWORD, name: 'Lock', preferredLanguage: 'en', _verified: true } })
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await signInRoute(post({ email, password: 'wrong-password-123' }))
      expect([401, 429]).toContain(wrong.status)
    }
    const locked = await signInRoute(post({ email, password: PASSWORD }))
    expect(locked.status).toBe(429)
    expect(((await locked.json()) as { error: string }).error).toMatch(/locked; try again in 15 minutes/)
  })

  it('resets a forgotten password through the emailed link, in the patient’s language', async () => {
    const email = `${unique('reset')}@patients.test`
    await payload.create({ collection: 'patients', disableVerificationEmail: true, data: { email, password: PASSWORD, name: 'Reset', preferredLanguage: 'ko', _verified: true } })

    const asked = await forgotPasswordRoute(post({ email }))
    expect(asked.status).toBe(202)
    const unknown = await forgotPasswordRoute(post({ email: `${unique('nobody')}@patients.test` }))
    expect(unknown.status).toBe(202)

    const sent = await latestEmailTo(payload, email)
    expect(sent.locale).toBe('ko')
    expect(sent.html).toContain('/ko/account/reset-password?token=')
    const token = tokenIn(sent.html, 'reset-password')

    const tooShort = await resetPasswordRoute(post({ token, password: 'short' }))
    expect(tooShort.status).toBe(400)
    const reset = await resetPasswordRoute(post({ token, password: 'a-brand-new-passphrase' }))
    expect(reset.status).toBe(200)
    expect((await resetPasswordRoute(post({ token, password: 'another-new-passphrase' }))).status).toBe(400)

    expect((await signInRoute(post({ email, password: PASSWORD }))).status).toBe(401)
    expect((await signInRoute(post({ email, password: 'a-brand-new-passphrase' }))).status).toBe(200)
  })
})
