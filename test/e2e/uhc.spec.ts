import { expect, test } from '@playwright/test'

/**
 * The UHC knowledge hub as a visitor uses it, against the seeded site (seedKnowledgeResources):
 * filter by a WHO building block and a language with the checkboxes, open a resource, download
 * a file.
 */

test.describe('UHC knowledge hub', () => {
  test('filters by building block and language, opens a resource and downloads a file', async ({ page }) => {
    await page.goto('/en/uhc')
    await expect(page.getByRole('heading', { level: 1, name: 'UHC knowledge hub' })).toBeVisible()
    const count = page.getByRole('status').filter({ hasText: /resources? found$/ })
    const all = Number.parseInt((await count.textContent()) ?? '0')
    expect(all).toBeGreaterThanOrEqual(40)

    // Ticking a box submits the GET form; the state goes into the URL.
    const blocks = page.getByRole('group', { name: 'WHO building block' })
    await Promise.all([page.waitForURL(/block=health-workforce/), blocks.getByLabel(/^Health workforce/).check()])
    const byBlock = Number.parseInt((await count.textContent()) ?? '0')
    expect(byBlock).toBeGreaterThan(0)
    expect(byBlock).toBeLessThan(all)

    const languages = page.getByRole('group', { name: 'Language', exact: true })
    await Promise.all([page.waitForURL(/language=fr/), languages.getByLabel(/^French/).check()])
    const narrowed = Number.parseInt((await count.textContent()) ?? '0')
    expect(narrowed).toBeGreaterThan(0)
    expect(narrowed).toBeLessThanOrEqual(byBlock)
    await expect(blocks.getByLabel(/^Health workforce/)).toBeChecked()
    await expect(languages.getByLabel(/^French/)).toBeChecked()
    await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('link', { name: 'Remove filter: French' })).toBeVisible()

    // Every result is available in French.
    const results = page.getByRole('article')
    await expect(results).toHaveCount(narrowed)
    for (const card of await results.all()) await expect(card).toContainText(/Available in: .*French/)

    const first = results.first().getByRole('heading', { level: 3 }).getByRole('link')
    const title = (await first.textContent())?.trim() ?? ''
    await first.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByRole('definition').filter({ hasText: 'Health workforce' }).first()).toBeVisible()
    await expect(page.getByRole('heading', { name: 'How to cite' })).toBeVisible()
    await expect(page.locator('#cite-bibtex')).toContainText('@')

    const downloads = page.getByRole('region', { name: 'Downloads' })
    const french = downloads.getByRole('link', { name: /^Download in French \(PDF, / })
    await expect(french).toBeVisible()
    const [download] = await Promise.all([page.waitForEvent('download'), french.click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    const file = await download.path()
    const { statSync } = await import('node:fs')
    expect(statSync(file).size).toBeGreaterThan(0)
  })

  test('shows an empty state and works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/uhc')
    await page.getByRole('searchbox', { name: 'Search the hub' }).fill('zzzz-no-such-resource')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: /found$/ })).toHaveText('0 resources found')
    await expect(page.getByRole('heading', { name: 'No resources match' })).toBeVisible()
    await context.close()
  })

  test('Arabic pages are right-to-left', async ({ page }) => {
    await page.goto('/ar/uhc')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('مركز المعرفة للتغطية الصحية الشاملة')
  })
})
