// Every screen of the app, in the state a merchant sees it, for the accessibility pass and the
// README screenshots. Test helper only.
import { afterAll, beforeAll } from 'vitest'
import type { Page } from 'playwright-core'
import { startHarness, type Harness } from './harness'
import { cell, col, openDemoSynced } from './grid-locators'

export interface Screen {
  /** Short name, used in assertion messages and screenshot file names. */
  name: string
  open(page: Page): Promise<void>
}

async function section(page: Page, name: string): Promise<void> {
  await page.getByTestId(`nav-${name}`).click()
  await page.getByTestId(`view-${name}`).waitFor()
}

/** A grid screen with its first row's details panel open. */
async function withPanel(page: Page, name: string): Promise<void> {
  await section(page, name)
  await cell(page, 0, 1).click()
  await page.getByTestId('detail-panel').waitFor()
}

/** The category tree with its first category selected (details panel open). */
async function categoriesWithDetails(page: Page): Promise<void> {
  await section(page, 'categories')
  await page.locator('[data-testid="category-tree"] [role=treeitem]').first().click()
  await page.getByTestId('category-details').waitFor()
}

/** Sessions with the review of two staged edits (price, stock), staged once per harness. */
async function sessionsWithReview(page: Page): Promise<void> {
  await section(page, 'sessions')
  if ((await page.getByTestId('diff-row').count()) === 0) {
    await section(page, 'products')
    for (const [key, value] of [['price', '12.5'], ['quantity', '7']] as const) {
      await cell(page, 0, await col(page, key)).click()
      await page.keyboard.type(value)
      await page.keyboard.press('Enter')
    }
    await page.getByTestId('staged-bar-review').click()
    await page.getByTestId('view-sessions').waitFor()
  }
  await page.getByTestId('diff-row').first().waitFor()
}

export const SCREENS: Screen[] = [
  { name: 'stores', open: (page) => section(page, 'stores') },
  { name: 'products', open: (page) => withPanel(page, 'products') },
  { name: 'orders', open: (page) => withPanel(page, 'orders') },
  { name: 'coupons', open: (page) => section(page, 'coupons') },
  { name: 'customers', open: (page) => section(page, 'customers') },
  { name: 'import-export', open: (page) => section(page, 'import-export') },
  { name: 'sessions', open: sessionsWithReview },
  { name: 'profile', open: (page) => section(page, 'profile') },
  { name: 'categories', open: (page) => categoriesWithDetails(page) }
]

export const SCHEMES = ['light', 'dark'] as const

/** One harness per file with the demo store open and synced; call inside describe. */
export function demoHarness(): () => Harness {
  let h: Harness | undefined
  beforeAll(async () => {
    h = await startHarness()
    h.page.setDefaultTimeout(15_000)
    await openDemoSynced(h)
  })
  afterAll(async () => {
    await h?.close()
  })
  return () => {
    if (!h) throw new Error('the demo harness did not start')
    return h
  }
}
