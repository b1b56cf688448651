import { expect, test } from '@playwright/test'

test.describe('searching care in Japan', () => {
  test('a misspelt query, a suggestion, two facets, a result, and back to the same state', async ({ page }) => {
    await page.goto('/en/search')
    const box = page.getByRole('combobox', { name: 'What are you looking for?' })
    await box.pressSequentially('cardiolgy', { delay: 40 })

    const suggestions = page.getByRole('listbox', { name: 'Suggestions' })
    await expect(suggestions.getByRole('option').first()).toBeVisible()
    const suggestion = (await suggestions.getByRole('option').first().textContent())?.trim() ?? ''
    expect(suggestion.toLowerCase()).toContain('cardiology')
    await box.press('ArrowDown')
    await expect(box).toHaveAttribute('aria-activedescendant', /option-0/)
    await Promise.all([page.waitForURL(/\/en\/search\?/), box.press('Enter')])
    await expect(box).toHaveValue(suggestion)

    const count = page.getByRole('status').filter({ hasText: /results?$/ })
    const before = Number.parseInt((await count.textContent()) ?? '0')
    expect(before).toBeGreaterThan(0)

    // Narrow by two facets: ticking a box submits the form (the state goes into the URL).
    const language = page.getByRole('group', { name: 'Language spoken' }).getByRole('checkbox', { disabled: false }).first()
    const languageLabel = (await page.getByRole('group', { name: 'Language spoken' }).locator('label').first().textContent())?.replace(/\(\d+\)/, '').trim() ?? ''
    await Promise.all([page.waitForURL(/language=/), language.check()])
    const support = page.getByRole('group', { name: 'Support offered' }).getByRole('checkbox', { disabled: false }).first()
    await Promise.all([page.waitForURL(/support=/), support.check()])

    await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('link', { name: `Remove filter: ${languageLabel}` })).toBeVisible()
    const narrowed = Number.parseInt((await count.textContent()) ?? '0')
    expect(narrowed).toBeGreaterThan(0)
    expect(narrowed).toBeLessThanOrEqual(before)
    const stateUrl = page.url()

    const firstResult = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) }).getByRole('heading', { level: 3 }).getByRole('link').first()
    const title = (await firstResult.textContent())?.trim() ?? ''
    await firstResult.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)

    await page.goBack()
    await expect(page).toHaveURL(stateUrl)
    await expect(box).toHaveValue(suggestion)
    await expect(page.getByRole('group', { name: 'Language spoken' }).getByRole('checkbox', { checked: true })).toHaveCount(1)
    await expect(page.getByRole('group', { name: 'Support offered' }).getByRole('checkbox', { checked: true })).toHaveCount(1)
    await expect(count).toHaveText(new RegExp(`^${narrowed} results?$`))
  })

  test('finds Japanese, Chinese and Vietnamese queries and answers them in the page language', async ({ page }) => {
    await page.goto('/ja/search?q=' + encodeURIComponent('がん'))
    await expect(page.getByRole('heading', { level: 3 }).first()).toContainText('がん')
    await page.goto('/en/search?q=' + encodeURIComponent('kham suc khoe'))
    await expect(page.getByRole('heading', { level: 3 }).first()).toContainText(/check-up|screening/i)
  })

  test('works without JavaScript as a plain form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/search')
    await page.getByRole('combobox', { name: 'What are you looking for?' }).fill('ningen dock')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page).toHaveURL(/q=ningen\+dock/)
    await expect(page.getByRole('status').filter({ hasText: /results?$/ })).not.toHaveText(/^0 results$/)
    await context.close()
  })

  test('a bad parameter in the API names it', async ({ request }) => {
    const response = await request.get('/api/search?pageSize=500')
    expect(response.status()).toBe(400)
    expect(await response.json()).toEqual({ error: { parameter: 'pageSize', message: expect.stringContaining('pageSize') } })
  })
})
