// Variations as child rows in the Products grid, in Chromium over the real core and the demo sandbox:
// Alt+→ shows a product's variations right below it, they stay below it through a sort, their own
// fields edit in place and stage as variation changes, Alt+← hides them, "Expand all" shows every one.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eAvailable, startHarness, type Harness } from './harness'
import { cell, col, grid, header, openDemoSynced, text } from './grid-locators'

const rowCount = async (page: Page): Promise<number> => Number(await grid(page).getAttribute('aria-rowcount')) - 1

/** The first painted product row whose Variations cell reads "▸ N": its row index and N. */
async function firstWithVariations(page: Page, vcol: number): Promise<{ row: number; n: number }> {
  for (let row = 0; row < 20; row++) {
    const m = /^[▸▾] (\d+)$/.exec(await text(page, row, vcol))
    if (m) return { row, n: Number(m[1]) }
  }
  throw new Error('no product with variations in the first 20 rows')
}

describe.skipIf(!e2eAvailable())('Variation child rows (Chromium)', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness({ sync: { intervalMs: 600_000, retryMs: 1_000 } })
    await openDemoSynced(h)
    await h.page.getByTestId('nav-products').click()
    await h.page.getByTestId('products-count').filter({ hasText: /^300 products$/ }).waitFor()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('shows a product’s variations below it, keeps them there through a sort, stages their edits, hides them', async () => {
    const { page } = h
    const [name, vcol, price] = [await col(page, 'name'), await col(page, 'variationCount'), await col(page, 'price')]
    const { row, n } = await firstWithVariations(page, vcol)
    const productName = await text(page, row, name)
    const demo = (await h.services.api.listStores()).find((s) => s.demo)
    if (!demo) throw new Error('the demo store is not open')
    const productId = Number((await h.services.api.queryProducts(demo.storeId, { search: productName, offset: 0, limit: 1 })).rows[0]?.id)
    const product = (await h.services.api.queryProducts(demo.storeId, { offset: 0, limit: 500 })).rows.find((p) => p.id === productId)
    if (!product) throw new Error('the product is not in the local copy')

    await cell(page, row, name).click()
    await page.keyboard.press('Alt+ArrowRight')
    await expect.poll(() => rowCount(page)).toBe(300 + n)
    expect(await text(page, row, vcol)).toBe(`▾ ${n}`)
    for (let k = 0; k < n; k++) expect(await text(page, row + 1 + k, name)).toBe(`↳ ${product.variations[k]?.options}`)
    // The product count stays the number of products.
    expect(await page.getByTestId('products-count').textContent()).toBe('300 products')

    // A sort moves the product; its variations move with it.
    await header(page, 'price').click()
    await expect.poll(() => header(page, 'price').getAttribute('aria-sort')).toBe('ascending')
    const sortedIndex = (await h.services.api.rankProducts(demo.storeId, { sort: [{ field: 'price', dir: 'asc' }], offset: 0, limit: 0 }, [productId]))[0]?.index
    if (sortedIndex === undefined) throw new Error('the product is not ranked')
    await page.evaluate((top) => {
      const el = document.querySelector('.gv-grid .dg-scroll')
      if (el) el.scrollTop = top
    }, sortedIndex * 30)
    await expect.poll(() => text(page, sortedIndex, name)).toBe(productName)
    await expect.poll(() => text(page, sortedIndex + 1, name)).toBe(`↳ ${product.variations[0]?.options}`)

    // The variation's own price edits in place and stages as a variation change.
    await cell(page, sortedIndex + 1, price).dblclick()
    await page.keyboard.press('Control+a')
    await page.keyboard.type('12.34')
    await page.keyboard.press('Enter')
    await expect.poll(() => cell(page, sortedIndex + 1, price).getAttribute('class')).toContain('dg-staged')
    const session = await h.services.api.getActiveSession(demo.storeId)
    const staged = (await h.services.api.reviewSession(demo.storeId, session!.id, { resource: 'variations', limit: 10 })).rows
    expect(staged).toEqual([expect.objectContaining({ entityId: `${productId}/${product.variations[0]?.id}`, field: 'price', after: 12.34 })])
    // A product-only field is read-only on a child row.
    expect(await cell(page, sortedIndex + 1, name).getAttribute('aria-readonly')).toBe('true')

    await cell(page, sortedIndex, name).click()
    await page.keyboard.press('Alt+ArrowLeft')
    await expect.poll(() => rowCount(page)).toBe(300)
  })

  it('expands every matching product at once and collapses them again', async () => {
    const { page } = h
    const demo = (await h.services.api.listStores()).find((s) => s.demo)
    const all = await h.services.api.rankProducts(demo!.storeId, { offset: 0, limit: 0 }, null)
    const children = all.reduce((sum, r) => sum + r.variations, 0)
    expect(children).toBeGreaterThan(0)
    await page.getByTestId('expand-all-variations').click()
    await expect.poll(() => rowCount(page)).toBe(300 + children)
    await page.getByTestId('collapse-variations').click()
    await expect.poll(() => rowCount(page)).toBe(300)
  })
})
