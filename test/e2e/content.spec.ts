import { readFileSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

/**
 * Brand stories, the site's block pages and the feeds, as a visitor meets them on the seeded
 * site (seedStories + seedPages): navigation, filtering, a story with its hospital links, the
 * visa guide in Arabic, the feeds, and axe on each page type in en, ja and ar.
 */
type Locale = 'en' | 'ja' | 'ar'
const json = <T>(locale: Locale, ns: string) => JSON.parse(readFileSync(`locales/${locale}/${ns}.json`, 'utf8')) as T

interface ContentStrings {
  stories: { title: string; filterLabel: string }
  category: Record<string, string>
  story: { hospitals: string; related: string }
}
interface CommonStrings {
  nav: { main: string; stories: string }
  footer: { nav: string; links: Record<string, string> }
}

const patientStory = 'lan-walking-again-in-hamamatsu'

test.describe('stories and site pages', () => {
  test('a visitor finds stories from the header, filters patient stories and opens one', async ({ page }) => {
    const common = json<CommonStrings>('en', 'common')
    const content = json<ContentStrings>('en', 'content')
    await page.goto('/en')
    await page.getByRole('navigation', { name: common.nav.main }).getByRole('link', { name: common.nav.stories }).click()
    await expect(page.getByRole('heading', { level: 1, name: content.stories.title })).toBeVisible()

    await page.getByRole('navigation', { name: content.stories.filterLabel }).getByRole('link', { name: content.category['patient-story'] }).click()
    await expect(page).toHaveURL(/category=patient-story/)
    const titles = page.getByRole('article').getByRole('heading', { level: 3 })
    await expect(titles).toHaveCount(3)

    await page.getByRole('link', { name: /Lan’s new knee/ }).click()
    await expect(page).toHaveURL(new RegExp(`/en/stories/${patientStory}$`))
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Lan’s new knee')
    await expect(page.getByRole('img', { name: /footprints/i })).toBeVisible()
    const hospitals = page.getByRole('region', { name: content.story.hospitals })
    await hospitals.getByRole('link', { name: 'Hamamatsu Enshunada Orthopaedic Hospital' }).click()
    await expect(page).toHaveURL(/\/en\/hospitals\/hamamatsu-enshunada-orthopaedic-hospital$/)
  })

  test('the visa guide is reachable from the footer and reads right to left in Arabic', async ({ page }) => {
    const common = json<CommonStrings>('ar', 'common')
    await page.goto('/ar')
    await page.getByRole('navigation', { name: common.footer.nav }).getByRole('link', { name: common.footer.links.medicalStayVisa }).click()
    await expect(page).toHaveURL(/\/ar\/medical-stay-visa$/)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('دليل تأشيرة الإقامة العلاجية')
    await expect(page.getByText('شهادة القبول أو العلاج المتوقع الصادرة عن المستشفى الياباني')).toBeVisible()
  })

  test('an unknown page slug is a 404 in the visitor’s language', async ({ page }) => {
    const response = await page.goto('/ja/no-such-page')
    expect(response?.status()).toBe(404)
  })

  test('the stories feeds are XML with the right content types and list the seeded stories', async ({ request }) => {
    const rss = await request.get('/en/stories/feed.xml')
    expect(rss.headers()['content-type']).toContain('application/rss+xml')
    expect(await rss.text()).toContain('Inside a Japanese ningen dock')
    const atom = await request.get('/ja/stories/atom.xml')
    expect(atom.headers()['content-type']).toContain('application/atom+xml')
    expect(await atom.text()).toContain('人間ドックの一日')
  })
})

const pageTypes: { name: string; path: string }[] = [
  { name: 'stories list', path: '/stories' },
  { name: 'story', path: `/stories/${patientStory}` },
  { name: 'visa guide', path: '/medical-stay-visa' },
  { name: 'faq', path: '/faq' },
  { name: 'contact', path: '/contact' },
]

async function blockingViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
}

test.describe('accessibility of stories and site pages', () => {
  for (const locale of ['en', 'ja', 'ar'] as const) {
    for (const pageType of pageTypes) {
      test(`${pageType.name} (${locale}) has no serious or critical axe violations`, async ({ page }) => {
        await page.goto(`/${locale}${pageType.path}`)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        expect(await blockingViolations(page)).toEqual([])
      })
    }
  }
})
