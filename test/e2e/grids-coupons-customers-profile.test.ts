// Coupons and Customers grids and the store profile form in a real Chromium over the real core and a
// sandbox store with hostile names: load, sort, filter, edit, paste a 3×20 block, fill down, undo, the
// staged-changes bar, a rejected value's message, 10 generated codes, a profile edit in the session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator } from 'playwright-core'
import { createMemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { startSandbox, type SandboxHandle } from '../../src/main/sandbox/server'
import type { StagedChange } from '../../src/shared/model/session'
import { connectThroughForm, e2eAvailable, startHarness, type Harness } from './harness'

const STORE = 6_202
const HOSTILE = '<img src=x onerror="window.__xss=1">Evil & Co'

describe.skipIf(!e2eAvailable())('coupons, customers and profile (Chromium)', () => {
  let h: Harness
  let sb: SandboxHandle

  const grid = (): Locator => h.page.locator('[role=grid]')
  const cellAt = (row: number, col: number): Locator => grid().locator(`[role=row][data-row="${row}"] [role=gridcell][data-col="${col}"]`)
  async function changes(filter: { resource?: 'coupons' | 'customers' | 'profile'; field?: string } = {}): Promise<StagedChange[]> {
    const s = await h.services.api.getActiveSession(STORE)
    return s ? (await h.services.api.reviewSession(STORE, s.id, { ...filter, limit: 1000 })).rows : []
  }
  /** The bar's "N staged changes" figure (its text also names the session, which holds digits). */
  const stagedBar = async (): Promise<number> => Number(((await h.page.getByTestId('staged-bar-count').locator('strong').textContent()) ?? '').replace(/\D/g, '') || 0)
  async function click(row: number, col: number, shift = false): Promise<void> {
    await cellAt(row, col).click({ modifiers: shift ? ['Shift'] : [] })
  }
  /** Types into a cell through the grid's editor and commits with Enter. */
  async function typeCell(row: number, col: number, text: string): Promise<void> {
    await click(row, col)
    await h.page.keyboard.press('F2')
    const editor = grid().locator('.dg-editor')
    await editor.fill(text)
    await editor.press('Enter')
  }
  /** A paste as Excel or Sheets sends it: tab-separated text on the clipboard event. */
  async function paste(tsv: string): Promise<void> {
    // A string script: this file compiles without the DOM library (it runs in Node).
    await h.page.evaluate(`(() => {
      document.querySelector('[role=grid]').focus()
      const data = new DataTransfer()
      data.setData('text/plain', ${JSON.stringify(tsv)})
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    })()`)
  }
  async function openSection(name: string): Promise<void> {
    await h.page.getByTestId(`nav-${name}`).click()
    await h.page.getByTestId(`view-${name}`).waitFor()
  }

  beforeAll(async () => {
    sb = await startSandbox({ storeId: STORE, storeName: 'Grid Goods', products: 20, orders: 20, customers: 60, coupons: 60 })
    sb.state.updateCoupon(0, (c) => void (c.name = HOSTILE))
    sb.state.updateCustomer(0, (c) => void (c.name = HOSTILE))
    sb.state.updateProfile((p) => void (p.company = { ...p.company, companyName: HOSTILE, city: 'Paris', countryCode: 'FR' }))
    h = await startHarness({ apiBase: sb.apiBase, secrets: createMemorySecretStore(), sync: { intervalMs: 600_000 } })
    const { page } = h
    // A step that cannot happen fails with its locator instead of hanging until the test times out.
    page.setDefaultTimeout(15_000)
    await connectThroughForm(h, STORE, sb.tokens.full)
  })
  afterAll(async () => {
    await h?.close()
    await sb?.close()
  })

  it('coupons: load, hostile text as text, sort, filter', async () => {
    const { page } = h
    await openSection('coupons')
    await expect.poll(() => page.getByTestId('coupons-count').textContent()).toBe('60 coupons')
    await expect.poll(() => cellAt(0, 0).textContent()).not.toBe('')
    await page.getByTestId('grid-search').fill('Evil')
    await expect.poll(() => page.getByTestId('coupons-count').textContent()).toBe('1 coupon')
    expect(await cellAt(0, 0).textContent()).toBe(HOSTILE)
    expect(await grid().locator('img').count()).toBe(0)
    expect(await page.evaluate('window.__xss')).toBeUndefined()
    await page.getByTestId('grid-search').fill('')
    await expect.poll(() => page.getByTestId('coupons-count').textContent()).toBe('60 coupons')

    await page.getByRole('columnheader', { name: 'Code' }).click()
    await expect.poll(() => page.getByRole('columnheader', { name: 'Code' }).getAttribute('aria-sort')).toBe('ascending')
    const sorted = (await h.services.api.queryCoupons(STORE, { sort: [{ field: 'code', dir: 'asc' }], offset: 0, limit: 3 })).rows
    await expect.poll(() => cellAt(0, 1).textContent()).toBe(sorted[0]?.code)
    expect(await cellAt(1, 1).textContent()).toBe(sorted[1]?.code)
  })

  it('coupons: edit, invalid value message, paste 3×20, fill down, undo, staged-changes bar', async () => {
    const { page } = h
    await typeCell(0, 0, 'Renamed by e2e')
    await expect.poll(async () => (await changes({ field: 'name' })).map((c) => c.after)).toEqual(['Renamed by e2e'])
    await expect.poll(() => cellAt(0, 0).textContent()).toBe('Renamed by e2e')
    await page.getByTestId('staged-bar').waitFor()
    await expect.poll(stagedBar).toBe(1)

    await typeCell(1, 3, 'lots')
    await expect.poll(() => cellAt(1, 3).getAttribute('aria-invalid')).toBe('true')
    expect(await cellAt(1, 3).getAttribute('title')).toMatch(/Discount must be a number/)
    await click(1, 3)
    await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/Discount must be a number/)

    // Name, code, type for rows 2..21, as a spreadsheet would send them.
    const block = Array.from({ length: 20 }, (_, i) => `Pasted ${i}\tPASTE-E2E-${i}\tPERCENT`).join('\r\n')
    await click(2, 0)
    await paste(block)
    await expect.poll(async () => (await changes({ field: 'code' })).length).toBe(20)
    expect((await changes({ field: 'name' })).length).toBe(21)
    await expect.poll(() => cellAt(21, 1).textContent()).toBe('PASTE-E2E-19')

    const before = (await changes()).length
    await click(25, 3)
    await click(30, 3, true)
    const top = await cellAt(25, 3).textContent()
    await page.keyboard.press('Control+d')
    await expect.poll(() => cellAt(30, 3).textContent()).toBe(top)
    await expect.poll(async () => (await changes()).length).toBeGreaterThan(before)
    await page.keyboard.press('Control+z')
    await expect.poll(async () => (await changes()).length).toBe(before)
    await expect.poll(stagedBar).toBe(before)
  })

  it('coupons: a new row and 10 generated codes become staged creates', async () => {
    const { page } = h
    await page.getByTestId('coupon-generate').click()
    await page.getByTestId('generate-codes-dialog').waitFor()
    await page.getByTestId('codes-count').fill('10')
    await page.getByTestId('codes-prefix').fill('E2E-')
    await page.getByTestId('codes-submit').click()
    await page.getByTestId('generate-codes-dialog').waitFor({ state: 'detached' })
    const codes = (await changes({ field: 'code' })).filter((c) => c.kind === 'create')
    expect(codes).toHaveLength(10)
    expect(new Set(codes.map((c) => c.after)).size).toBe(10)
    for (const c of codes) expect(c.after).toMatch(/^E2E-[A-HJ-NP-Z2-9]{8}$/)
    await expect.poll(() => page.getByTestId('coupons-new-count').textContent()).toMatch(/^10 new coupons/)
    // Rows are virtual: scroll back to the top, where new coupons are pinned.
    await grid().evaluate((el) => void (el.scrollTop = 0))
    await expect.poll(() => cellAt(0, 1).textContent()).toMatch(/^E2E-/)

    await page.getByTestId('coupon-new').click()
    await expect.poll(() => page.getByTestId('coupons-new-count').textContent()).toMatch(/^11 new coupons/)
    await expect.poll(() => cellAt(0, 0).textContent()).toBe('New coupon')
    await typeCell(0, 3, '15')
    await expect.poll(async () => (await changes({ field: 'discount' })).some((c) => c.kind === 'create' && c.after === 15)).toBe(true)
    await h.screenshot('grid-coupons')
  })

  it('customers: load, sort, filter, edit, invalid email, paste 3×20, fill down, undo', async () => {
    const { page } = h
    await openSection('customers')
    await expect.poll(() => page.getByTestId('customers-count').textContent()).toBe('60 customers')
    await page.getByTestId('grid-search').fill('Evil')
    await expect.poll(() => page.getByTestId('customers-count').textContent()).toBe('1 customer')
    expect(await cellAt(0, 0).textContent()).toBe(HOSTILE)
    expect(await page.evaluate('window.__xss')).toBeUndefined()
    await page.getByTestId('grid-search').fill('')
    await expect.poll(() => page.getByTestId('customers-count').textContent()).toBe('60 customers')

    await page.getByRole('columnheader', { name: 'Email' }).click()
    await expect.poll(() => page.getByRole('columnheader', { name: 'Email' }).getAttribute('aria-sort')).toBe('ascending')
    const sorted = (await h.services.api.queryCustomers(STORE, { sort: [{ field: 'email', dir: 'asc' }], offset: 0, limit: 2 })).rows
    await expect.poll(() => cellAt(0, 1).textContent()).toBe(sorted[0]?.email)

    await typeCell(0, 0, 'Ada Lovelace')
    await expect.poll(async () => (await changes({ resource: 'customers', field: 'name' })).map((c) => c.after)).toEqual(['Ada Lovelace'])
    await typeCell(1, 1, 'not-an-email')
    await expect.poll(() => cellAt(1, 1).getAttribute('aria-invalid')).toBe('true')
    expect(await cellAt(1, 1).getAttribute('title')).toMatch(/not a valid email address/)

    const block = Array.from({ length: 20 }, (_, i) => `Pasted Person ${i}\tpasted${i}@example.com\t${i % 2 === 0 ? 'TRUE' : 'FALSE'}`).join('\n')
    await click(2, 0)
    await paste(block)
    await expect.poll(async () => (await changes({ resource: 'customers', field: 'email' })).length).toBe(20)
    await expect.poll(() => cellAt(21, 1).textContent()).toBe('pasted19@example.com')

    const before = (await changes()).length
    await click(25, 0)
    await click(30, 0, true)
    const top = await cellAt(25, 0).textContent()
    await page.keyboard.press('Control+d')
    await expect.poll(() => cellAt(30, 0).textContent()).toBe(top)
    await expect.poll(async () => (await changes()).length).toBeGreaterThan(before)
    await page.keyboard.press('Control+z')
    await expect.poll(async () => (await changes()).length).toBe(before)
    await expect.poll(stagedBar).toBe(before)
    await grid().evaluate((el) => void (el.scrollTop = 0))
    await expect.poll(() => cellAt(0, 0).textContent()).toBe('Ada Lovelace')
    await h.screenshot('grid-customers')
  })

  it('profile: sections as a form, hostile text as text, an edit lands in the session, a bad value explains itself', async () => {
    const { page } = h
    await openSection('profile')
    for (const s of ['general', 'company', 'formats', 'mail', 'languages', 'taxes', 'zones', 'registration']) await page.getByTestId(`profile-section-${s}`).waitFor()
    await expect.poll(() => page.locator('#pf-company-companyName').inputValue()).toBe(HOSTILE)
    expect(await page.evaluate('window.__xss')).toBeUndefined()

    await page.locator('#pf-company-city').fill('Lyon')
    await page.locator('#pf-company-city').press('Tab')
    await expect.poll(async () => (await changes({ resource: 'profile' })).map((c) => [c.label, c.field, c.before, c.after])).toEqual([['Store profile', 'company.city', 'Paris', 'Lyon']])
    await expect.poll(() => page.getByTestId('profile-field-company.city').getAttribute('class')).toMatch(/staged/)

    await page.locator('#pf-company-countryCode').fill('France')
    await page.locator('#pf-company-countryCode').press('Tab')
    await expect.poll(() => page.getByTestId('profile-field-company.countryCode').getByTestId('profile-field-error').textContent()).toMatch(/two-letter country code/)
    // The refused text stays in the field beside its message, so the merchant can correct it.
    expect(await page.locator('#pf-company-countryCode').inputValue()).toBe('France')
    expect((await changes({ resource: 'profile' })).length).toBe(1)
    await page.getByTestId('profile-section-company').scrollIntoViewIfNeeded()
    await h.screenshot('profile')

    await page.getByTestId('staged-bar-review').click()
    await page.getByTestId('view-sessions').waitFor()
    // Counted in the review under the profile editor's label for the field.
    await expect.poll(() => page.getByTestId('count-field-company.city').textContent()).toMatch(/^\s*City 1\s*$/)
  })

  it('with a read-only token the profile form and the coupons grid say why they cannot be edited', async () => {
    const { page } = h
    await openSection('stores')
    await page.getByTestId('connect-store-id').fill(String(STORE))
    await page.getByTestId('connect-token').fill(sb.tokens.readOnly)
    await page.getByTestId('connect-submit').click()
    await expect.poll(async () => (await h.services.api.listStores()).find((s) => s.storeId === STORE)?.capabilities.profile.update).toBe(false)
    await openSection('profile')
    await expect.poll(() => page.getByTestId('profile-readonly').textContent()).toMatch(/lacks update_store_profile/)
    expect(await page.locator('#pf-company-city').isDisabled()).toBe(true)
    await openSection('coupons')
    await expect.poll(() => page.getByTestId('grid-readonly').textContent()).toMatch(/update_discount_coupons/)
    expect(await page.getByTestId('coupon-generate').isDisabled()).toBe(true)
  })
})
