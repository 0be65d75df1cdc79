// The app shell in a real Chromium: sidebar, navigation, placeholders, demo store, status bar gauge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eAvailable, startHarness, type Harness } from './harness'

describe.skipIf(!e2eAvailable())('app shell (Chromium)', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('renders the sidebar with every section and the stores view', async () => {
    const { page } = h
    await page.getByTestId('view-stores').waitFor()
    for (const name of ['products', 'orders', 'coupons', 'customers', 'profile', 'sessions', 'import-export']) {
      expect(await page.getByTestId(`nav-${name}`).isVisible()).toBe(true)
    }
    expect(await page.getByTestId('connection-state').textContent()).toContain('No store open')
  })

  it('navigates by click and by keyboard shortcut; every section has its screen now', async () => {
    const { page } = h
    for (const name of ['products', 'orders', 'coupons', 'customers', 'profile', 'sessions', 'import-export']) {
      await page.getByTestId(`nav-${name}`).click()
      await page.getByTestId(`view-${name}`).waitFor()
      expect(page.url()).toContain(`#/${name}`)
    }
    await page.keyboard.press('Control+3')
    await page.getByTestId('view-coupons').waitFor()
    expect(page.url()).toContain('#/coupons')
  })

  it('opens the demo store: labelled, selected, online, with a live request gauge', async () => {
    const { page } = h
    await page.getByTestId('nav-stores').click()
    await page.getByTestId('open-demo').click()
    // A first run: the demo opens on its products, not back on Stores (issue 18 §3.10).
    await page.getByTestId('view-products').waitFor({ timeout: 30_000 })
    expect(page.url()).toContain('#/products')
    await page.getByTestId('nav-stores').click()
    await page.getByTestId('demo-badge').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('open-demo').textContent()).toContain('Open the demo store')
    expect(await page.getByTestId('open-demo').getAttribute('class')).not.toContain('primary')
    await expect.poll(() => page.getByTestId('connection-state').textContent()).toContain('Online')
    const gauge = page.getByTestId('rate-gauge')
    await gauge.waitFor()
    await expect.poll(async () => Number(await gauge.getAttribute('aria-valuenow'))).toBeGreaterThan(0)
    expect(await gauge.textContent()).toMatch(/\d+\/600 req\/min/)
    const switcher = await page.getByTestId('store-switcher').inputValue()
    expect(Number(switcher)).toBeGreaterThan(0)
    const path = await h.screenshot('shell')
    expect(path).toMatch(/shell\.png$/)
  })
})
