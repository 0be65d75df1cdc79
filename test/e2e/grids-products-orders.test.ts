// The Products and Orders grids in a real Chromium over the real core and the demo sandbox: load,
// sort, filter, edit a cell, paste a 3×20 block, fill down, undo, the staged-changes bar, an invalid
// value's message, the detail panels; screenshots grid-products and grid-orders.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eAvailable, startHarness, type Harness } from './harness'
import { cell, col, grid, header, money, openDemoSynced, text } from './grid-locators'

const count = async (page: Page, kind: string): Promise<number> => Number(((await page.getByTestId(`${kind}-count`).textContent()) ?? '').replace(/\D/g, ''))
const stagedCount = async (page: Page): Promise<number> => Number(/(\d[\d,]*) staged change/.exec((await page.getByTestId('staged-bar-count').textContent().catch(() => '')) ?? '')?.[1]?.replace(/,/g, '') ?? -1)

/** What Excel puts on the clipboard: a paste event carrying tab-separated text. */
async function paste(page: Page, tsv: string): Promise<void> {
  // A string script: this file is type-checked without the DOM library.
  await page.evaluate(`(() => {
    const dt = new DataTransfer()
    dt.setData('text/plain', ${JSON.stringify(tsv)})
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  })()`)
}

describe.skipIf(!e2eAvailable())('Products and Orders grids (Chromium)', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness({ sync: { intervalMs: 600_000, retryMs: 1_000 } })
    await openDemoSynced(h)
  })
  afterAll(async () => {
    await h?.close()
  })

  it('Products: loads from the local copy, sorts and filters (with a filter switched off and back on)', async () => {
    const { page } = h
    await page.getByTestId('nav-products').click()
    await expect.poll(() => page.getByTestId('products-count').textContent()).toBe('300 products')
    await expect.poll(() => page.getByTestId('grid-row-count').textContent()).toBe('300 rows')
    expect(await header(page, 'name').getAttribute('aria-sort')).toBe('ascending')
    const price = await col(page, 'price')
    await header(page, 'price').click()
    await expect.poll(() => header(page, 'price').getAttribute('aria-sort')).toBe('ascending')
    await expect.poll(async () => money(await text(page, 0, price)) <= money(await text(page, 1, price)) && money(await text(page, 1, price)) <= money(await text(page, 5, price))).toBe(true)
    expect(await text(page, 0, price)).toMatch(/^\$\d{1,3}(,\d{3})*\.\d{2}$/)

    await page.getByTestId('filter-add').selectOption('price')
    await page.getByTestId('filter-price-min').fill('20')
    await page.getByTestId('filter-price-max').fill('40')
    // Min and max apply one after the other (each re-queries): wait until the count holds still.
    let last = -1
    await expect
      .poll(
        async () => {
          const n = await count(page, 'products')
          const settled = n === last && n < 300
          last = n
          return settled
        },
        { interval: 400, timeout: 15_000 }
      )
      .toBe(true)
    const filtered = await count(page, 'products')
    expect(filtered).toBeGreaterThan(0)
    expect(money(await text(page, 0, price))).toBeGreaterThanOrEqual(20)
    // Off keeps the values; on again brings the same result back.
    await page.getByTestId('filter-price-on').uncheck()
    await expect.poll(() => count(page, 'products')).toBe(300)
    await page.getByTestId('filter-price-on').check()
    await expect.poll(() => count(page, 'products')).toBe(filtered)
    await page.getByLabel('Remove the Price filter').click()
    await expect.poll(() => count(page, 'products')).toBe(300)
    await header(page, 'name').click()
    await expect.poll(() => header(page, 'name').getAttribute('aria-sort')).toBe('ascending')
  })

  it('Products: edit, paste a 3×20 block, fill down, undo, staged bar, invalid value message', async () => {
    const { page } = h
    const [name, sku, price, compare] = [await col(page, 'name'), await col(page, 'sku'), await col(page, 'price'), await col(page, 'compareToPrice')]
    await cell(page, 0, name).click()
    await page.keyboard.type('Edited mug')
    await page.keyboard.press('Enter')
    await expect.poll(() => text(page, 0, name)).toBe('Edited mug')
    await expect.poll(() => cell(page, 0, name).getAttribute('class')).toContain('dg-staged')
    await expect.poll(() => stagedCount(page)).toBe(1)

    // 20 rows × (name, SKU, price), starting at row 0: replaces the name edit above (same cell).
    await cell(page, 0, name).click()
    const rows = Array.from({ length: 20 }, (_, i) => `Pasted ${i}\tPASTE-${i}\t${(i + 1).toFixed(2)}`)
    await paste(page, rows.join('\n'))
    await expect.poll(() => text(page, 19, sku)).toBe('PASTE-19')
    expect(await text(page, 0, name)).toBe('Pasted 0')
    expect(await text(page, 7, price)).toBe('$8.00')
    await expect.poll(() => stagedCount(page)).toBe(60)

    // Fill down rows 0..4 of Price from row 0.
    await cell(page, 0, price).click()
    await cell(page, 4, price).click({ modifiers: ['Shift'] })
    await expect.poll(() => page.getByTestId('grid-selection-count').textContent()).toContain('5 × 1')
    await page.keyboard.press('Control+d')
    await expect.poll(() => text(page, 4, price)).toBe('$1.00')
    expect(await text(page, 2, price)).toBe('$1.00')
    await expect.poll(() => stagedCount(page)).toBe(60)

    // Undo the fill, then the paste: the bar follows each step.
    await page.keyboard.press('Control+z')
    await expect.poll(() => text(page, 4, price)).toBe('$5.00')
    await page.keyboard.press('Control+z')
    await expect.poll(() => stagedCount(page)).toBe(1)
    await expect.poll(() => text(page, 0, name)).toBe('Edited mug')
    expect(await text(page, 19, sku)).not.toBe('PASTE-19')
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => stagedCount(page)).toBe(60)

    // A negative compare-to price is refused with the engine's message on the cell.
    await cell(page, 2, compare).click()
    await page.keyboard.type('-5')
    await page.keyboard.press('Enter')
    await expect.poll(() => cell(page, 2, compare).getAttribute('aria-invalid')).toBe('true')
    expect(await cell(page, 2, compare).getAttribute('title')).toMatch(/cannot be negative/)
    await cell(page, 2, compare).click()
    await expect.poll(() => grid(page).locator('[role=tooltip]').textContent()).toMatch(/Compare-to price cannot be negative/)
    expect(await stagedCount(page)).toBe(60)
  })

  it('Products: the side panel shows variations, a sanitized description, and stages categories', async () => {
    const { page } = h
    await cell(page, 3, await col(page, 'name')).click()
    const detail = page.getByTestId('product-detail')
    await detail.waitFor()
    await expect.poll(() => detail.getByTestId('product-description').textContent()).not.toBe('')
    await detail.getByTestId('edit-categories').click()
    const picker = page.getByTestId('category-picker')
    await picker.locator('input[type=checkbox]').first().click()
    await picker.getByTestId('category-apply').click()
    await expect.poll(() => cell(page, 3, 0).locator('xpath=..').locator('.dg-staged').count()).toBeGreaterThan(0)
    await expect.poll(() => stagedCount(page)).toBe(61)
    await h.screenshot('grid-products')
  })

  it('Products: a variation price edited in the side panel sub-grid is staged; a bad value shows its message', async () => {
    const { page } = h
    // Most variations first, so row 0 has some.
    await header(page, 'variationCount').click()
    await header(page, 'variationCount').click()
    await expect.poll(() => header(page, 'variationCount').getAttribute('aria-sort')).toBe('descending')
    await cell(page, 0, await col(page, 'name')).click()
    const vgrid = page.getByTestId('product-variations').locator('[role=grid]')
    await vgrid.waitFor()
    const vcol = async (key: string): Promise<number> => Number(await vgrid.locator(`[role=columnheader][data-key="${key}"]`).getAttribute('aria-colindex')) - 1
    const vcell = (row: number, c: number) => vgrid.locator(`[data-row="${row}"] [data-col="${c}"]`)
    const before = await stagedCount(page)
    const price = await vcol('price')
    await vcell(0, price).click()
    await page.keyboard.type('12.34')
    await page.keyboard.press('Enter')
    await expect.poll(async () => ((await vcell(0, price).textContent()) ?? '').trim()).toBe('$12.34')
    await expect.poll(() => vcell(0, price).getAttribute('class')).toMatch(/dg-staged/)
    await expect.poll(() => stagedCount(page)).toBe(before + 1)

    const compare = await vcol('compareToPrice')
    await vcell(0, compare).click()
    await page.keyboard.type('-3')
    await page.keyboard.press('Enter')
    await expect.poll(() => vcell(0, compare).getAttribute('aria-invalid')).toBe('true')
    await expect.poll(() => page.getByTestId('variation-errors').textContent()).toMatch(/Compare-to price cannot be negative/)
    expect(await stagedCount(page)).toBe(before + 1)
    await h.screenshot('grid-product-variations')
  })

  it('Orders: load, sort, filter by a status set, edit, paste 3×20, fill down, undo, invalid status', async () => {
    const { page } = h
    await page.getByTestId('nav-orders').click()
    await expect.poll(() => page.getByTestId('orders-count').textContent()).toBe('500 orders')
    const [total, pay, ful, track, notes] = [await col(page, 'total'), await col(page, 'paymentStatus'), await col(page, 'fulfillmentStatus'), await col(page, 'trackingNumber'), await col(page, 'privateNotes')]
    await header(page, 'total').click()
    await expect.poll(() => header(page, 'total').getAttribute('aria-sort')).toBe('ascending')
    await expect.poll(async () => money(await text(page, 0, total)) <= money(await text(page, 3, total))).toBe(true)

    await page.getByTestId('filter-add').selectOption('paymentStatus')
    await page.getByTestId('filter-paymentStatus-values').click()
    await page.getByTestId('filter-paymentStatus').getByLabel('Paid', { exact: true }).check()
    await expect.poll(() => count(page, 'orders')).toBeLessThan(500)
    expect(await text(page, 0, pay)).toBe('Paid')
    await page.getByLabel('Remove the Payment filter').click()
    await expect.poll(() => count(page, 'orders')).toBe(500)

    const before = await stagedCount(page)
    await cell(page, 0, track).click()
    await page.keyboard.type('TRK-EDIT')
    await page.keyboard.press('Enter')
    await expect.poll(() => text(page, 0, track)).toBe('TRK-EDIT')
    await expect.poll(() => stagedCount(page)).toBe(before + 1)

    await cell(page, 0, pay).click()
    await paste(page, Array.from({ length: 20 }, (_, i) => `PAID\tSHIPPED\tTRACK-${i}`).join('\n'))
    await expect.poll(() => text(page, 19, track)).toBe('TRACK-19')
    expect(await text(page, 5, pay)).toBe('Paid')
    expect(await text(page, 5, ful)).toBe('Shipped')
    await expect.poll(() => stagedCount(page)).toBeGreaterThanOrEqual(before + 20)
    const afterPaste = await stagedCount(page)

    const originalNote = await text(page, 2, notes)
    await cell(page, 0, notes).click()
    await page.keyboard.type('Call before delivery')
    await page.keyboard.press('Enter')
    await cell(page, 0, notes).click()
    await cell(page, 3, notes).click({ modifiers: ['Shift'] })
    await page.keyboard.press('Control+d')
    await expect.poll(() => text(page, 3, notes)).toBe('Call before delivery')
    await page.keyboard.press('Control+z')
    await expect.poll(() => text(page, 2, notes)).toBe(originalNote)
    expect(await text(page, 0, notes)).toBe('Call before delivery')
    await expect.poll(() => stagedCount(page)).toBe(afterPaste + 1)

    await cell(page, 6, pay).click()
    await paste(page, 'NOT_A_STATUS')
    await expect.poll(() => cell(page, 6, pay).getAttribute('aria-invalid')).toBe('true')
    expect(await cell(page, 6, pay).getAttribute('title')).toMatch(/must be one of/)

    const detail = page.getByTestId('order-detail')
    await expect.poll(() => detail.getByTestId('order-items').locator('tbody tr').count()).toBeGreaterThan(0)
    expect(await detail.getByTestId('order-billing').textContent()).not.toBe('')
    // Back to the first columns (the paste scrolled right) so the screenshot shows the whole order row.
    await page.keyboard.press('Home')
    await h.screenshot('grid-orders')
  })
})
