// The Categories screen in a real Chromium over the real core and a sandbox store: move a category
// under another ("Move to…") and reorder it (Alt+↑), assign it to 100 filtered products with the
// Bulk edit dialog, push, check the sandbox, revert, push the revert, check the sandbox again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Category } from '../../src/shared/model/category'
import { createMemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { startSandbox, type SandboxHandle } from '../../src/main/sandbox/server'
import { connectThroughForm, e2eAvailable, startHarness, type Harness } from './harness'

const STORE = 6_171

describe.skipIf(!e2eAvailable())('categories screen (Chromium)', () => {
  let h: Harness
  let sb: SandboxHandle
  const serverCategory = (id: number): Category | undefined => sb.state.categories.get(sb.state.categoryIndex(id) as number)
  const serverProducts = () => {
    const out = []
    for (let i = 0; i < sb.state.products.size; i++) if (sb.state.products.isLive(i)) out.push(sb.state.products.get(i) as { id: number; categoryIds?: number[]; price?: number })
    return out
  }

  beforeAll(async () => {
    sb = await startSandbox({ storeId: STORE, storeName: 'Category Goods', products: 300, orders: 2, customers: 2, coupons: 2 })
    h = await startHarness({ apiBase: sb.apiBase, secrets: createMemorySecretStore(), sync: { intervalMs: 600_000 } })
    await connectThroughForm(h, STORE, sb.tokens.full)
  })
  afterAll(async () => {
    await h?.close()
    await sb?.close()
  })

  it('moves a category under another and reorders it; assigns 100 filtered products to it; pushes; reverts', async () => {
    const { page } = h
    const tree = await h.services.api.listCategoryTree(STORE)
    const roots = tree.filter((c) => c.parentId === 0).sort((a, b) => a.orderBy - b.orderBy)
    const [moved, target] = [roots[0], roots[1]] as [(typeof tree)[0], (typeof tree)[0]]
    const targetKids = tree.filter((c) => c.parentId === target.id).sort((a, b) => a.orderBy - b.orderBy)
    expect(targetKids.length, 'the seed gives the second root category subcategories').toBeGreaterThan(0)
    const before = new Map(tree.map((c) => [c.id, { ...serverCategory(c.id) }]))

    await page.getByTestId('nav-categories').click()
    await page.getByTestId('view-categories').waitFor()
    const movedRow = page.getByTestId(`category-row-${moved.id}`)
    await movedRow.click()
    expect(await movedRow.textContent()).toContain(`${moved.productCount} product`)
    await page.getByTestId('category-move-to').selectOption(String(target.id))
    // The new parent opens so the moved category stays in view, last among its new siblings.
    await expect.poll(() => movedRow.getAttribute('aria-level')).toBe('2')
    const rowsUnder = async (): Promise<string[]> =>
      page.locator('[data-testid="category-tree"] [role=treeitem][aria-level="2"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-category-row') ?? ''))
    await expect.poll(rowsUnder).toEqual([...targetKids.map((c) => String(c.id)), String(moved.id)])
    // Alt+↑ reorders it before the last of its siblings.
    await movedRow.focus()
    await page.keyboard.press('Alt+ArrowUp')
    const last = targetKids[targetKids.length - 1] as (typeof tree)[0]
    await expect.poll(rowsUnder).toEqual([...targetKids.slice(0, -1).map((c) => String(c.id)), String(moved.id), String(last.id)])
    // F2 renames in place.
    await page.keyboard.press('F2')
    await page.getByTestId('category-rename').fill('Moved here')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await movedRow.textContent()) ?? '').toContain('Moved here')
    // Delete names how many products lose it (with its subcategories); "Keep it" stages nothing.
    await page.getByTestId('category-delete').click()
    const losing = moved.productsLosing
    expect(await page.getByTestId('category-delete-warning').textContent()).toContain(
      `Delete “Moved here”: ${losing === 0 ? 'no products lose it' : `${losing} product${losing === 1 ? '' : 's'} lose it`}`
    )
    await page.getByRole('button', { name: 'Keep it' }).click()

    // 100 products by a price filter, then the Bulk edit dialog adds the category to all of them.
    const prices = serverProducts().map((p) => p.price ?? 0).sort((a, b) => a - b)
    const max = prices[99] as number
    expect(prices[100], 'the 100th and 101st prices differ').toBeGreaterThan(max)
    await page.getByTestId('nav-products').click()
    await page.getByTestId('filter-add').selectOption('price')
    await page.getByTestId('filter-price-min').fill('0')
    await page.getByTestId('filter-price-max').fill(String(max))
    await expect.poll(async () => Number(((await page.getByTestId('products-count').textContent()) ?? '').replace(/\D/g, ''))).toBe(100)
    await page.getByTestId('bulk-edit').click()
    const dialog = page.getByTestId('bulk-dialog')
    await dialog.getByTestId('bulk-scope-all').check()
    await dialog.getByTestId('bulk-op').selectOption('addCategory')
    await dialog.getByTestId('bulk-category').selectOption(String(moved.id))
    await dialog.getByTestId('bulk-preview-btn').click()
    await dialog.getByTestId('bulk-summary').waitFor()
    const wanted = serverProducts().filter((p) => (p.price ?? 0) <= max)
    const gaining = wanted.filter((p) => !(p.categoryIds ?? []).includes(moved.id)).length
    expect(await dialog.getByTestId('bulk-summary').textContent()).toContain(`${gaining} of 100 products`)
    await dialog.getByTestId('bulk-stage').click()
    await dialog.waitFor({ state: 'detached' })

    // Push from the Sessions screen.
    await page.getByTestId('nav-sessions').click()
    await page.getByTestId('tab-push').click()
    await page.getByTestId('push-start').click()
    await expect.poll(() => page.getByTestId('push-progress-text').textContent(), { timeout: 30_000 }).toMatch(/Push finished/)
    expect(serverCategory(moved.id)).toMatchObject({ parentId: target.id, name: 'Moved here' })
    const order = (id: number): number => serverCategory(id)?.orderBy ?? 0
    expect(order(moved.id)).toBeLessThan(order(last.id))
    const secondLast = targetKids[targetKids.length - 2]
    if (secondLast) expect(order(moved.id)).toBeGreaterThan(order(secondLast.id))
    for (const p of wanted) expect(serverProducts().find((x) => x.id === p.id)?.categoryIds).toContain(moved.id)

    // The screen shows the pushed tree and the new product count.
    await page.getByTestId('nav-categories').click()
    await page.getByRole('button', { name: 'Expand all' }).click()
    await expect.poll(async () => (await movedRow.textContent()) ?? '').toContain(`${moved.productCount + gaining} products`)

    // Revert from History and push the revert: the sandbox is as before.
    const session = (await h.services.api.listHistory(STORE))[0]?.session
    if (!session) throw new Error('no pushed session')
    await page.getByTestId('nav-sessions').click()
    await page.getByTestId('tab-history').click()
    await page.getByTestId(`history-${session.name}`).getByTestId('history-revert').click()
    await page.getByTestId(`session-${session.name}-revert`).waitFor()
    await page.getByTestId('tab-push').click()
    await page.getByTestId('push-start').click()
    await expect.poll(() => page.getByTestId(`session-${session.name}-revert`).getByTestId('session-status').textContent(), { timeout: 30_000 }).toBe('Pushed')
    for (const [id, c] of before) expect([id, serverCategory(id)?.parentId ?? 0, serverCategory(id)?.orderBy, serverCategory(id)?.name]).toEqual([id, c.parentId ?? 0, c.orderBy, c.name])
    for (const p of wanted) expect(serverProducts().find((x) => x.id === p.id)?.categoryIds ?? []).toEqual(p.categoryIds ?? [])
  })
})
