import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

const korean = JSON.parse(readFileSync('locales/ko/common.json', 'utf8')) as { notFound: { title: string } }

test.describe('a foreign visitor browsing the catalogue', () => {
  test.use({ locale: 'ja-JP' })

  test('lands on / and is sent to their language', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/ja$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    await expect(page.getByRole('heading', { level: 1 })).toContainText('日本')
  })

  test('filters hospitals by specialty and language, opens a hospital and a package', async ({ page }) => {
    await page.goto('/en/hospitals')
    const total = await page.getByRole('status').filter({ hasText: /hospitals?$/ }).textContent()

    await page.getByLabel('Specialty').selectOption({ label: 'Cardiology' })
    await page.getByLabel('Language spoken').selectOption({ label: 'Korean' })
    await page.getByRole('button', { name: 'Apply filters' }).click()

    await expect(page).toHaveURL(/specialty=cardiology/)
    await expect(page).toHaveURL(/language=ko/)
    const filtered = await page.getByRole('status').filter({ hasText: /hospitals?$/ }).textContent()
    expect(Number.parseInt(filtered ?? '0')).toBeGreaterThan(0)
    expect(Number.parseInt(filtered ?? '0')).toBeLessThan(Number.parseInt(total ?? '0'))

    const firstHospital = page.getByRole('list').getByRole('heading', { level: 3 }).getByRole('link').first()
    const hospitalName = (await firstHospital.textContent())?.trim() ?? ''
    await firstHospital.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hospitalName)
    await expect(page.getByRole('heading', { name: 'Specialties' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Languages spoken' })).toContainText('Korean')

    const packageLink = page.getByRole('region', { name: 'Care packages' }).getByRole('link').first()
    const packageTitle = (await packageLink.textContent())?.trim() ?? ''
    await packageLink.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(packageTitle)
    await expect(page.getByRole('region', { name: 'Price' })).toContainText('¥')
    await expect(page.getByRole('link', { name: hospitalName }).first()).toBeVisible()
  })

  test('switches language and stays on the same page', async ({ page }) => {
    await page.goto('/en/hospitals')
    await page.getByRole('list').getByRole('heading', { level: 3 }).getByRole('link').first().click()
    const englishPath = new URL(page.url()).pathname
    expect(englishPath).toMatch(/^\/en\/hospitals\/[a-z0-9-]+$/)

    await page.getByText('Choose a language', { exact: false }).click()
    await page.getByRole('link', { name: '日本語' }).click()
    await expect(page).toHaveURL(englishPath.replace(/^\/en/, '/ja'))
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    await expect(page.getByRole('link', { name: '病院を探す' }).first()).toBeVisible()

    // The choice is remembered: a locale-less address now opens in Japanese.
    await page.goto('/hospitals')
    await expect(page).toHaveURL(/\/ja\/hospitals$/)
  })

  test('reads Arabic right to left', async ({ page }) => {
    await page.goto('/ar/hospitals')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    const nav = page.getByRole('navigation').first()
    await expect(nav).toBeVisible()
    // The brand sits at the right edge of a right-to-left header.
    const brand = await page.getByRole('link', { name: /Kakehashi|كاكيهاشي/ }).first().boundingBox()
    const viewport = page.viewportSize()
    expect(brand && viewport && brand.x > viewport.width / 2).toBe(true)
  })

  test('shows a localized 404 for an unknown hospital', async ({ page }) => {
    const response = await page.goto('/ko/hospitals/no-such-hospital')
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(korean.notFound.title)
  })
})
