// Bulk edit on the Products grid in a real Chromium over the real core and the demo sandbox: +10 %
// rounded to .99 over every row a search matches (preview, stage, undo), and disabling 3 selected rows.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eAvailable, startHarness, type Harness } from './harness'
import { cell, col, money, openDemoSynced, text } from './grid-locators'

const count = async (page: Page): Promise<number> => Number(((await page.getByTestId('products-count').textContent()) ?? '').replace(/\D/g, ''))
const stagedCount = async (page: Page): Promise<number> =>
  Number(/(\d[\d,]*) staged change/.exec((await page.getByTestId('staged-bar-count').textContent({ timeout: 500 }).catch(() => '')) ?? '')?.[1]?.replace(/,/g, '') ?? 0)
/** "12 of 40 products change (12 cells)." → [12, 40, 12]. */
async function summary(page: Page): Promise<[number, number, number]> {
  const m = /([\d,]+) of ([\d,]+) products? changes? \(([\d,]+) cells?\)/.exec((await page.getByTestId('bulk-summary').textContent()) ?? '')
  if (!m) return [-1, -1, -1]
  return [Number(m[1]?.replace(/,/g, '')), Number(m[2]?.replace(/,/g, '')), Number(m[3]?.replace(/,/g, ''))]
}

describe.skipIf(!e2eAvailable())('Bulk edit (Chromium)', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness({ sync: { intervalMs: 600_000, retryMs: 1_000 } })
    await openDemoSynced(h)
  })
  afterAll(async () => {
    await h?.close()
  })

  it('adjusts the price of every product a search matches by +10 %, rounded to .99; undo restores it', async () => {
    const { page } = h
    await page.getByTestId('nav-products').click()
    await expect.poll(() => count(page)).toBe(300)
    const [name, price] = [await col(page, 'name'), await col(page, 'price')]
    const word = (await text(page, 0, name)).split(' ')[0] ?? ''
    await page.getByTestId('grid-search').fill(word)
    await expect.poll(() => count(page)).toBeLessThan(300)
    const matching = await count(page)
    expect(matching).toBeGreaterThan(0)
    await expect.poll(() => text(page, 0, price)).not.toBe('')
    const before = await text(page, 0, price)

    await page.getByTestId('bulk-edit').click()
    const dialog = page.getByTestId('bulk-dialog')
    await dialog.waitFor()
    expect(await dialog.getAttribute('aria-labelledby')).toBe('bulk-title')
    await dialog.getByTestId('bulk-scope-all').check()
    expect(await dialog.getByTestId('bulk-scope-all').locator('xpath=..').textContent()).toContain(`${matching} product`)
    await dialog.getByTestId('bulk-op').selectOption('adjust')
    await dialog.getByTestId('bulk-field').selectOption('price')
    await dialog.getByTestId('bulk-change').fill('+10%')
    await dialog.getByTestId('bulk-round').selectOption('.99')
    await dialog.getByTestId('bulk-preview-btn').click()
    await dialog.getByTestId('bulk-summary').waitFor()
    const [entities, matched, cells] = await summary(page)
    expect(matched).toBe(matching)
    expect(entities).toBeGreaterThan(0)
    expect(cells).toBe(entities)
    const sample = dialog.getByTestId('bulk-sample').locator('tbody tr')
    expect(await sample.count()).toBeGreaterThan(0)
    expect(await sample.first().locator('td').nth(3).textContent()).toMatch(/→ \$[\d,]+\.99$/)
    await h.screenshot('bulk-edit')

    await dialog.getByTestId('bulk-stage').click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => stagedCount(page)).toBe(cells)
    await expect.poll(() => text(page, 0, price)).toMatch(/\.99$/)
    const after = money(await text(page, 0, price))
    expect(Math.abs(after - money(before) * 1.1)).toBeLessThanOrEqual(1)
    expect(await cell(page, 0, price).getAttribute('class')).toContain('dg-staged')

    // One undo step takes the whole bulk edit back.
    await page.keyboard.press('Control+z')
    await expect.poll(() => stagedCount(page)).toBe(0)
    await expect.poll(() => text(page, 0, price)).toBe(before)
    await page.getByTestId('grid-search').fill('')
    await expect.poll(() => count(page)).toBe(300)
  })

  it('disables 3 selected products (opened with Ctrl+B); Esc closes the dialog', async () => {
    const { page } = h
    const name = await col(page, 'name')
    await cell(page, 0, name).click()
    await cell(page, 2, name).click({ modifiers: ['Shift'] })
    await expect.poll(() => page.getByTestId('grid-selection-count').textContent()).toContain('3 × 1')

    // Esc closes without staging anything.
    await page.keyboard.press('Control+b')
    const dialog = page.getByTestId('bulk-dialog')
    await dialog.waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })

    await page.keyboard.press('Control+b')
    await dialog.waitFor()
    expect(await dialog.getByTestId('bulk-scope-selected').isChecked()).toBe(true)
    await dialog.getByTestId('bulk-op').selectOption('disable')
    await dialog.getByTestId('bulk-preview-btn').click()
    await dialog.getByTestId('bulk-summary').waitFor()
    const [entities, matched] = await summary(page)
    expect(matched).toBe(3)
    expect(entities).toBeGreaterThan(0)
    await dialog.getByTestId('bulk-stage').click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => stagedCount(page)).toBe(entities)
  })

  it('raises the price of every "Size: L" variation of the matching products by 10 %, staged as variation changes', async () => {
    const { page } = h
    const before = await stagedCount(page)
    await page.getByTestId('bulk-edit').click()
    const dialog = page.getByTestId('bulk-dialog')
    await dialog.waitFor()
    await dialog.getByTestId('bulk-scope-all').check()
    await dialog.getByTestId('bulk-target-variations').check()
    await dialog.getByTestId('bulk-option-name').fill('Size')
    await dialog.getByTestId('bulk-op').selectOption('adjust')
    await dialog.getByTestId('bulk-field').selectOption('price')
    await dialog.getByTestId('bulk-change').fill('+10%')
    // A name without a value is explained, not sent.
    await dialog.getByTestId('bulk-preview-btn').click()
    await expect.poll(() => dialog.getByTestId('bulk-error').textContent()).toMatch(/value of Size/)
    await dialog.getByTestId('bulk-option-value').fill('L')
    await dialog.getByTestId('bulk-preview-btn').click()
    await dialog.getByTestId('bulk-summary').waitFor()
    const m = /([\d,]+) of ([\d,]+) variations? changes?/.exec((await dialog.getByTestId('bulk-summary').textContent()) ?? '')
    const [entities, matched] = [Number(m?.[1]?.replace(/,/g, '')), Number(m?.[2]?.replace(/,/g, ''))]
    expect(entities).toBeGreaterThan(0)
    expect(matched).toBeGreaterThanOrEqual(entities)
    expect(await dialog.getByTestId('bulk-sample').locator('tbody tr').first().locator('td').first().textContent()).toMatch(/ — L\b/)
    await dialog.getByTestId('bulk-stage').click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => stagedCount(page)).toBe(before + entities)

    const demo = (await h.services.api.listStores()).find((x) => x.demo)
    if (!demo) throw new Error('the demo store is not open')
    const session = await h.services.api.getActiveSession(demo.storeId)
    const rows = (await h.services.api.reviewSession(demo.storeId, session!.id, { resource: 'variations', limit: 1000 })).rows
    expect(rows).toHaveLength(entities)
    for (const r of rows) {
      expect(r).toMatchObject({ field: 'price', kind: 'update' })
      expect(r.label).toMatch(/ — L\b/)
      expect(r.after).toBeCloseTo(Number(r.before) * 1.1, 2)
    }
  })

  it('explains an invalid regular expression in merchant words', async () => {
    const { page } = h
    await page.getByTestId('bulk-edit').click()
    const dialog = page.getByTestId('bulk-dialog')
    await dialog.getByTestId('bulk-op').selectOption('replace')
    await dialog.getByTestId('bulk-find').fill('(')
    await dialog.getByTestId('bulk-regex').check()
    await dialog.getByTestId('bulk-preview-btn').click()
    await expect.poll(() => dialog.getByTestId('bulk-error').textContent()).toMatch(/not a valid regular expression/)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })
  })
})
