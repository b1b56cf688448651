import { readFileSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { localeNames } from '../../src/i18n/locales'

/**
 * axe on every public page type, in a left-to-right Latin locale, Japanese and right-to-left
 * Arabic. Serious and critical violations fail the test; moderate and minor ones are printed
 * (and attached to the report) so they are seen without blocking.
 */
const locales = ['en', 'ja', 'ar'] as const
type Locale = (typeof locales)[number]

const catalogue = (locale: Locale) =>
  JSON.parse(readFileSync(`locales/${locale}/catalogue.json`, 'utf8')) as { hospitals: { emptyTitle: string } }

const chooseLanguage = (locale: Locale) =>
  (JSON.parse(readFileSync(`locales/${locale}/common.json`, 'utf8')) as { language: { choose: string } }).language.choose

const hospitalSlug = 'sakura-harbor-international-hospital'

interface AccountStrings {
  fields: { email: string; password: string }
  signUp: { submit: string }
}
const account = (locale: Locale) => JSON.parse(readFileSync(`locales/${locale}/account.json`, 'utf8')) as AccountStrings

/** The seeded demo patient, signed in through the site's own endpoint (the cookie lands in the page's context). */
async function signInDemoPatient(page: Page): Promise<void> {
  const response = await page.request.post('/api/account/sign-in', {
    data: { email: 'patient@kakehashi.example', password: process.env.SEED_PASSWORD ?? 'kakehashi-demo-2026' },
    headers: { Origin: new URL(page.url() === 'about:blank' ? 'http://localhost' : page.url()).origin },
  })
  expect(response.status()).toBe(200)
}

/** The first package of the demo hospital, as a visitor reaches it. */
async function openFirstPackage(page: Page, locale: Locale): Promise<string> {
  await page.goto(`/${locale}/hospitals/${hospitalSlug}`)
  await page.getByRole('article').getByRole('heading', { level: 3 }).getByRole('link').first().click()
  await expect(page).toHaveURL(new RegExp(`/${locale}/packages/`))
  return new URL(page.url()).pathname
}

interface PageType {
  name: string
  /** Opens the page and waits until the content under test is there. */
  open: (page: Page, locale: Locale) => Promise<unknown>
}

const pageTypes: PageType[] = [
  {
    name: 'home',
    open: async (page, locale) => {
      await page.goto(`/${locale}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    },
  },
  {
    name: 'home with the language menu open',
    open: async (page, locale) => {
      await page.goto(`/${locale}`)
      // The switcher's summary: a visually hidden "Choose a language: " and the current language.
      await page.getByRole('banner').getByText(new RegExp(`^${chooseLanguage(locale)}:.*${localeNames[locale]}$`)).click()
      await expect(page.getByRole('link', { name: 'Español' })).toBeVisible()
    },
  },
  {
    name: 'hospital list',
    open: async (page, locale) => {
      await page.goto(`/${locale}/hospitals`)
      await expect(page.getByRole('article').first()).toBeVisible()
    },
  },
  {
    name: 'hospital list with filters',
    open: async (page, locale) => {
      await page.goto(`/${locale}/hospitals?specialty=cardiology&language=ko`)
      await expect(page.getByRole('article').first()).toBeVisible()
    },
  },
  {
    name: 'hospital list, nothing found',
    open: async (page, locale) => {
      await page.goto(`/${locale}/hospitals?specialty=proton-therapy&language=tl`)
      await expect(page.getByRole('heading', { name: catalogue(locale).hospitals.emptyTitle })).toBeVisible()
    },
  },
  {
    name: 'hospital profile',
    open: async (page, locale) => {
      await page.goto(`/${locale}/hospitals/${hospitalSlug}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    },
  },
  {
    name: 'care package',
    open: async (page, locale) => {
      await openFirstPackage(page, locale)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    },
  },
  {
    name: 'sign-up form',
    open: async (page, locale) => {
      await page.goto(`/${locale}/account/sign-up`)
      await expect(page.getByLabel(account(locale).fields.email, { exact: true })).toBeVisible()
    },
  },
  {
    name: 'sign-up form showing its errors',
    open: async (page, locale) => {
      await page.goto(`/${locale}/account/sign-up`)
      await page.getByLabel(account(locale).fields.email, { exact: true }).fill('a11y-check@example.com')
      await page.getByLabel(account(locale).fields.password, { exact: true }).fill('short')
      await page.getByRole('button', { name: account(locale).signUp.submit }).click()
      await expect(page.getByRole('alert').first()).toBeVisible()
    },
  },
  {
    name: 'booking: choose a date',
    open: async (page, locale) => {
      const packagePath = await openFirstPackage(page, locale)
      await page.goto(`${packagePath}/book`)
      await expect(page.getByRole('radio').first()).toBeVisible()
    },
  },
  {
    name: 'inquiry form (signed in)',
    open: async (page, locale) => {
      await page.goto(`/${locale}`)
      await signInDemoPatient(page)
      await page.goto(`/${locale}/hospitals/${hospitalSlug}/inquire`)
      await expect(page.getByRole('checkbox').first()).toBeVisible()
    },
  },
  {
    name: 'my account (signed in)',
    open: async (page, locale) => {
      await page.goto(`/${locale}`)
      await signInDemoPatient(page)
      await page.goto(`/${locale}/account`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page).toHaveURL(new RegExp(`/${locale}/account$`))
    },
  },
  {
    name: 'not found',
    open: async (page, locale) => {
      const response = await page.goto(`/${locale}/hospitals/no-such-hospital`)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    },
  },
]

test.describe('accessibility of the public pages', () => {
  for (const locale of locales) {
    for (const pageType of pageTypes) {
      test(`${pageType.name} (${locale}) has no serious or critical axe violations`, async ({ page }, testInfo) => {
        await pageType.open(page, locale)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)

        const results = await new AxeBuilder({ page }).analyze()
        const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        const minor = results.violations.filter((v) => !blocking.includes(v))

        if (minor.length) {
          const summary = minor.map((v) => `  ${v.impact ?? 'unknown'} ${v.id} (${v.nodes.length}×): ${v.help}`).join('\n')
          console.log(`[axe] ${pageType.name} (${locale}) — moderate/minor:\n${summary}`)
          testInfo.annotations.push({ type: 'axe moderate/minor', description: summary })
        }
        // What axe could not decide (e.g. text over a gradient): listed for a human to check.
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
