import { expect, test } from '@playwright/test'

/**
 * The impact pages on the seeded e2e server: every chart is an image with a name and a trend
 * description, next to a data table with the same values; project pages explain each metric.
 * Values are the seeded ones (seed/data/impact.ts).
 */

const KISUMU = {
  slug: 'kisumu-uhc-benefit-package-pilot',
  title: 'Kisumu essential benefit package pilot',
}
const KAMPONG_CHAM = {
  slug: 'cambodia-maternal-care-quality',
  title: 'Maternal care quality programme in Kampong Cham',
}

test.describe('impact of health cooperation', () => {
  test('the overview shows each headline indicator as charts, each with its data table', async ({ page }) => {
    await page.goto('/en/impact')
    await expect(page.getByRole('heading', { level: 1, name: 'Impact of health cooperation' })).toBeVisible()

    // Key figures: five projects in five countries; people reached = 318,000 + 246,000 (IRIS+ PI4060).
    await expect(page.getByRole('definition').filter({ hasText: '564,000' })).toBeVisible()

    await expect(page.getByRole('heading', { level: 2, name: 'SDG 3.8.1 · UHC service coverage index' })).toBeVisible()
    const name = `Service coverage: ${KISUMU.title}`
    const chart = page.getByRole('img', { name })
    await expect(chart).toBeVisible()
    await expect(chart).toHaveAccessibleDescription(
      `${name} went from 48 in 2022 to 58 in 2025. This is an improvement. The target is 65 by 2027. The target has not been reached yet.`,
    )

    const table = page.getByRole('table', { name: `Values: ${name}` })
    await expect(table).toBeVisible()
    await expect(table.getByRole('columnheader')).toHaveText(['Year', 'Value (Index (0–100))', 'Type'])
    await expect(table.getByRole('rowheader')).toHaveText(['2022', '2023', '2024', '2025', '2027'])
    await expect(table.getByRole('row', { name: '2025 58 Measured' })).toBeVisible()
    await expect(table.getByRole('row', { name: '2027 65 Target' })).toBeVisible()

    // Lower-is-better indicators read the same way: catastrophic spending falling towards 7%.
    const spending = page.getByRole('table', { name: `Values: Catastrophic health spending: ${KISUMU.title}` })
    await expect(spending.getByRole('row', { name: '2025 9.1% Measured' })).toBeVisible()

    // A legend in words: no reading depends on colour.
    await expect(page.getByText('Target (hollow diamond, dashed line)').first()).toBeVisible()
  })

  test('a visitor filters projects by country', async ({ page }) => {
    await page.goto('/en/impact')
    await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Bangladesh' })
    await page.getByRole('button', { name: 'Show projects' }).click()
    await expect(page).toHaveURL(/country=BD/)
    const cards = page.getByRole('article')
    await expect(cards).toHaveCount(1)
    await expect(cards.getByRole('link', { name: 'Health-worker training programme in Rangpur Division' })).toBeVisible()
    await expect(page.getByRole('img', { name: /Health workers: Health-worker training programme in Rangpur Division/ })).toBeVisible()
  })

  test('a project page shows the five dimensions and every metric with a chart, a table and its definition', async ({ page }) => {
    await page.goto('/en/impact')
    await page.getByRole('link', { name: KAMPONG_CHAM.title }).first().click()
    await expect(page).toHaveURL(new RegExp(`/en/impact/${KAMPONG_CHAM.slug}$`))
    await expect(page.getByRole('heading', { level: 1, name: KAMPONG_CHAM.title })).toBeVisible()

    const dimensions = page.getByRole('region', { name: 'Five dimensions of impact' })
    await expect(dimensions.getByRole('term')).toHaveText(['What', 'Who', 'How much', 'Contribution', 'Risk'])

    const metric = page.getByRole('article', { name: 'Maternal mortality ratio (province)' })
    await expect(metric.getByText('Per 100,000 live births').first()).toBeVisible()
    await expect(metric.getByText('SDG 3.1.1 · Maternal mortality ratio')).toBeVisible()
    const name = `Maternal mortality ratio (province): ${KAMPONG_CHAM.title}`
    await expect(metric.getByRole('img', { name })).toBeVisible()
    const table = metric.getByRole('table', { name: `Values: ${name}` })
    await expect(table.getByRole('row', { name: '2022 168 Baseline' })).toBeVisible()
    await expect(table.getByRole('row', { name: '2025 132 Measured' })).toBeVisible()
    await expect(table.getByRole('row', { name: '2027 110 Target' })).toBeVisible()

    await expect(page.getByRole('region', { name: 'Partners' }).getByRole('listitem')).toHaveCount(3)

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as {
      '@type'?: string
      variableMeasured?: { name: string }[]
    }
    expect(jsonLd['@type']).toBe('Dataset')
    expect(jsonLd.variableMeasured?.map((v) => v.name)).toContain('Maternal mortality ratio (province)')
  })

  test('the IRIS+ code appears only on metrics that have one', async ({ page }) => {
    await page.goto(`/en/impact/${KISUMU.slug}`)
    const enrolled = page.getByRole('article', { name: 'People enrolled in the benefit package' })
    await expect(enrolled.getByRole('term').filter({ hasText: 'IRIS+ metric' })).toBeVisible()
    await expect(enrolled.getByRole('definition').filter({ hasText: /^PI4060$/ })).toBeVisible()
    const coverage = page.getByRole('article', { name: 'UHC service coverage index (county estimate)' })
    await expect(coverage.getByRole('term').filter({ hasText: 'IRIS+ metric' })).toHaveCount(0)
  })

  test('Japanese and Arabic readers get the page in their language; the time axis stays left to right', async ({ page }) => {
    await page.goto(`/ja/impact/${KISUMU.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: 'キスム必須給付パッケージ試行事業' })).toBeVisible()
    await expect(page.getByRole('table', { name: /^数値：UHCサービスカバレッジ指数（郡推計）/ }).getByRole('row', { name: '2025 58 実績' })).toBeVisible()

    await page.goto(`/ar/impact/${KISUMU.slug}`)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    // No Arabic text was written for this project: its content falls back to English, the interface is Arabic.
    const chart = page.getByRole('img', { name: /^UHC service coverage index \(county estimate\)/ })
    await expect(chart).toBeVisible()
    await expect(chart).toHaveAttribute('direction', 'ltr')
  })

  test('an unknown project is not found', async ({ page }) => {
    const response = await page.goto('/en/impact/no-such-project')
    expect(response?.status()).toBe(404)
  })
})
