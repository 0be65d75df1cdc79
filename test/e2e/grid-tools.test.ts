/// <reference lib="dom" />
// Issue 18 §3 items 2, 3, 9 in a real Chromium over the real core and the demo store: a frozen column
// stays in view scrolled right (and is remembered), the context menu copies and clears through the
// grid's own actions, Ctrl+K runs a command, Ctrl+F reaches the search box.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eAvailable, startHarness, type Harness } from './harness'
import { cell, col, grid, header, openDemoSynced, text } from './grid-locators'

describe.skipIf(!e2eAvailable())('grid tools (Chromium, demo store)', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness({ sync: { intervalMs: 600_000 } })
    h.page.setDefaultTimeout(15_000)
    await h.page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await openDemoSynced(h)
    await h.page.getByTestId('nav-products').or(h.page.getByRole('link', { name: /Products/ })).first().click()
    await h.page.getByTestId('view-products').waitFor()
    await cell(h.page, 0, 0).waitFor()
  })
  afterAll(async () => {
    await h?.close()
  })

  it('"Freeze up to here" keeps the name column in view scrolled right, across a reload', async () => {
    const { page } = h
    const nameCol = await col(page, 'name')
    await header(page, 'name').click({ button: 'right' })
    await page.getByTestId('grid-menu').locator('[data-action="freeze"]').click()
    await expect.poll(() => header(page, 'name').getAttribute('class')).toContain('dg-frozen')
    await grid(page).evaluate((el) => (el.scrollLeft = el.scrollWidth))
    const view = await grid(page).boundingBox()
    const box = await cell(page, 0, nameCol).boundingBox()
    expect(box && view && box.x >= view.x - 1 && box.x + box.width <= view.x + view.width).toBe(true)
    // The frozen cell is painted on top: the point over it hits the name cell, not a scrolled one.
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-col]')?.getAttribute('data-col'), [box!.x + box!.width / 2, box!.y + box!.height / 2])
    expect(hit).toBe(String(nameCol))
    await h.screenshot('grid-tools-frozen')

    await page.reload()
    await cell(page, 0, 0).waitFor()
    expect(await header(page, 'name').getAttribute('class')).toContain('dg-frozen')
  })

  it('context menu copies the selection and clears it (a staged change); Shift+F10 opens it from the keyboard', async () => {
    const { page } = h
    const skuCol = await col(page, 'sku')
    const sku = await text(page, 0, skuCol)
    await cell(page, 0, skuCol).click({ button: 'right' })
    await page.getByTestId('grid-menu').locator('[data-action="copy"]').click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(sku)

    const nameCol = await col(page, 'name')
    await cell(page, 1, nameCol).click()
    await page.keyboard.press('Shift+F10')
    const menu = page.getByTestId('grid-menu')
    await menu.waitFor()
    // Focus is in the menu: arrows move, Enter runs, Escape closes and gives the grid its focus back.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('copy')
    await page.keyboard.press('Escape')
    await menu.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid')

    const before = await text(page, 1, nameCol)
    await page.keyboard.press('Shift+F10')
    await menu.locator('[data-action="clear"]').click()
    await expect.poll(() => cell(page, 1, nameCol).getAttribute('class')).toMatch(/dg-staged|dg-invalid/)
    expect(before).not.toBe('')
  })

  it('a clipped cell carries its full value as a tooltip', async () => {
    const { page } = h
    const nameCol = await col(page, 'name')
    await grid(page).evaluate((el) => (el.scrollLeft = 0))
    // Narrow the column so names clip, then hover one.
    await page.evaluate((c) => {
      for (const el of document.querySelectorAll<HTMLElement>(`.gv-grid [data-col="${c}"]`)) el.style.width = '40px'
    }, nameCol)
    await cell(page, 2, nameCol).hover()
    const full = await cell(page, 2, nameCol).evaluate((el) => el.textContent?.trim())
    expect(await cell(page, 2, nameCol).getAttribute('title')).toBe(full)
  })

  it('Ctrl+K lists commands, filters as you type and Enter runs one; Ctrl+F focuses the search box', async () => {
    const { page } = h
    await grid(page).focus()
    await page.keyboard.press('Control+k')
    await page.getByTestId('palette').waitFor()
    expect(await page.getByTestId('palette').locator('[data-command="undo"] kbd').textContent()).toBe('Ctrl+Z')
    await page.keyboard.type('go orders')
    await page.keyboard.press('Enter')
    await page.getByTestId('view-orders').waitFor()
    expect(await page.getByTestId('palette').count()).toBe(0)

    await cell(page, 0, 0).click()
    await page.keyboard.press('Control+f')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('grid-search')
  })
})
