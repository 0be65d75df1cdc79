// The Stores screen in a real Chromium against the sandbox: connect (good, then bad token), switch
// between two stores, rename, remove with confirmation, open the demo store; no token in the traffic.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator } from 'playwright-core'
import { createMemorySecretStore } from '../../src/main/core/secrets/memory-store'
import type { SecretStore } from '../../src/main/core/secrets/secret-store'
import { storeDataDir } from '../../src/main/core/stores/local-data'
import { startSandbox, type SandboxHandle } from '../../src/main/sandbox/server'
import { e2eAvailable, startHarness, type Harness } from './harness'

// Not the demo's id (1003): the connected stores and the demo store sit side by side.
const A = 5_001
const B = 5_002
const BAD = 'secret_e2etypoe2etypo77'

describe.skipIf(!e2eAvailable())('stores screen (Chromium)', () => {
  let h: Harness
  let sandbox: SandboxHandle
  let secrets: SecretStore
  const tokensOf = (id: number): { full: string; readOnly: string; public: string } => {
    const t = sandbox.stores.get(id)?.tokens
    if (!t) throw new Error(`no sandbox store ${id}`)
    return t
  }
  const row = (id: number): Locator => h.page.getByTestId(`store-${id}`)

  async function connect(storeId: number, token: string, label = ''): Promise<void> {
    const { page } = h
    await page.getByTestId('connect-store-id').fill(String(storeId))
    await page.getByTestId('connect-token').fill(token)
    await page.getByTestId('connect-label').fill(label)
    await page.getByTestId('connect-submit').click()
    // The token field is cleared at once, whatever the outcome.
    expect(await page.getByTestId('connect-token').inputValue()).toBe('')
    await expect.poll(() => page.getByTestId('connect-submit').textContent()).toContain('Connect')
  }

  beforeAll(async () => {
    sandbox = await startSandbox({ storeId: A, storeName: 'Alpha Goods', products: 30, orders: 10, customers: 5, coupons: 3, extraStores: [{ storeId: B, storeName: 'Beta Supplies', products: 10 }] })
    secrets = createMemorySecretStore()
    h = await startHarness({ apiBase: sandbox.apiBase, secrets })
    await h.page.getByTestId('view-stores').waitFor()
  })
  afterAll(async () => {
    await h?.close()
    await sandbox?.close()
  })

  it('connects with a read-only token: the store appears, is selected, and says what is read-only', async () => {
    await connect(A, tokensOf(A).readOnly, 'Alpha')
    await row(A).waitFor()
    expect(await row(A).textContent()).toContain('Alpha')
    expect(await h.page.getByTestId('store-switcher').inputValue()).toBe(String(A))
    expect(await row(A).getAttribute('class')).toContain('current')
    const notes = row(A).getByTestId('scope-notes')
    expect(await notes.textContent()).toContain('Products: read-only — the token lacks update_catalog.')
    expect(await h.page.getByTestId('connect-error').count()).toBe(0)
    expect(await secrets.get(A)).toBe(tokensOf(A).readOnly)
  })

  it('hints at a malformed store id or token before sending anything', async () => {
    const { page } = h
    await page.getByTestId('connect-store-id').fill('0')
    await page.getByTestId('connect-token').fill('secret_abc def')
    await page.getByTestId('connect-id-hint').waitFor()
    await page.getByTestId('connect-token-hint').waitFor()
    expect(await page.getByTestId('connect-submit').isDisabled()).toBe(true)
    await page.getByTestId('connect-token').fill('')
  })

  it('refuses a bad token with a clear message and adds nothing', async () => {
    await connect(B, BAD)
    const error = h.page.getByTestId('connect-error')
    await error.waitFor()
    expect(await error.textContent()).toMatch(/Ecwid refused this token for store 5002.*Nothing was saved/)
    expect(await row(B).count()).toBe(0)
    expect(await h.page.getByTestId('store-list').locator(':scope > li').count()).toBe(1)
    expect(await secrets.list()).toEqual([A])
    // The store id stays so the user can fix just the token.
    expect(await h.page.getByTestId('connect-store-id').inputValue()).toBe(String(B))
  })

  it('connects a second store and switches between them with the sidebar switcher', async () => {
    await connect(B, tokensOf(B).full)
    await row(B).waitFor()
    expect(await h.page.getByTestId('connect-error').count()).toBe(0)
    expect(await row(B).getByTestId('scope-notes').count()).toBe(0)
    const switcher = h.page.getByTestId('store-switcher')
    expect(await switcher.inputValue()).toBe(String(B))
    await switcher.selectOption(String(A))
    await expect.poll(() => row(A).getAttribute('class')).toContain('current')
    expect(await row(B).getAttribute('class')).not.toContain('current')
    await switcher.selectOption(String(B))
    await expect.poll(() => row(B).getAttribute('class')).toContain('current')
    await expect.poll(() => h.page.getByTestId('connection-state').textContent()).toContain('Online')
    // "Manage stores…" is an action: it opens Stores and the switcher keeps showing the open store.
    await h.page.getByTestId('nav-products').click()
    await switcher.selectOption('__manage')
    await h.page.getByTestId('view-stores').waitFor()
    expect(await switcher.inputValue()).toBe(String(B))
  })

  it('renames a store: the row and the switcher show the new label', async () => {
    await row(B).getByTestId('rename-store').click()
    const input = row(B).getByTestId('rename-input')
    await input.fill('   ')
    expect(await row(B).getByTestId('rename-save').isDisabled()).toBe(true)
    await input.fill('Beta (live)')
    await input.press('Enter')
    await expect.poll(() => row(B).getByTestId('open-store').textContent()).toContain('Beta (live)')
    expect(await h.page.getByTestId('store-switcher').locator(`option[value="${B}"]`).textContent()).toContain('Beta (live)')
  })

  it('removes a store only after confirming, with its keychain entry and (ticked) its local data', async () => {
    await row(A).getByTestId('remove-store').click()
    const dialog = row(A).getByTestId('remove-confirm')
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('Its token is deleted from the keychain.')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    expect(await dialog.count()).toBe(0)
    expect(await row(A).count()).toBe(1)
    const local = storeDataDir(h.dataDir, A)
    mkdirSync(local, { recursive: true })
    writeFileSync(join(local, 'store.db'), 'local copy')
    await row(A).getByTestId('remove-store').click()
    await row(A).getByTestId('remove-local-data').check()
    await row(A).getByTestId('remove-confirm-button').click()
    await expect.poll(() => row(A).count()).toBe(0)
    expect(await secrets.list()).toEqual([B])
    expect(existsSync(local)).toBe(false)
    expect(await h.page.getByTestId('store-switcher').locator(`option[value="${A}"]`).count()).toBe(0)
  })

  it('opens the demo store next to the connected one, clearly labelled', async () => {
    await h.page.getByTestId('open-demo').click()
    await h.page.getByTestId('view-products').waitFor({ timeout: 30_000 })
    await h.page.getByTestId('nav-stores').click()
    await h.page.getByTestId('demo-badge').waitFor({ timeout: 30_000 })
    const switcher = h.page.getByTestId('store-switcher')
    await expect.poll(() => switcher.inputValue()).toBe('1003')
    expect(await switcher.locator('option[value="1003"]').textContent()).toContain('(demo)')
    expect(await row(B).count()).toBe(1)
    expect(await secrets.list()).toEqual([B])
    await h.screenshot('stores')
  })

  it('never sent a token to the page', () => {
    const text = JSON.stringify(h.traffic)
    expect(h.traffic.length).toBeGreaterThan(5)
    for (const t of [tokensOf(A).full, tokensOf(A).readOnly, tokensOf(B).full, BAD, 'secret_sandbox1003full']) expect(text).not.toContain(t)
  })
})
