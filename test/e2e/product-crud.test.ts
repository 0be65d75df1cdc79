// Duplicate and Delete in the Products grid, in Chromium over the real core and a sandbox store:
// duplicate a product that has variations and delete another (the confirm names its variations),
// push; the sandbox holds the copy with its variations and no longer the deleted one; a revert of
// that session, pushed, removes the copy and re-creates the deleted product with its variations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Product } from '../../src/shared/model'
import type { SandboxHandle } from '../../src/main/sandbox/server'
import { e2eAvailable, type Harness } from './harness'
import { connectSandboxStore } from './sandbox-store'
import { cell, col, text } from './grid-locators'

const STORE = 6_317

describe.skipIf(!e2eAvailable())('duplicate and delete products (Chromium)', () => {
  let h: Harness
  let sb: SandboxHandle
  const live = (): Product[] => {
    const out: Product[] = []
    for (let i = 0; i < sb.state.products.size; i++) {
      const p = sb.state.products.get(i)
      if (p && sb.state.products.isLive(i)) out.push(p)
    }
    return out
  }
  const named = (name: string): Product[] => live().filter((p) => p.name === name)
  const selections = (p: Product | undefined): string[] => (p?.combinations ?? []).map((c) => c.options.map((o) => `${o.name}:${o.value}`).join(',')).sort()

  beforeAll(async () => {
    ;({ h, sb } = await connectSandboxStore(STORE, 'Copy Goods'))
  })
  afterAll(async () => {
    await h?.close()
    await sb?.close()
  })

  it('duplicates one product and deletes another, pushes, and a revert restores both', async () => {
    const { page } = h
    await page.getByTestId('nav-products').click()
    await expect.poll(() => page.getByTestId('products-count').textContent()).toBe('40 products')
    const [name, vcol] = [await col(page, 'name'), await col(page, 'variationCount')]
    const rows: { row: number; name: string; n: number }[] = []
    for (let row = 0; row < 20 && rows.length < 2; row++) {
      const m = /^[▸▾] (\d+)$/.exec(await text(page, row, vcol))
      if (m) rows.push({ row, name: await text(page, row, name), n: Number(m[1]) })
    }
    const [keep, drop] = rows as [(typeof rows)[number], (typeof rows)[number]]
    const original = named(keep.name)[0]
    const doomed = named(drop.name)[0]
    expect(original && doomed).toBeTruthy()

    await cell(page, keep.row, name).click()
    await page.getByTestId('product-duplicate').click()
    await expect.poll(() => page.getByTestId('product-crud-note').textContent()).toBe(`Staged 1 copy with ${keep.n} variations; push the session to create them.`)

    // The staged copy is now the grid's first row (staged creates sit on top): the rest moved down one.
    await expect.poll(() => text(page, 0, name)).toBe(`${keep.name} (copy)`)
    await cell(page, drop.row + 1, name).click()
    await page.keyboard.press('Control+Delete')
    const confirm = page.getByTestId('product-delete-confirm-button')
    await expect.poll(() => confirm.textContent()).toBe(`Delete “${drop.name}” and its ${drop.n} variations${(doomed?.media?.images?.length ?? 0) > 0 ? ` and ${doomed?.media?.images?.length === 1 ? '1 image' : `${doomed?.media?.images?.length} images`}` : ''}`)
    await confirm.click()
    await page.getByTestId('product-delete-confirm').waitFor({ state: 'detached' })

    await page.getByTestId('staged-bar-push').click()
    await page.getByTestId('push-estimate').waitFor()
    await page.getByTestId('push-start').click()
    await page.getByTestId('push-results').waitFor({ timeout: 30_000 })
    const copy = named(`${keep.name} (copy)`)[0]
    expect(copy).toBeDefined()
    expect(selections(copy)).toEqual(selections(original))
    expect(selections(copy)).toHaveLength(keep.n)
    expect(named(drop.name)).toEqual([])

    // Revert from the history: a new session with the inverse, pushed like any other.
    const store = (await h.services.api.listStores()).find((s) => s.storeId === STORE)
    const pushed = (await h.services.api.listHistory(STORE)).find((e) => e.session.counts.applied > 0)
    if (!store || !pushed) throw new Error('no pushed session in the history')
    const back = await h.services.api.revertSession(STORE, pushed.session.id)
    await h.services.api.pushSession(STORE, back.id)
    const status = async (): Promise<string | undefined> => (await h.services.api.listSessions(STORE)).find((s) => s.id === back.id)?.status
    await expect.poll(status, { timeout: 30_000 }).toBe('applied')
    expect(named(`${keep.name} (copy)`)).toEqual([])
    const again = named(drop.name)[0]
    expect(again).toBeDefined()
    expect(again?.id).not.toBe(doomed?.id)
    expect(selections(again)).toEqual(selections(doomed))
  })

  it('New product stages a hidden row on top that edits like any row; the push creates it', async () => {
    const { page } = h
    await page.getByTestId('nav-products').click()
    await page.getByTestId('view-products').waitFor()
    const [name, price] = [await col(page, 'name'), await col(page, 'price')]
    await page.getByTestId('product-new').click()
    await expect.poll(() => text(page, 0, name)).toBe('New product')
    expect(await cell(page, 0, name).getAttribute('class')).toContain('dg-staged')
    await cell(page, 0, name).click()
    await page.keyboard.type('Walnut board')
    await page.keyboard.press('Enter')
    await cell(page, 0, price).click()
    await page.keyboard.type('34.5')
    await page.keyboard.press('Enter')
    await expect.poll(() => text(page, 0, name)).toBe('Walnut board')

    await page.getByTestId('staged-bar-push').click()
    await page.getByTestId('push-estimate').waitFor()
    await page.getByTestId('push-start').click()
    await page.getByTestId('push-results').waitFor({ timeout: 30_000 })
    const made = named('Walnut board')
    expect(made).toHaveLength(1)
    expect(made[0]?.price).toBe(34.5)
    expect(made[0]?.enabled).toBe(false)
    expect(made[0]?.sku).toMatch(/^NEW-[0-9A-F]{6}$/)
  })
})
