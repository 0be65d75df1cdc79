// The whole loop a merchant runs, in a real Chromium over the real core and a sandbox store: edit
// prices in the products grid, follow the staged-changes bar to the review, push, and find the new
// values on the (sandbox) server and back in the grid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SandboxHandle } from '../../src/main/sandbox/server'
import { e2eAvailable, type Harness } from './harness'
import { connectSandboxStore } from './sandbox-store'
import { cell, col, text } from './grid-locators'

const STORE = 6_303

describe.skipIf(!e2eAvailable())('grid edit → review → push (Chromium)', () => {
  let h: Harness
  let sb: SandboxHandle

  beforeAll(async () => {
    ;({ h, sb } = await connectSandboxStore(STORE, 'Loop Goods'))
  })
  afterAll(async () => {
    await h?.close()
    await sb?.close()
  })

  it('stages two price edits in the grid, reviews and pushes them, and the server has the new prices', async () => {
    const { page } = h
    await page.getByTestId('nav-products').click()
    await expect.poll(() => page.getByTestId('products-count').textContent()).toBe('40 products')
    const [sku, price] = [await col(page, 'sku'), await col(page, 'price')]
    const skus = [await text(page, 0, sku), await text(page, 1, sku)]
    for (const [row, value] of [[0, '12.5'], [1, '99.99']] as const) {
      await cell(page, row, price).click()
      await page.keyboard.type(value)
      await page.keyboard.press('Enter')
    }
    await expect.poll(() => page.getByTestId('staged-bar-count').textContent()).toMatch(/^2 staged changes/)

    await page.getByTestId('staged-bar-review').click()
    await page.getByTestId('view-sessions').waitFor()
    await expect.poll(async () => Number((await page.getByTestId('review-total').textContent())?.replace(/\D/g, ''))).toBe(2)

    await page.getByTestId('nav-products').click()
    await page.getByTestId('staged-bar-push').click()
    await page.getByTestId('push-estimate').waitFor()
    await page.getByTestId('push-start').click()
    await page.getByTestId('push-results').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('push-results').textContent()).toContain('2 changes applied')

    const onServer = (s: string) => {
      const all = sb.state.products
      for (let i = 0; i < all.size; i++) {
        const p = all.get(i)
        if (p?.sku === s) return p
      }
      return undefined
    }
    expect(onServer(skus[0]!)?.price).toBe(12.5)
    expect(onServer(skus[1]!)?.price).toBe(99.99)

    // Back in the grid the pushed values are shown plainly: no longer staged.
    await page.getByTestId('nav-products').click()
    await expect.poll(() => text(page, 0, price)).toBe('$12.50')
    await expect.poll(() => cell(page, 0, price).getAttribute('class')).not.toContain('dg-staged')
    await h.screenshot('grid-to-push')
  })
})
