import { expect, test, type Page } from '@playwright/test'

import { linkIn, waitForEmail } from './support/outbox'

/**
 * A visitor from a partner organisation signs up, registers the organisation on the partners
 * page, opens a Japanese solution and requests it, then finds the request in the organisation's
 * list with the status "New". Runs against the seeded e2e server (solutions by slug).
 */
const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`
const visitor = {
  email: `partner-${stamp}@example.org`,
  password: `baobab-clinic-${stamp}`,
  name: `Grace Partner ${stamp}`,
}
const organisation = `Kisumu Lakeside Health Collective ${stamp}`
const solution = { slug: 'tele-icu-remote-critical-care', title: 'Tele-ICU Remote Critical Care' }
const subject = `Tele-ICU pilot for two county hospitals ${stamp}`

test.describe.configure({ mode: 'serial', timeout: 120_000 })

let page: Page

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext()).newPage()
  page.setDefaultNavigationTimeout(60_000)
})

test.afterAll(async () => {
  await page?.context().close()
})

test('a visitor signs up, confirms the email and signs in', async () => {
  await page.goto('/en/account/sign-up')
  const form = page.getByRole('main')
  await form.getByLabel('Email address').fill(visitor.email)
  await form.getByLabel('Password', { exact: true }).fill(visitor.password)
  await form.getByLabel('Full name').fill(visitor.name)
  await form.getByLabel('Language for emails and messages').selectOption('en')
  await form.getByLabel(/^Country of residence/).selectOption('KE')
  await form.getByRole('button', { name: 'Create account' }).click()
  await expect(form.getByRole('status')).toContainText('Check your email')

  const verifyEmail = await waitForEmail(visitor.email, 'patient-verify-email')
  await page.goto(linkIn(verifyEmail, '/account/verify'))
  await expect(page.getByRole('main').getByRole('status')).toContainText('Your email address is confirmed')

  await page.goto(`/en/account/sign-in?next=${encodeURIComponent('/en/partners')}`)
  await page.getByRole('main').getByLabel('Email address').fill(visitor.email)
  await page.getByRole('main').getByLabel('Password').fill(visitor.password)
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click()
  // Signed in, the sign-in page sends the visitor on to the partners page (its own address also
  // contains "/account", so wait for the partners page itself).
  await expect(page).toHaveURL(/\/en\/partners$/)
})

test('the visitor registers their organisation on the partners page', async () => {
  await page.goto('/en/partners')
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible()
  // Verified partners are listed for everyone.
  await expect(page.getByRole('heading', { name: 'Nairobi Community Health Alliance' })).toBeVisible()

  const form = page.getByRole('region', { name: 'Register your organisation' })
  await form.getByRole('button', { name: 'Register organisation' }).click()
  // Nothing typed: every required field says what is missing, in English.
  await expect(form.getByRole('alert').first()).toContainText('Please check the highlighted fields.')
  await expect(form.getByText('Choose the kind of organisation.')).toBeVisible()

  await form.getByLabel('Organisation name').fill(organisation)
  await form.getByLabel('Kind of organisation').selectOption('ngo')
  await form.getByLabel('Country').selectOption('KE')
  await form.getByLabel(/^Website/).fill('https://klhc.example.org')
  await form.getByLabel('Contact email').fill(visitor.email)
  await form.getByLabel('What your organisation does').fill('Community health workers and clinics around Lake Victoria.')
  await form.getByRole('button', { name: 'Register organisation' }).click()

  const own = page.getByRole('region', { name: 'Your organisation', exact: true })
  await expect(own).toBeVisible({ timeout: 30_000 })
  await expect(own).toContainText(organisation)
  await expect(own).toContainText('Pending verification')
  await expect(page.getByRole('region', { name: "Your organisation's requests" })).toContainText('Your organisation has not sent a request yet.')
})

test('the member requests a solution from its page and sees the request as "New"', async () => {
  await page.goto('/en/solutions')
  await page.getByLabel('Category').selectOption('telemedicine')
  await page.getByRole('button', { name: 'Show solutions' }).click()
  await page.getByRole('link', { name: solution.title }).click()
  await expect(page).toHaveURL(new RegExp(`/en/solutions/${solution.slug}$`))
  await expect(page.getByRole('heading', { level: 1, name: solution.title })).toBeVisible()

  const request = page.getByRole('region', { name: 'Request this solution' })
  await expect(request.getByLabel('Subject')).toHaveValue(solution.title)
  await request.getByLabel('Subject').fill(subject)
  await request.getByLabel('Message').fill('We would like to connect the ICUs of two county hospitals to a hub in Kisumu next year.')
  await request.getByRole('button', { name: 'Send request' }).click()

  await expect(page).toHaveURL(/\/en\/partners#requests$/, { timeout: 30_000 })
  const list = page.getByRole('region', { name: "Your organisation's requests" })
  const row = list.getByRole('row', { name: new RegExp(subject) })
  await expect(row).toBeVisible()
  await expect(row).toContainText('Solution')
  await expect(row).toContainText('New')
  await expect(row.getByRole('link', { name: `About: ${solution.title}` })).toBeVisible()
})
