import { readFileSync } from 'node:fs'

import { expect, test, type Page } from '@playwright/test'

import { locales } from '../../src/i18n/locales'
import { fxRates } from '../../seed/data/fxRates'

type Common = { site: { name: string }; notFound: { title: string }; nav: { hospitals: string } }
const common = (locale: string) => JSON.parse(readFileSync(`locales/${locale}/common.json`, 'utf8')) as Common

/** A verified hospital of the demo data, with several languages and published packages. */
const SAKURA = { slug: 'sakura-harbor-international-hospital' }

/** Whole number in a formatted amount ("¥103,000" → 103000, "€625" → 625). */
const amountIn = (text: string) => Number(text.replace(/[^\d.]/g, ''))

const hospitalLinks = (page: Page) => page.getByRole('list').getByRole('heading', { level: 3 }).getByRole('link')
const resultCount = (page: Page) => page.getByRole('status').filter({ hasText: /hospitals?$/ })

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
    const total = Number.parseInt((await resultCount(page).textContent()) ?? '')

    await page.getByLabel('Specialty').selectOption({ label: 'Cardiology' })
    await page.getByLabel('Language spoken').selectOption({ label: 'Korean' })
    await page.getByRole('button', { name: 'Apply filters' }).click()

    await expect(page).toHaveURL(/specialty=cardiology/)
    await expect(page).toHaveURL(/language=ko/)
    // The form keeps what was chosen, so the visitor sees which filters are on.
    await expect(page.getByLabel('Specialty')).toHaveValue('cardiology')
    await expect(page.getByLabel('Language spoken')).toHaveValue('ko')
    const filtered = Number.parseInt((await resultCount(page).textContent()) ?? '')
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(total)
    // Every card on the page speaks Korean.
    const cards = await page.getByRole('article').all()
    expect(cards.length).toBeGreaterThan(0)
    for (const card of cards) await expect(card).toContainText('Korean')

    const firstHospital = hospitalLinks(page).first()
    const hospitalName = (await firstHospital.textContent())?.trim() ?? ''
    await firstHospital.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hospitalName)
    await expect(page.getByRole('region', { name: 'Specialties' })).toContainText('Cardiology')
    await expect(page.getByRole('region', { name: 'Languages spoken' })).toContainText('Korean')

    const packageLink = page.getByRole('region', { name: 'Care packages' }).getByRole('link').first()
    const packageTitle = (await packageLink.textContent())?.trim() ?? ''
    await packageLink.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(packageTitle)
    await expect(page.getByRole('region', { name: 'Price' })).toContainText('¥')
    await expect(page.getByRole('link', { name: hospitalName }).first()).toBeVisible()
  })

  test('switches language on the same page, and the choice is remembered', async ({ page }) => {
    await page.goto('/en/hospitals')
    await hospitalLinks(page).first().click()
    const englishPath = new URL(page.url()).pathname
    expect(englishPath).toMatch(/^\/en\/hospitals\/[a-z0-9-]+$/)

    // The disclosure's summary: "Choose a language: English" (the first part for screen readers only).
    const switcher = page.getByText(/^Choose a language:.*English$/)
    await switcher.click()
    // Each language is named in itself; Korean differs from both the page and the browser (ja).
    await page.getByRole('link', { name: '한국어' }).click()
    const koreanPath = englishPath.replace(/^\/en/, '/ko')
    await expect(page).toHaveURL(koreanPath)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(page.getByRole('banner').getByRole('link', { name: common('ko').nav.hospitals, exact: true })).toBeVisible()

    // A locale-less address now opens in Korean, not in the browser's Japanese.
    await page.goto('/hospitals')
    await expect(page).toHaveURL(/\/ko\/hospitals$/)
  })

  test('reads Arabic right to left', async ({ page }) => {
    await page.goto('/ar/hospitals')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
    await expect(page.getByRole('navigation').first()).toBeVisible()
    // The brand sits at the right edge of a right-to-left header.
    const brand = await page.getByRole('banner').getByRole('link', { name: common('ar').site.name, exact: true }).boundingBox()
    const viewport = page.viewportSize()
    expect(brand && viewport && brand.x > viewport.width / 2).toBe(true)
  })

  test('shows a localized 404 for an unknown hospital', async ({ page }) => {
    const response = await page.goto('/ko/hospitals/no-such-hospital')
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(common('ko').notFound.title)
  })
})

test.describe('prices in the visitor’s currency', () => {
  test('the currency picker changes the approximate price, which says it is approximate', async ({ page }) => {
    await page.goto(`/en/hospitals/${SAKURA.slug}`)
    await page.getByRole('region', { name: 'Care packages' }).getByRole('link').first().click()
    const packagePath = new URL(page.url()).pathname
    const price = page.getByRole('region', { name: 'Price' })

    // An English reader first sees US dollars beside the yen price.
    await expect(price).toContainText(/Approximate: \$[\d,]+/)
    const yenText = (await price.getByText(/¥[\d,]+/).first().textContent()) ?? ''
    const yen = amountIn(yenText)
    expect(yen).toBeGreaterThan(0)

    await expect(page.getByLabel('Also show prices in')).toHaveValue('USD')
    await page.getByLabel('Also show prices in').selectOption('EUR')
    await page.getByRole('button', { name: 'Apply', exact: true }).click()

    await expect(page).toHaveURL(packagePath)
    await expect(page.getByLabel('Also show prices in')).toHaveValue('EUR')
    await expect(price).toContainText(yenText)
    await expect(price).not.toContainText('$')
    const approximate = price.getByText(/Approximate: €[\d,.]+/)
    await expect(approximate).toBeVisible()
    await expect(price).toContainText('Approximate amounts use exchange rates of')
    // Three significant figures of the seeded rate: close, never pretending to be exact.
    const euros = amountIn((await approximate.textContent())?.replace(/^.*€/, '') ?? '')
    expect(Math.abs(euros - yen / fxRates.EUR) / (yen / fxRates.EUR)).toBeLessThan(0.01)

    // The choice follows the visitor to other pages.
    await page.goto(`/en/hospitals/${SAKURA.slug}`)
    await expect(page.getByRole('region', { name: 'Care packages' })).toContainText('Approximate: €')
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  for (const locale of ['ar', 'en'] as const) {
    test(`the ${locale} hospital list does not scroll sideways`, async ({ page }) => {
      await page.goto(`/${locale}/hospitals`)
      await expect(hospitalLinks(page).first()).toBeVisible()
      const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }
      })
      expect(clientWidth).toBeLessThanOrEqual(390)
      expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth)
    })
  }
})

test.describe('for search engines', () => {
  test('a hospital page has a canonical link and hreflang alternates for every language', async ({ page, baseURL }) => {
    await page.goto(`/fr/hospitals/${SAKURA.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/fr/hospitals/${SAKURA.slug}`)
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')] as const))
    const byLang = Object.fromEntries(alternates)
    expect(Object.keys(byLang).sort()).toEqual([...locales, 'x-default'].sort())
    expect(alternates).toHaveLength(locales.length + 1)
    for (const locale of locales) expect(byLang[locale]).toBe(`${baseURL}/${locale}/hospitals/${SAKURA.slug}`)
    expect(byLang['x-default']).toBe(`${baseURL}/en/hospitals/${SAKURA.slug}`)
  })

  test('the sitemap lists hospitals and packages in every language, and robots.txt points to it', async ({ request, baseURL }) => {
    const robots = await request.get('/robots.txt')
    expect(robots.status()).toBe(200)
    expect(await robots.text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`)

    const response = await request.get('/sitemap.xml')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('xml')
    const xml = await response.text()
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '')
    for (const locale of locales) {
      expect(urls).toContain(`${baseURL}/${locale}/hospitals/${SAKURA.slug}`)
      expect(urls.some((u) => u.startsWith(`${baseURL}/${locale}/packages/${SAKURA.slug}-`))).toBe(true)
    }
    // Only public pages: as many hospitals as a visitor can read (verified ones), never the admin.
    const publicHospitals = await request.get('/api/hospitals', { params: { limit: '0', depth: '0' } })
    const { totalDocs } = (await publicHospitals.json()) as { totalDocs: number }
    expect(urls.filter((u) => u.startsWith(`${baseURL}/en/hospitals/`))).toHaveLength(totalDocs)
    expect(urls.some((u) => u.includes('/admin'))).toBe(false)
    expect(xml).toContain(`hreflang="x-default" href="${baseURL}/en/hospitals/${SAKURA.slug}"`)
  })
})
