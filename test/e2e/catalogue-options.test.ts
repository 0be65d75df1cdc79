// Product options over many products in a real Chromium over the real core and a sandbox store: add
// "Size: S, M, L" to the 50 products a price filter matches and generate their variations (one
// "Product options…" step), push, and find them on the sandbox; rename M → Medium across them, push,
// and the same variations follow; revert the rename session, push it, and the sandbox reads "M" again.
// Shapes as Ecwid documents them: https://api-docs.ecwid.com/reference/update-a-product (options)
// and https://api-docs.ecwid.com/reference/create-product-variation (options: [{name, value}]).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Product } from '../../src/shared/model/product'
import { createMemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { startSandbox, type SandboxHandle } from '../../src/main/sandbox/server'
import { axeFindings } from './axe'
import { connectThroughForm, e2eAvailable, startHarness, type Harness } from './harness'
import { cell, col, text } from './grid-locators'

const STORE = 6_404
/** Far above the seed's prices (at most 480): a price filter from here matches exactly our products. */
const FLOOR = 5_000

describe.skipIf(!e2eAvailable())('product options over a filter (Chromium)', () => {
  let h: Harness
  let sb: SandboxHandle
  const ids: number[] = []

  beforeAll(async () => {
    sb = await startSandbox({ storeId: STORE, storeName: 'Option Goods', products: 120, orders: 2, customers: 2, coupons: 2 })
    // 50 products without options, priced so one filter finds exactly them.
    for (let i = 0; i < sb.state.products.size && ids.length < 50; i++) {
      const p = sb.state.products.get(i)
      if (!p || (p.options ?? []).length > 0 || (p.combinations ?? []).length > 0) continue
      sb.state.updateProduct(i, (q) => void (q.price = FLOOR + ids.length))
      ids.push(p.id)
    }
    h = await startHarness({ apiBase: sb.apiBase, secrets: createMemorySecretStore(), sync: { intervalMs: 600_000 } })
    await connectThroughForm(h, STORE, sb.tokens.full)
  }, 60_000)
  afterAll(async () => {
    await h?.close()
    await sb?.close()
  })

  const server = (id: number): Product => sb.state.products.get(sb.state.productIndex(id) as number) as Product
  const sizes = (id: number): string[] => (server(id).options?.find((o) => o.name === 'Size')?.choices ?? []).map((c) => c.text)
  /** "id:Size=value" per variation, sorted: the ids show a variation is the same one after a rename. */
  const variations = (id: number): string[] => (server(id).combinations ?? []).map((c) => `${c.id}:${c.options.map((o) => `${o.name}=${o.value}`).join(',')}`).sort()
  const count = async (): Promise<number> => Number(((await h.page.getByTestId('products-count').textContent()) ?? '').replace(/\D/g, ''))

  /** Runs one "Product options…" step over all matching products; returns the preview's sentence. */
  async function optionsStep(fill: (dialog: ReturnType<Harness['page']['getByTestId']>) => Promise<void>, staged: RegExp, shot?: string): Promise<string> {
    const { page } = h
    await page.getByTestId('product-options').click()
    const dialog = page.getByTestId('options-dialog')
    await dialog.waitFor()
    await dialog.getByTestId('options-scope-all').check()
    await fill(dialog)
    await dialog.getByTestId('options-preview-btn').click()
    const sentence = (await dialog.getByTestId('options-summary').textContent()) ?? ''
    if (shot) {
      await h.screenshot(shot)
      // The open dialog, its preview shown: no serious or critical axe findings.
      expect((await axeFindings(page)).filter((f) => f.impact === 'serious' || f.impact === 'critical')).toEqual([])
    }
    await dialog.getByTestId('options-stage').click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('staged-bar-count').textContent()).toMatch(staged)
    return sentence
  }

  async function pushFromBar(applied: number): Promise<string> {
    const { page } = h
    const name = (await h.services.api.getActiveSession(STORE))?.name ?? ''
    await page.getByTestId('staged-bar-push').click()
    await page.getByTestId('push-estimate').waitFor()
    await page.getByTestId('push-start').click()
    await page.getByTestId('push-results').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('push-results').textContent()).toContain(`${applied} change${applied === 1 ? '' : 's'} applied`)
    // Back to the grid: its search and filters are as they were.
    await page.getByTestId('nav-products').click()
    await expect.poll(count).toBe(50)
    return name
  }

  it('adds Size to 50 filtered products with their variations, renames M → Medium, and reverts the rename', async () => {
    const { page } = h
    expect(ids).toHaveLength(50)
    await page.getByTestId('nav-products').click()
    await expect.poll(count).toBe(120)
    await page.getByTestId('filter-add').selectOption('price')
    await page.getByTestId('filter-price-min').fill(String(FLOOR))
    await expect.poll(count, { timeout: 15_000 }).toBe(50)

    const added = await optionsStep(async (d) => {
      await d.getByTestId('options-action').selectOption('addOption')
      await d.getByTestId('options-name').fill('Size')
      await d.getByTestId('options-type').selectOption('SIZE')
      await d.getByTestId('options-values').fill('S, M, L')
      await d.getByTestId('options-generate').check()
    }, /^200 staged changes/)
    expect(added).toBe('50 of 50 products change')
    await pushFromBar(200)
    for (const id of ids) {
      expect(sizes(id)).toEqual(['S', 'M', 'L'])
      expect(variations(id).map((v) => v.split(':')[1]).sort()).toEqual(['Size=L', 'Size=M', 'Size=S'])
    }
    const before = new Map(ids.map((id) => [id, variations(id)]))

    // Once more the same option: every filtered product already has it.
    await page.getByTestId('product-options').click()
    const dialog = page.getByTestId('options-dialog')
    await dialog.getByTestId('options-name').fill('Size')
    await dialog.getByTestId('options-values').fill('S, M, L')
    await dialog.getByTestId('options-preview-btn').click()
    await expect.poll(() => dialog.getByTestId('options-summary').textContent()).toBe('0 of 50 products change; 50 already have it')
    expect(await dialog.getByTestId('options-stage').isDisabled()).toBe(true)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })

    const renamed = await optionsStep(async (d) => {
      await d.getByTestId('options-action').selectOption('renameOptionValue')
      await d.getByTestId('options-name').fill('Size')
      await d.getByTestId('options-value').fill('M')
      await d.getByTestId('options-to').fill('Medium')
    }, /^100 staged changes/, 'catalogue-options')
    expect(renamed).toBe('50 of 50 products change')
    const renameSession = await pushFromBar(100)
    for (const id of ids) {
      expect(sizes(id)).toEqual(['S', 'Medium', 'L'])
      // The same variations (same ids), now selecting "Medium".
      expect(variations(id)).toEqual((before.get(id) ?? []).map((v) => v.replace('Size=M', 'Size=Medium')).sort())
    }

    await page.getByTestId('nav-sessions').click()
    await page.getByTestId('tab-history').click()
    const entry = page.getByTestId(`history-${renameSession}`)
    await entry.waitFor()
    await entry.getByTestId('history-revert').click()
    await page.getByTestId(`session-${renameSession}-revert`).waitFor()
    await page.getByTestId('tab-push').click()
    await page.getByTestId('push-start').click()
    await expect.poll(() => page.getByTestId(`session-${renameSession}-revert`).getByTestId('session-status').textContent(), { timeout: 60_000 }).toBe('Pushed')
    for (const id of ids) {
      expect(sizes(id)).toEqual(['S', 'M', 'L'])
      expect(variations(id)).toEqual(before.get(id))
    }
  }, 180_000)

  it('in the product panel: shows the options, deletes one variation, and generates it again', async () => {
    const { page } = h
    await page.getByTestId('nav-products').click()
    await expect.poll(count).toBe(50)
    await cell(page, 0, await col(page, 'name')).click()
    const panel = page.getByTestId('product-options-panel')
    await expect.poll(() => panel.getByTestId('product-option-values').first().textContent()).toBe('S, M, L — default S')
    const sku = await text(page, 0, await col(page, 'sku'))
    const id = ids.find((x) => server(x).sku === sku) as number
    expect(variations(id)).toHaveLength(3)

    await panel.getByTestId('delete-variation-choice').selectOption({ label: 'Size: M' })
    await panel.getByTestId('delete-variation').click()
    await expect.poll(() => panel.getByTestId('options-panel-message').textContent()).toBe('Variation Size: M staged for deletion.')
    await expect.poll(() => page.getByTestId('staged-bar-count').textContent()).toMatch(/^1 staged change /)
    await pushFromBar(1)
    expect(variations(id).map((v) => v.split(':')[1]).sort()).toEqual(['Size=L', 'Size=S'])

    await cell(page, 0, await col(page, 'name')).click()
    await page.getByTestId('generate-variations').click()
    await expect.poll(() => panel.getByTestId('options-panel-message').textContent()).toBe('1 variation staged for creation.')
    await pushFromBar(1)
    expect(variations(id).map((v) => v.split(':')[1]).sort()).toEqual(['Size=L', 'Size=M', 'Size=S'])
  }, 120_000)
})
