import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'

import { hospitalAdminEmail } from '../../seed/data/users'

/**
 * A hospital's own staff in Payload's admin panel, on the demo data: Sakura Harbor's admin
 * edits Sakura Harbor's packages and must never be able to edit Ginza Meridian's.
 */
const password = process.env.SEED_PASSWORD ?? 'kakehashi-demo-2026'
const own = { slug: 'sakura-harbor-international-hospital', name: 'Sakura Harbor International Hospital' }
const other = { slug: 'ginza-meridian-medical-clinic', name: 'Ginza Meridian Medical Clinic' }

interface PublicPackage {
  id: string
  slug: string
  title: string
}

/** Published packages of a hospital, as an anonymous visitor reads them from the REST API. */
async function publicPackagesOf(request: APIRequestContext, hospitalSlug: string): Promise<PublicPackage[]> {
  const response = await request.get('/api/care-packages', {
    params: { 'where[hospital.slug][equals]': hospitalSlug, depth: '0', limit: '100', locale: 'en', sort: 'slug' },
  })
  expect(response.status()).toBe(200)
  const body = (await response.json()) as { docs: PublicPackage[] }
  expect(body.docs.length).toBeGreaterThan(0)
  return body.docs
}

async function publicHospital(request: APIRequestContext, slug: string): Promise<{ id: string; verificationStatus: string }> {
  const response = await request.get('/api/hospitals', { params: { 'where[slug][equals]': slug, depth: '0' } })
  expect(response.status()).toBe(200)
  const [hospital] = ((await response.json()) as { docs: { id: string; verificationStatus: string }[] }).docs
  if (!hospital) throw new Error(`${slug} is not public in the demo data`)
  return hospital
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await expect(page.getByRole('link', { name: 'Care packages' }).first()).toBeVisible()
}

/** The data rows of Payload's list view, once their relationship cells have loaded. */
async function bodyRows(page: Page): Promise<Locator> {
  const rows = page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('row')
  await expect(rows.first()).toBeVisible()
  await expect(rows.filter({ hasText: 'Loading...' })).toHaveCount(0)
  return rows
}

// Wide enough for Payload's sidebar navigation to stay open.
test.use({ viewport: { width: 1600, height: 1000 } })

test.describe('a hospital admin in the admin panel', () => {
  // Payload's admin is a heavy client app; the first load of each view takes a while.
  test.describe.configure({ timeout: 120_000 })

  test.beforeEach(async ({ page }) => {
    page.setDefaultNavigationTimeout(45_000)
    await signIn(page, hospitalAdminEmail(own.slug))
  })

  test('edits one of their own care packages and the public page shows the change', async ({ page, request }) => {
    const [pkg] = await publicPackagesOf(request, own.slug)
    if (!pkg) throw new Error(`${own.slug} has no published package in the demo data`)
    const newTitle = `${pkg.title.replace(/ · edited \d+$/, '')} · edited ${Date.now()}`
    const newPrice = 100_000 + Math.floor(Math.random() * 900) * 100

    await page.getByRole('navigation').getByRole('link', { name: 'Care packages' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Care packages' })).toBeVisible()
    await page.getByRole('textbox', { name: 'Search by Title' }).fill(pkg.title)
    // The search applies after a pause and replaces the address: wait for it, or it would
    // navigate back to the list after the click below.
    await expect(page).toHaveURL(/[?&]search=/)
    // Several hospitals offer a package of that name: take the row of their own hospital.
    const rows = await bodyRows(page)
    await rows.filter({ hasText: own.name }).getByRole('link', { name: pkg.title, exact: true }).click()

    await expect(page.getByRole('heading', { level: 1, name: pkg.title })).toBeVisible()
    // Payload remembers each user's last tab: open the one with the title explicitly.
    await page.getByRole('button', { name: 'Offer', exact: true }).click()
    const title = page.getByRole('textbox', { name: /^Title/ })
    await expect(title).toBeEditable()
    await title.fill(newTitle)
    await page.getByRole('button', { name: 'Price', exact: true }).click()
    await page.getByRole('spinbutton', { name: /^Base price \(JPY\)/ }).fill(String(newPrice))
    await page.getByRole('button', { name: 'Save', exact: true }).click()

    await expect(page.getByText(/updated successfully/i)).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: newTitle })).toBeVisible()

    // After a reload the saved values are there, not just what was typed.
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: newTitle })).toBeVisible()

    await page.goto(`/en/packages/${pkg.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(newTitle)
    await expect(page.getByRole('region', { name: 'Price' })).toContainText(`¥${newPrice.toLocaleString('en')}`)
  })

  test('sees only their own hospital and its care packages in the lists', async ({ page }) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Care packages' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Care packages' })).toBeVisible()
    // The list shows each package's hospital: every row must be their own.
    const packageRows = await bodyRows(page)
    const hospitalsShown = await packageRows.evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''))
    expect(hospitalsShown.length).toBeGreaterThan(0)
    expect(hospitalsShown.filter((row) => !row.includes(own.name)), 'rows of other hospitals').toEqual([])

    await page.getByRole('navigation').getByRole('link', { name: 'Hospitals' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Hospitals' })).toBeVisible()
    const hospitalRows = await bodyRows(page)
    await expect(hospitalRows).toHaveCount(1)
    await expect(hospitalRows.getByRole('link')).toHaveText(own.name)
  })

  test('cannot edit another hospital’s care package by opening its address', async ({ page, request }) => {
    const [foreign] = await publicPackagesOf(request, other.slug)
    if (!foreign) throw new Error(`${other.slug} has no published package in the demo data`)

    await page.goto(`/admin/collections/care-packages/${foreign.id}`)
    // Published packages are public, so Payload may show the record, but only read-only;
    // otherwise it says the record is not there for them. Never a form that saves.
    const heading = page.getByRole('heading', { level: 1, name: foreign.title })
    const refusal = page.getByText(/not found|unauthorized|not allowed/i).first()
    await expect(heading.or(refusal)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0)
    if (await heading.isVisible()) {
      await page.getByRole('button', { name: 'Offer', exact: true }).click()
      const title = page.getByRole('textbox', { name: /^Title/ })
      await expect(title).toHaveValue(foreign.title)
      await expect(title).toBeDisabled()
      await expect(page.getByRole('textbox', { name: /^Slug/ })).toBeDisabled()
      await page.getByRole('button', { name: 'Price', exact: true }).click()
      await expect(page.getByRole('spinbutton', { name: /^Base price \(JPY\)/ })).toBeDisabled()
    }
  })

  test('cannot change their hospital’s verification status', async ({ page, request, baseURL }) => {
    const hospital = await publicHospital(request, own.slug)

    await page.goto(`/admin/collections/hospitals/${hospital.id}`)
    await expect(page.getByRole('heading', { level: 1, name: own.name })).toBeVisible()
    // Their own profile is editable …
    await page.getByRole('button', { name: 'Profile', exact: true }).click()
    await expect(page.getByRole('textbox', { name: /^Name/ })).toBeEditable()
    // … but the verification status only shows its value, with no control to change it
    // (react-select titles its value box with the value; an editable one holds a combobox).
    await expect(page.getByText('Verification Status')).toBeVisible()
    await expect(page.getByTitle('Verified', { exact: true })).toBeVisible()
    await expect(page.getByTitle('Verified', { exact: true }).getByRole('combobox')).toHaveCount(0)

    // Nor does the server take it from them: the change is dropped, the hospital stays verified.
    // (Payload accepts its session cookie only from its own origin.)
    const attempt = await page.request.patch(`/api/hospitals/${hospital.id}`, {
      data: { verificationStatus: 'suspended' },
      headers: { Origin: baseURL ?? '' },
    })
    expect(attempt.status()).toBe(200)
    expect(((await attempt.json()) as { doc: { verificationStatus: string } }).doc.verificationStatus).toBe('verified')
    expect((await publicHospital(request, own.slug)).verificationStatus).toBe('verified')
  })
})

test.describe('a platform admin in the admin panel', () => {
  test.describe.configure({ timeout: 120_000 })

  test('can change a hospital’s verification status (so the check above can fail)', async ({ page, request }) => {
    const hospital = await publicHospital(request, own.slug)

    await signIn(page, process.env.SEED_ADMIN_EMAIL ?? 'admin@kakehashi.example')
    await page.goto(`/admin/collections/hospitals/${hospital.id}`)
    await expect(page.getByRole('heading', { level: 1, name: own.name })).toBeVisible()
    const status = page.getByTitle('Verified', { exact: true }).getByRole('combobox')
    await expect(status).toBeEditable()
    await status.click()
    // The menu offers every status; nothing is saved, so the demo data stays as it is.
    await expect(page.getByRole('option', { name: 'Suspended' })).toBeVisible()
    await page.keyboard.press('Escape')
  })
})
