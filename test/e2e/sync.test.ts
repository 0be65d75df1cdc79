// Sync and offline in a real Chromium: opening the demo store shows sync progress then "Synced", the
// Products grid shows rows from the local copy (search, sort), and after the demo server stops
// the app says offline and keeps showing (and querying) the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { e2eAvailable, startHarness, type Harness } from './harness'

/** Painted rows of the Products grid (the header row is not one) and its sortable column headers. */
const productRow = (page: Page) => page.locator('.gv-grid [role=grid] [role=row][aria-rowindex]:not([aria-rowindex="1"])')
const sortHeader = (page: Page, key: string) => page.locator(`.gv-grid [role=grid] [role=columnheader][data-key="${key}"]`)

describe.skipIf(!e2eAvailable())('sync and offline (Chromium)', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness({
      demo: { products: 1200, orders: 2000, customers: 120, coupons: 40, latencyMs: 40 },
      sync: { intervalMs: 120_000, retryMs: 1_000 }
    })
  })
  afterAll(async () => {
    await h?.close()
  })

  it('opening the demo store shows sync progress in the status bar, then "Synced"', async () => {
    const { page } = h
    await page.getByTestId('view-stores').waitFor()
    // Record every text the sync indicator shows: progress can be brief on a fast machine.
    await page.evaluate(`(() => {
      const seen = []
      globalThis.__syncTexts = seen
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="sync-state"]')?.textContent ?? ''
        if (text && seen.at(-1) !== text) seen.push(text)
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })()`)
    await page.getByTestId('open-demo').click()
    await expect.poll(() => page.getByTestId('sync-state').textContent(), { timeout: 30_000 }).toMatch(/^Synced /)
    const texts = (await page.evaluate('globalThis.__syncTexts')) as string[]
    // Resources sync side by side: several in flight show as a list with one combined figure.
    const names = '(products|orders|customers|coupons|categories|profile)'
    expect(texts.some((t) => new RegExp(`^Syncing ${names}(, ${names})* \\d+/\\d+ · \\d+ requests`).test(t))).toBe(true)
    expect(await page.getByTestId('connection-state').textContent()).toContain('Online')
    expect(await page.getByTestId('sync-now').textContent()).toContain('Sync now')
  })

  it('the Products section lists rows from the local copy, with count, search and sort', async () => {
    const { page } = h
    await page.getByTestId('nav-products').click()
    await page.getByTestId('view-products').waitFor()
    await expect.poll(() => page.getByTestId('products-count').textContent()).toContain('1,200 products')
    await expect.poll(() => productRow(page).first().getAttribute('aria-busy')).toBeNull()
    expect(await sortHeader(page, 'name').getAttribute('aria-sort')).toBe('ascending')
    await sortHeader(page, 'price').click()
    await expect.poll(() => sortHeader(page, 'price').getAttribute('aria-sort')).toBe('ascending')
    const firstName = await productRow(page).first().locator('[data-col="1"]').textContent()
    await page.getByTestId('grid-search').fill((firstName ?? '').split(' ')[0] ?? '')
    await expect.poll(async () => Number((await page.getByTestId('products-count').textContent())?.replace(/\D/g, ''))).toBeLessThan(1200)
    await page.getByTestId('grid-search').fill('')
    await expect.poll(() => page.getByTestId('products-count').textContent()).toContain('1,200 products')
  })

  it('with the demo server stopped, the app says offline and still shows and queries the data', async () => {
    const { page } = h
    await h.services.testing.stopDemoServer()
    await page.getByTestId('sync-now').click()
    await expect.poll(() => page.getByTestId('connection-state').textContent(), { timeout: 20_000 }).toContain('Offline')
    // Said once, clearly: the connection item names the state and what still works; the sync item does not repeat it.
    expect(await page.getByTestId('connection-state').textContent()).toMatch(/Offline — showing the local copy from .+; edits stay staged until you push/)
    expect(await page.getByTestId('sync-state').textContent()).not.toMatch(/Offline/)
    expect(((await page.getByTestId('statusbar').textContent()) ?? '').match(/Offline/g)).toHaveLength(1)
    // Still there, and still answering new queries from the local copy.
    expect(await page.getByTestId('products-count').textContent()).toContain('1,200 products')
    await sortHeader(page, 'name').click()
    await page.getByTestId('grid-search').fill('a')
    await expect.poll(async () => Number((await page.getByTestId('products-count').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0)
    await expect.poll(() => productRow(page).first().getAttribute('aria-busy')).toBeNull()
    await page.getByTestId('grid-search').fill('')
    await expect.poll(() => page.getByTestId('products-count').textContent()).toContain('1,200 products')
    const path = await h.screenshot('sync')
    expect(path).toMatch(/sync\.png$/)
  })
})
