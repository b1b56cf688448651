import { expect, test, type Browser, type Page } from '@playwright/test'

import { editorEmail, reviewerEmail } from '../../seed/data/users'

/**
 * Two editors and the site: one drafts a story and submits it for review; a second approves it
 * and schedules it about 20 seconds ahead; the story is not on /en/stories until the time has
 * passed, then the server's job runner (every 3 s) publishes it.
 */
const password = process.env.SEED_PASSWORD ?? 'kakehashi-demo-2026'

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin$/)
}

async function staffPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
  const page = await context.newPage()
  page.setDefaultNavigationTimeout(45_000)
  await signIn(page, email)
  return page
}

/** The workflow panel in the edit view's sidebar. */
const workflow = (page: Page) => page.getByRole('region', { name: 'Editorial workflow' })

/** `YYYY-MM-DDTHH:mm:ss` in the browser's own time zone, `seconds` from now (a datetime-local value). */
async function localDateTimeIn(page: Page, seconds: number): Promise<string> {
  return page.evaluate((s) => {
    const d = new Date(Date.now() + s * 1000)
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
  }, seconds)
}

test.describe('the editorial workflow in the admin', () => {
  test.describe.configure({ timeout: 240_000 })

  test('an editor drafts a story, a second editor approves and schedules it, and it appears on the site at the time', async ({ browser, page }) => {
    const title = `Rural telehealth partnership ${Date.now()}`

    // The editor drafts the story in the admin.
    const editor = await staffPage(browser, editorEmail)
    await editor.goto('/admin/collections/stories/create')
    await editor.getByRole('textbox', { name: /^Title/ }).fill(title)
    await editor.getByRole('button', { name: 'Save draft' }).click()
    // Saving the first draft moves the page from …/create to the new story's own address.
    await expect(editor).toHaveURL(/\/admin\/collections\/stories\/(?!create$)[^/]+$/)
    const id = new URL(editor.url()).pathname.split('/').pop() ?? ''
    expect(id).not.toBe('create')

    // Fields a story needs before it can go live, saved as the editor's own draft.
    // (Payload accepts a session cookie from the browser's own pages only: same-origin, as the admin's fetches are.)
    const patched = await editor.request.patch(`/api/stories/${id}?draft=true&locale=en`, {
      headers: { 'Sec-Fetch-Site': 'same-origin' },
      data: { category: 'technology', author: { name: 'Haruka Mori' }, summary: 'How a prefectural hospital runs video consultations with island clinics.' },
    })
    expect(patched.status()).toBe(200)
    await editor.reload()

    // One way to publish: Payload's own Publish button is replaced by the workflow.
    await expect(editor.getByRole('button', { name: /^Publish( changes)?$/ })).toHaveCount(0)
    await expect(workflow(editor)).toContainText('Draft')
    await workflow(editor).getByRole('button', { name: 'Submit for review' }).click()
    await expect(workflow(editor)).toContainText('In review')
    // Their own change: the editor cannot approve it.
    await expect(workflow(editor).getByRole('button', { name: 'Approve' })).toBeDisabled()

    // A second editor approves and schedules it about 20 seconds ahead.
    const reviewer = await staffPage(browser, reviewerEmail)
    await reviewer.goto(`/admin/collections/stories/${id}`)
    await expect(workflow(reviewer)).toContainText('In review')
    await workflow(reviewer).getByRole('button', { name: 'Approve' }).click()
    await expect(workflow(reviewer)).toContainText('Approved')
    await workflow(reviewer).getByRole('button', { name: 'Schedule…' }).click()
    await workflow(reviewer).getByLabel('Publish at').fill(await localDateTimeIn(reviewer, 20))
    await workflow(reviewer).getByRole('button', { name: 'Schedule', exact: true }).click()
    await expect(workflow(reviewer)).toContainText('Scheduled')

    // Not on the site yet.
    await page.goto('/en/stories')
    await expect(page.getByRole('link', { name: title })).toHaveCount(0)

    // After the time, the job runner publishes it.
    await expect(async () => {
      await page.goto('/en/stories')
      await expect(page.getByRole('link', { name: title }).first()).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 60_000, intervals: [3_000] })

    await reviewer.reload()
    await expect(workflow(reviewer)).toContainText('Published')
    await editor.context().close()
    await reviewer.context().close()
  })
})
