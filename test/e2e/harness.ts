// e2e harness: the real core services in this process, the built renderer served on 127.0.0.1, and
// Debian's Chromium driven by playwright-core. window.stockroom is installed with exposeBinding onto
// the same router Electron uses: only Electron's transport is replaced, and with Electron's semantics.
// ipcRenderer.invoke and webContents.send structured-clone what they carry
// (https://www.electronjs.org/docs/latest/tutorial/ipc#object-serialization), so a Vue reactive proxy
// throws "An object could not be cloned" (electron/electron#39598) while playwright would serialize it.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { API_METHODS } from '../../src/shared/contract'
import { createServices, type Services, type ServicesConfig } from '../../src/main/core/services'
import { createMemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { createRouter } from '../../src/main/ipc/router'
import { serveStatic, type StaticServer } from '../helpers/static-server'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const RENDERER_DIR = resolve(__dirname, '../../out/renderer')
export const SCREENSHOT_DIR = resolve(__dirname, '__screenshots__')

/** Whether e2e can run here; in CI a missing browser or build is a failure, never a skip. */
export function e2eAvailable(): boolean {
  const missing = [!existsSync(CHROMIUM) && `Chromium at ${CHROMIUM}`, !existsSync(join(RENDERER_DIR, 'index.html')) && 'the built renderer (npm run build)'].filter(Boolean)
  if (missing.length === 0) return true
  const msg = `e2e needs ${missing.join(' and ')}`
  if (process.env.CI === 'true') throw new Error(`${msg}; CI must not skip e2e.`)
  console.warn(`\n!!! SKIPPING e2e: ${msg}. Install chromium (apt) and run npm run build.\n`)
  return false
}

export interface Harness {
  page: Page
  services: Services
  dataDir: string
  /** Every value the router returned and every event payload sent to the page, for leak scans. */
  traffic: unknown[]
  screenshot(name: string): Promise<string>
  close(): Promise<void>
}

/** Browser-side options; bypassCSP lets security tests check the app's own defences without the CSP's help. */
export interface BrowserOptions {
  bypassCSP?: boolean
}

export async function startHarness(config: Partial<ServicesConfig> = {}, browserOptions: BrowserOptions = {}): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stockroom-e2e-'))
  const services = createServices({
    dataDir,
    appVersion: '0.0.0-e2e',
    secrets: createMemorySecretStore(),
    demo: { products: 300, orders: 500, customers: 100, coupons: 50 },
    ...config
  })
  const dispatch = createRouter(services.api)
  const traffic: unknown[] = []
  let server: StaticServer | null = null
  let browser: Browser | null = null
  try {
    server = await serveStatic(RENDERER_DIR)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: browserOptions.bypassCSP ?? false })
    const page = await context.newPage()
    page.on('pageerror', (e) => console.error('[page error]', e.message))
    await page.exposeBinding('__stockroomInvoke', async (_source, method: unknown, args: unknown) => {
      // Errors cross as the router's Result data. Anything thrown here (a result that cannot be
      // cloned) rejects with its message only, as Electron's invoke does: no stack, no code.
      try {
        const result = structuredClone(await dispatch(method, args))
        traffic.push(result)
        return result
      } catch (e) {
        throw new Error(`Error invoking remote method '${String(method)}': ${e instanceof Error ? e.message : String(e)}`)
      }
    })
    const unsubscribe = services.events.subscribe((name, payload) => {
      // Cloned here, in Node, as webContents.send does: a payload that cannot be cloned fails loudly.
      const cloned: unknown = structuredClone(payload)
      traffic.push(cloned)
      page.evaluate(([n, p]) => (globalThis as unknown as { __stockroomEmit?: (n: string, p: unknown) => void }).__stockroomEmit?.(n, p), [name, cloned] as const).catch(() => undefined)
    })
    await page.addInitScript(installFakePreload, [...API_METHODS])
    await page.goto(server.url)
    const srv = server
    const br = browser
    return {
      page,
      services,
      dataDir,
      traffic,
      async screenshot(name) {
        mkdirSync(SCREENSHOT_DIR, { recursive: true })
        const path = join(SCREENSHOT_DIR, `${name}.png`)
        await page.screenshot({ path })
        return path
      },
      async close() {
        unsubscribe()
        await br.close()
        await srv.close()
        await services.close()
        rmSync(dataDir, { recursive: true, force: true })
      }
    }
  } catch (e) {
    await browser?.close()
    await server?.close()
    await services.close()
    throw e
  }
}

/**
 * Runs in the page before any script: mirrors src/preload/index.ts over the exposed binding. The
 * arguments are structured-cloned here, in the page where the renderer's proxies live, before they
 * leave it: a value Electron's invoke cannot clone rejects the call just as it would in the app.
 */
function installFakePreload(methods: string[]): void {
  type Listener = (payload: unknown) => void
  const w = globalThis as unknown as Record<string, unknown>
  const invoke = w.__stockroomInvoke as (method: string, args: unknown[]) => Promise<unknown>
  const listeners = new Map<string, Set<Listener>>()
  const api: Record<string, unknown> = {}
  for (const m of methods) {
    api[m] = async (...args: unknown[]) => {
      let cloned: unknown[]
      try {
        cloned = structuredClone(args)
      } catch (e) {
        throw new Error(`Error invoking remote method '${m}': An object could not be cloned. (${e instanceof Error ? e.message : String(e)})`)
      }
      return invoke(m, cloned)
    }
  }
  api.on = (event: string, cb: Listener) => {
    const set = listeners.get(event) ?? new Set<Listener>()
    set.add(cb)
    listeners.set(event, set)
    return () => set.delete(cb)
  }
  w.__stockroomEmit = (name: string, payload: unknown) => listeners.get(name)?.forEach((cb) => cb(payload))
  w.stockroom = Object.freeze(api)
}

/** Connects a store through the Stores screen's form, then waits for its first sync to finish. */
export async function connectThroughForm(h: Harness, storeId: number, token: string): Promise<void> {
  const { page } = h
  await page.getByTestId('connect-store-id').fill(String(storeId))
  await page.getByTestId('connect-token').fill(token)
  await page.getByTestId('connect-submit').click()
  await page.getByTestId(`store-${storeId}`).waitFor()
  for (const deadline = Date.now() + 30_000; (await h.services.api.getSyncState(storeId)).phase !== 'done'; ) {
    if (Date.now() > deadline) throw new Error('the first sync did not finish')
    await new Promise((r) => setTimeout(r, 50))
  }
}
