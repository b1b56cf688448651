import { readFileSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

/**
 * axe on the government side's public pages (issue #5) in English, Japanese and right-to-left
 * Arabic: stories, block pages, the UHC hub, training, solutions, partners and impact. Serious
 * and critical violations fail; moderate and minor ones are printed and attached, as in
 * a11y.spec.ts. Detail pages use slugs of the seeded demo data (seed/data/*.ts).
 */
const locales = ['en', 'ja', 'ar'] as const
type Locale = (typeof locales)[number]

const SEEDED = {
  story: 'inside-a-japanese-ningen-dock',
  hubResource: 'kenya-county-insurance-phc',
  programme: 'emergency-nursing-and-triage',
  solution: 'portable-ultrasound-for-rural-clinics',
  impactProject: 'kisumu-uhc-benefit-package-pilot',
}

const notFoundTitle = (locale: Locale) =>
  (JSON.parse(readFileSync(`locales/${locale}/common.json`, 'utf8')) as { notFound: { title: string } }).notFound.title

interface PageType {
  name: string
  path: string
  /** Something that must be on the page besides its heading before axe runs. */
  ready?: (page: Page) => Promise<unknown>
}

const pageTypes: PageType[] = [
  { name: 'stories list', path: '/stories' },
  { name: 'story', path: `/stories/${SEEDED.story}` },
  { name: 'block page (about)', path: '/about' },
  { name: 'UHC hub search', path: '/uhc' },
  { name: 'UHC hub resource', path: `/uhc/${SEEDED.hubResource}` },
  { name: 'training programmes', path: '/training' },
  { name: 'training programme', path: `/training/${SEEDED.programme}` },
  { name: 'solutions', path: '/solutions' },
  { name: 'solution', path: `/solutions/${SEEDED.solution}` },
  { name: 'partners', path: '/partners' },
  {
    name: 'impact overview',
    path: '/impact',
    ready: (page) => expect(page.getByRole('table').first()).toBeVisible(),
  },
  {
    name: 'impact project',
    path: `/impact/${SEEDED.impactProject}`,
    ready: (page) => expect(page.getByRole('table').first()).toBeVisible(),
  },
]

test.describe('accessibility of the government pages', () => {
  for (const locale of locales) {
    for (const pageType of pageTypes) {
      test(`${pageType.name} (${locale}) has no serious or critical axe violations`, async ({ page }, testInfo) => {
        const response = await page.goto(`/${locale}${pageType.path}`)
        expect(response?.status(), `${pageType.path} should exist in the seeded data`).toBeLessThan(400)
        const heading = page.getByRole('heading', { level: 1 })
        await expect(heading).toBeVisible()
        // A page that streams its not-found state still answers 200: make sure this is the real page.
        await expect(heading).not.toHaveText(notFoundTitle(locale))
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        if (pageType.ready) await pageType.ready(page)

        const results = await new AxeBuilder({ page }).analyze()
        const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        const minor = results.violations.filter((v) => !blocking.includes(v))

        if (minor.length) {
          const summary = minor.map((v) => `  ${v.impact ?? 'unknown'} ${v.id} (${v.nodes.length}×): ${v.help}`).join('\n')
          console.log(`[axe] ${pageType.name} (${locale}) — moderate/minor:\n${summary}`)
          testInfo.annotations.push({ type: 'axe moderate/minor', description: summary })
        }
        if (results.incomplete.length) {
          const review = results.incomplete.map((v) => `${v.id} (${v.nodes.length}×)`).join(', ')
          testInfo.annotations.push({ type: 'axe needs review', description: review })
        }

        const report = blocking.map((v) => ({
          rule: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`),
        }))
        expect(report, JSON.stringify(report, null, 2)).toEqual([])
      })
    }
  }
})
