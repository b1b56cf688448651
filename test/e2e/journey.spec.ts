import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test'

import { hospitalAdminEmail } from '../../seed/data/users'
import { countEmailsAbout } from './support/emailsAbout'
import { countEmails, linkIn, waitForEmail } from './support/outbox'

/**
 * The patient journey end to end on the demo data, each person in their own browser: a patient
 * signs up, asks Sakura Harbor a question with a PDF, the hospital's admin answers in the admin
 * panel, the patient reads the answer, books a date, pays at the hospital (the admin marks the
 * deposit received), downloads the confirmation and cancels; then books again and pays by card
 * through the Stripe stand-in that scripts/e2e-server.ts starts.
 */
const password = process.env.SEED_PASSWORD ?? 'kakehashi-demo-2026'
const hospital = { slug: 'sakura-harbor-international-hospital', name: 'Sakura Harbor International Hospital' }
const referralPdf = path.resolve(import.meta.dirname, '../fixtures/uploads/referral.pdf')

const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`
const patient = {
  email: `journey-${stamp}@example.com`,
  password: `lantern-harbor-${stamp}`,
  name: `Mai Journey ${stamp}`,
}

interface Shared {
  packageSlug: string
  packageTitle: string
  inquiryReference: string
  inquiryUrl: string
  firstBooking: { id: string; reference: string; date: string }
}
const shared: Partial<Shared> = {}

function need<K extends keyof Shared>(key: K): Shared[K] {
  const value = shared[key]
  if (value === undefined) throw new Error(`an earlier step did not set ${key}`)
  return value as Shared[K]
}

// Payload's admin is a heavy client app; every step here waits on it or on a cold page.
test.describe.configure({ mode: 'serial', timeout: 180_000 })

let patientContext: BrowserContext
let staffContext: BrowserContext
let patientPage: Page
let staffPage: Page

async function newPerson(browser: Browser, viewport?: { width: number; height: number }): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext(viewport ? { viewport } : {})
  const page = await context.newPage()
  page.setDefaultNavigationTimeout(60_000)
  return [context, page]
}

test.beforeAll(async ({ browser }) => {
  ;[patientContext, patientPage] = await newPerson(browser)
  // Wide enough for Payload's sidebar navigation to stay open.
  ;[staffContext, staffPage] = await newPerson(browser, { width: 1600, height: 1000 })
})

test.afterAll(async () => {
  await patientContext?.close()
  await staffContext?.close()
})

/** The data rows of Payload's list view, once their relationship cells have loaded. */
async function bodyRows(page: Page): Promise<Locator> {
  const rows = page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('row')
  await expect(rows.first()).toBeVisible({ timeout: 30_000 })
  await expect(rows.filter({ hasText: 'Loading...' })).toHaveCount(0)
  return rows
}

/** Opens one record from a collection's list by searching for its reference, as staff would. */
async function openFromList(page: Page, navLink: string, heading: string, reference: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: navLink, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 })
  await page.getByRole('textbox', { name: /^Search by/ }).fill(reference)
  // The search applies after a pause and replaces the address: wait for it, or it would
  // navigate back to the list after the click below.
  await expect(page).toHaveURL(/[?&]search=/)
  const rows = await bodyRows(page)
  await rows.getByRole('link', { name: reference, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible({ timeout: 30_000 })
}

/** Books the first open date of the package other than `avoidDate`; returns the booking page's facts. */
async function holdDate(page: Page, avoidDate?: string): Promise<{ id: string; reference: string; date: string }> {
  await page.goto(`/en/packages/${need('packageSlug')}`)
  await page.getByRole('main').getByRole('link', { name: 'Book a date' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a date' })).toBeVisible()
  const dates = page.getByRole('group', { name: 'Available dates' }).getByRole('radio')
  await expect(dates.first()).toBeVisible()
  let chosen: { radio: Locator; date: string } | undefined
  for (const radio of await dates.all()) {
    if (!(await radio.isEnabled())) continue
    // Each date reads "Thu, Dec 4" then "3 places left": keep the day.
    const date = await radio.evaluate((input) => input.closest('label')?.querySelector('span')?.textContent?.trim() ?? '')
    if (date === avoidDate) continue
    chosen = { radio, date }
    break
  }
  if (!chosen) throw new Error('no open date left for this package in the demo data')
  const { date } = chosen
  await chosen.radio.check()
  await page.getByRole('button', { name: 'Hold this date' }).click()

  await expect(page).toHaveURL(/\/en\/account\/bookings\/[^/?#]+$/)
  const heading = page.getByRole('heading', { level: 1, name: /^Booking KH-/ })
  await expect(heading).toBeVisible()
  const reference = (await heading.innerText()).replace(/^Booking\s+/, '').trim()
  const id = new URL(page.url()).pathname.split('/').at(-1) ?? ''
  await expect(page.getByText('Awaiting deposit', { exact: true }).first()).toBeVisible()
  await expect(page.getByText(/Your place is held until/)).toBeVisible()
  return { id, reference, date }
}

test('a patient signs up, confirms the email from the outbox and signs in', async () => {
  const page = patientPage
  await page.goto('/en/account/sign-up')
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible()
  const form = page.getByRole('main')
  await form.getByLabel('Email address').fill(patient.email)
  await form.getByLabel('Password', { exact: true }).fill(patient.password)
  await form.getByLabel('Full name').fill(patient.name)
  await form.getByLabel('Language for emails and messages').selectOption('en')
  await form.getByLabel(/^Country of residence/).selectOption('VN')
  await form.getByRole('button', { name: 'Create account' }).click()
  await expect(form.getByRole('status')).toContainText('Check your email')

  const verifyEmail = await waitForEmail(patient.email, 'patient-verify-email')
  const verifyLink = linkIn(verifyEmail, '/account/verify')
  await page.goto(verifyLink)
  await expect(page.getByRole('main').getByRole('status')).toContainText('Your email address is confirmed')
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await page.getByRole('main').getByLabel('Email address').fill(patient.email)
  await page.getByRole('main').getByLabel('Password').fill(patient.password)
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/en\/account$/)
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible()
  await expect(page.getByText(`Hello, ${patient.name}`)).toBeVisible()
})

test('the patient asks the hospital a question with a PDF from a package page and lands on the thread', async ({ request }) => {
  // One of Sakura Harbor's published packages, as the public API lists them.
  const response = await request.get('/api/care-packages', {
    params: { 'where[hospital.slug][equals]': hospital.slug, depth: '0', limit: '1', locale: 'en', sort: 'slug' },
  })
  expect(response.status()).toBe(200)
  const [pkg] = ((await response.json()) as { docs: { slug: string; title: string }[] }).docs
  if (!pkg) throw new Error(`${hospital.slug} has no published package in the demo data`)
  shared.packageSlug = pkg.slug
  shared.packageTitle = pkg.title

  const page = patientPage
  await page.goto(`/en/packages/${pkg.slug}`)
  await page.getByRole('main').getByRole('link', { name: 'Ask this hospital a question' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Ask ${hospital.name} a question` })).toBeVisible()

  await page.getByLabel('Your question').fill('Is this package suitable after a knee operation two years ago?')
  await page.getByLabel(/^Your condition, in short/).fill('Knee replacement (left) in 2023, no current medication.')
  await page.getByLabel('People travelling with you').fill('1')
  await page.getByLabel(/^Medical documents/).setInputFiles(referralPdf)
  await expect(page.getByText(/Selected files: 1/)).toBeVisible()
  await page.getByRole('checkbox', { name: /I consent to the handling of my medical information/ }).check()
  await page.getByRole('button', { name: 'Send question' }).click()

  await expect(page).toHaveURL(/\/en\/account\/inquiries\/[^/?#]+$/, { timeout: 30_000 })
  await expect(page.getByRole('heading', { level: 1, name: `Your question to ${hospital.name}` })).toBeVisible()
  await expect(page.getByText('Sent', { exact: true })).toBeVisible()
  const messages = page.getByRole('region', { name: 'Messages' })
  await expect(messages.getByRole('listitem')).toHaveCount(1)
  await expect(messages).toContainText('Is this package suitable after a knee operation')
  await expect(page.getByRole('region', { name: 'Your documents' }).getByRole('link', { name: 'referral.pdf' })).toBeVisible()

  const reference = (await page.getByText(/Q-[0-9A-F]{8}/).first().innerText()).match(/Q-[0-9A-F]{8}/)?.[0]
  if (!reference) throw new Error('the thread shows no inquiry reference')
  shared.inquiryReference = reference
  shared.inquiryUrl = page.url()
})

test('the hospital admin answers the inquiry in the admin panel', async () => {
  const page = staffPage
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.getByLabel('Email').fill(hospitalAdminEmail(hospital.slug))
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin$/, { timeout: 60_000 })

  await openFromList(page, 'Inquiries', 'Inquiries', need('inquiryReference'))
  // The patient's message is on the inquiry, with what they sent.
  await expect(page.getByRole('region', { name: 'Messages' })).toContainText('Is this package suitable after a knee operation')
  const reply = page.getByRole('textbox', { name: /^Reply/ })
  await expect(reply).toBeEditable()
  await reply.fill('Yes, it is suitable. Please bring your latest X-ray. — International Office')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText(/updated successfully/i)).toBeVisible({ timeout: 30_000 })
})

test('the patient reloads the thread and reads the hospital’s reply', async () => {
  const page = patientPage
  await page.goto(need('inquiryUrl'))
  const messages = page.getByRole('region', { name: 'Messages' })
  await expect(messages.getByRole('listitem')).toHaveCount(2)
  const answer = messages.getByRole('listitem').filter({ hasText: hospital.name })
  await expect(answer).toContainText('Yes, it is suitable. Please bring your latest X-ray.')
  await expect(page.getByText('Answered', { exact: true })).toBeVisible()
})

// Slots: the seed gives every published demo package a few upcoming dates of capacity 3
// (seed/slots.ts), so the patient books straight from the package page.
test('the patient books a date, pays at the hospital, and the admin marks the deposit received', async () => {
  const page = patientPage
  const booking = await holdDate(page)
  shared.firstBooking = booking

  await page.getByRole('button', { name: 'Pay at the hospital / by bank transfer' }).click()
  const instructions = page.getByRole('status').filter({ hasText: 'How to pay the deposit' })
  await expect(instructions).toBeVisible()
  await expect(instructions).toContainText(booking.reference)
  // Paying offline leaves the booking waiting for the hospital.
  await page.reload()
  await expect(page.getByText('Awaiting deposit', { exact: true }).first()).toBeVisible()
  expect(await countEmailsAbout(patient.email, 'booking-confirmed', booking.id)).toBe(0)

  const staff = staffPage
  await openFromList(staff, 'Bookings', 'Bookings', booking.reference)
  await staff.getByRole('button', { name: 'Mark deposit received / 入金確認' }).click()
  await expect(staff.getByRole('status').filter({ hasText: 'Done / 完了しました' })).toBeVisible({ timeout: 30_000 })
})

test('the patient sees the booking confirmed, gets the email and downloads the confirmation PDF', async () => {
  const page = patientPage
  const booking = need('firstBooking')
  await page.goto(`/en/account/bookings/${booking.id}`)
  await expect(page.getByText('Confirmed', { exact: true }).first()).toBeVisible()
  const history = page.getByRole('region', { name: 'History' })
  await expect(history.getByRole('listitem').filter({ hasText: 'Confirmed' })).toHaveCount(1)

  const email = await waitForEmail(patient.email, 'booking-confirmed')
  expect(email.text).toContain(booking.reference)
  expect(await countEmailsAbout(patient.email, 'booking-confirmed', booking.id)).toBe(1)

  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download confirmation (PDF)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.pdf$/i)
  const file = await download.path()
  const bytes = await readFile(file)
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
})

test('the patient cancels after seeing the fee and refund', async () => {
  const page = patientPage
  const booking = need('firstBooking')
  await page.goto(`/en/account/bookings/${booking.id}`)
  const cancel = page.getByRole('region', { name: 'Cancel this booking' })
  await cancel.getByRole('button', { name: 'Cancel booking…' }).click()
  // The consequence comes first: what it costs and what comes back.
  await expect(cancel).toContainText(/Cancelling now (is free|costs a fee of ¥[\d,]+).* ¥[\d,]+ of your deposit will be refunded\./)
  await cancel.getByRole('button', { name: 'Yes, cancel my booking' }).click()

  await expect(page.getByText(/^(Cancelled|Refunded)$/).first()).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText(/^Cancelled on .+ Fee: ¥[\d,]+\. Refund: ¥[\d,]+\.$/)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Download confirmation (PDF)' })).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Cancel this booking' })).toHaveCount(0)
})

test('a second booking paid by card through Stripe is confirmed once', async () => {
  const page = patientPage
  const before = await countEmails(patient.email, 'booking-confirmed')
  const booking = await holdDate(page, need('firstBooking').date)

  await page.getByRole('button', { name: 'Pay the deposit by card (Stripe)' }).click()
  // Stripe's hosted Checkout page, played by the stand-in.
  await expect(page.getByRole('heading', { name: /Stripe Checkout/ })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText(booking.reference)).toBeVisible()
  await page.getByRole('button', { name: /^Pay ¥[\d,]+$/ }).click()

  await expect(page).toHaveURL(new RegExp(`/en/account/bookings/${booking.id}\\?payment=success`), { timeout: 30_000 })
  // The webhook arrives before the stand-in sends the browser back; reload in case the page
  // rendered a moment before the confirmation was committed.
  await expect(async () => {
    await page.reload()
    await expect(page.getByText('Confirmed', { exact: true }).first()).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await expect(page.getByRole('link', { name: 'Download confirmation (PDF)' })).toBeVisible()

  await expect.poll(() => countEmailsAbout(patient.email, 'booking-confirmed', booking.id), { timeout: 20_000 }).toBe(1)
  expect(await countEmails(patient.email, 'booking-confirmed')).toBe(before + 1)
})
