// The built app in real Electron (playwright-core's _electron): the window opens isolated from Node, the
// demo store shows product rows, one edit is staged and pushed, a store is connected with its token in
// the real OS keychain (keytar in the main process), and the app quits cleanly: exit code 0, the demo
// server closed, no Electron process left. Skips loudly where no Electron binary exists (see
// electron-binary.ts); on Linux run it under scripts/with-keychain.sh and xvfb-run.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { accountFor, KEYCHAIN_SERVICE } from '../../src/main/core/secrets/secret-store'
import { startSandbox, type SandboxHandle } from '../../src/main/sandbox/server'
import { cell, col, money, text } from '../e2e/grid-locators'
import { electronAvailable, electronBinaryPath, MAIN_ENTRY } from './electron-binary'

const BINARY = electronBinaryPath()
const STORE = 7_013
type Keytar = typeof import('keytar')

/** Every file under dir, for the check that no token is written to the data folder. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

const portRefuses = (port: number): Promise<boolean> =>
  new Promise((res) => {
    const socket = connect({ host: '127.0.0.1', port }, () => (socket.destroy(), res(false)))
    socket.on('error', () => res(true))
  })

const definedEnv = (): Record<string, string> => Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined))

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe.skipIf(!electronAvailable(BINARY))('the built app in Electron', () => {
  let app: ElectronApplication
  let page: Page
  let sandbox: SandboxHandle
  let dataDir: string
  let keytar: Keytar

  beforeAll(async () => {
    try {
      // Loaded here, not at import: a machine that skips this test may lack libsecret.
      keytar = createRequire(__filename)('keytar') as Keytar
      await keytar.findCredentials(KEYCHAIN_SERVICE)
    } catch (e) {
      throw new Error(`The smoke test stores a token in the OS keychain, which is not usable here (${e instanceof Error ? e.message : String(e)}). On Linux run it under scripts/with-keychain.sh.`)
    }
    sandbox = await startSandbox({ storeId: STORE, storeName: 'Smoke Goods', products: 20, orders: 3, customers: 3, coupons: 2 })
    dataDir = mkdtempSync(join(tmpdir(), 'stockroom-electron-'))
    app = await _electron.launch({
      executablePath: BINARY,
      args: [MAIN_ENTRY],
      env: { ...definedEnv(), STOCKROOM_DATA_DIR: dataDir, STOCKROOM_API_BASE: sandbox.apiBase },
      // Linux CI has no SUID chrome-sandbox and Ubuntu's AppArmor blocks user namespaces (README, Troubleshooting).
      chromiumSandbox: process.platform !== 'linux',
      timeout: 60_000
    })
    app.process().stderr?.on('data', (d: Buffer) => process.stderr.write(`[electron] ${d.toString()}`))
    page = await app.firstWindow()
  })
  afterAll(async () => {
    await app?.close().catch(() => undefined)
    await keytar?.deletePassword(KEYCHAIN_SERVICE, accountFor(STORE)).catch(() => false)
    await sandbox?.close()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('opens the window isolated from Node: contextIsolation, no nodeIntegration, navigation refused', async () => {
    await page.getByTestId('view-stores').waitFor()
    const seen = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>
      return { require: typeof g.require, process: typeof g.process, module: typeof g.module, stockroom: typeof g.stockroom, frozen: Object.isFrozen(g.stockroom) }
    })
    expect(seen).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', stockroom: 'object', frozen: true })

    const main = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0]!.webContents
      const metric = electronApp.getAppMetrics().find((m) => m.pid === wc.getOSProcessId())
      return { url: wc.getURL(), sandboxed: metric?.sandboxed ?? null, windows: BrowserWindow.getAllWindows().length }
    })
    expect(main.url).toMatch(/^file:.*\/out\/renderer\/index\.html/)
    expect(main.windows).toBe(1)
    // Electron reports the OS sandbox on macOS and Windows only (ProcessMetric.sandboxed).
    if (process.platform !== 'linux') expect(main.sandboxed).toBe(true)

    // will-navigate refuses a file: URL (not opened in the OS either); the app page stays.
    await page.evaluate("location.href = 'file:///etc/hosts'")
    await new Promise((r) => setTimeout(r, 500))
    expect(page.url()).toBe(main.url)
  })

  it('opens the demo store and shows its product rows', async () => {
    await page.getByTestId('open-demo').click()
    await page.getByTestId('demo-badge').waitFor({ timeout: 30_000 })
    await page.getByTestId('sync-state').filter({ hasText: /^Synced / }).waitFor({ timeout: 90_000 })
    await page.getByTestId('nav-products').click()
    await expect.poll(() => page.getByTestId('products-count').textContent(), { timeout: 30_000 }).toMatch(/^[\d,.\s]+ products/)
    expect(await text(page, 0, await col(page, 'sku'))).not.toBe('')
  })

  it('stages one price edit and pushes it', async () => {
    const price = await col(page, 'price')
    await cell(page, 0, price).click()
    await page.keyboard.type('12.5')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('staged-bar-count').textContent()).toMatch(/^1 staged change/)
    await page.getByTestId('staged-bar-push').click()
    await page.getByTestId('push-estimate').waitFor()
    await page.getByTestId('push-start').click()
    await page.getByTestId('push-results').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('push-results').textContent()).toContain('1 change applied')
    await page.getByTestId('nav-products').click()
    await expect.poll(async () => money(await text(page, 0, price))).toBe(12.5)
  })

  it('connects a store: the main process puts its token in the OS keychain, never in the data folder', async () => {
    const token = sandbox.tokens.full
    await page.getByTestId('nav-stores').click()
    await page.getByTestId('connect-store-id').fill(String(STORE))
    await page.getByTestId('connect-token').fill(token)
    await page.getByTestId('connect-submit').click()
    await page.getByTestId(`store-${STORE}`).waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('connect-error').count()).toBe(0)
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, accountFor(STORE))).toBe(token)
    const leaks = filesUnder(dataDir).filter((f) => readFileSync(f).includes(token))
    expect(leaks).toEqual([])
  })

  it('quits cleanly: exit code 0, the demo server closed, no Electron process left', async () => {
    const pids = await app.evaluate(({ app: electronApp }) => electronApp.getAppMetrics().map((m) => m.pid))
    const ports = await app.evaluate(() => {
      // The in-process servers (the demo store's sandbox) as Node lists them.
      const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles()
      return handles.flatMap((h) => {
        const server = h as { listening?: boolean; address?: () => unknown }
        const address = server.listening ? server.address?.() : null
        return address && typeof address === 'object' && 'port' in address ? [Number(address.port)] : []
      })
    })
    expect(ports.length).toBeGreaterThan(0)
    const child = app.process()
    await app.close()
    expect(child.exitCode).toBe(0)
    for (const port of ports) expect(await portRefuses(port)).toBe(true)
    await expect.poll(() => pids.filter(alive), { timeout: 10_000 }).toEqual([])
  })
})
