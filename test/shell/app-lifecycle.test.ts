// src/main/index.ts's app lifecycle over the mocked electron (FakeApp: quit → before-quit → will-quit,
// exit skips both, as https://www.electronjs.org/docs/latest/api/app documents) and a mocked services
// module whose close() is a promise the test settles: the quit waits for it, macOS keeps running with
// no window and reopens one on activate, a second instance focuses the window.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEventHub } from '../../src/main/core/events'
import type { Services, ServicesConfig } from '../../src/main/core/services'
import type { StockroomApi } from '@shared/contract'
import { createFakeElectron, type FakeElectron } from '../helpers/fake-electron'

interface Closing {
  promise: Promise<void>
  resolve: () => void
  reject: (e: Error) => void
}

let fake: FakeElectron
let closing: Closing
let close: ReturnType<typeof vi.fn<() => Promise<void>>>
let configs: ServicesConfig[]
let dataDir: string
const realPlatform = process.platform

function deferred(): Closing {
  let resolve: () => void = () => undefined
  let reject: (e: Error) => void = () => undefined
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

const settle = (): Promise<void> => new Promise((r) => setImmediate(r))

function setPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true })
}

/** Imports a fresh src/main/index.ts (its top level registers the handlers) and lets the app become ready. */
async function launch(platform: NodeJS.Platform = 'linux'): Promise<void> {
  setPlatform(platform)
  await import('../../src/main/index')
  fake.module.app.becomeReady()
  await settle()
}

beforeEach(() => {
  vi.resetModules()
  fake = createFakeElectron()
  closing = deferred()
  dataDir = mkdtempSync(join(tmpdir(), 'stockroom-lifecycle-'))
  vi.stubEnv('STOCKROOM_DATA_DIR', dataDir)
  close = vi.fn(() => closing.promise)
  const services: Services = { api: {} as StockroomApi, events: createEventHub(), testing: {} as Services['testing'], close }
  // doMock, not mock: each test imports a fresh index.ts bound to its own fake app and services.
  vi.doMock('electron', () => fake.module)
  configs = []
  vi.doMock('../../src/main/core/services', () => ({ createServices: (config: ServicesConfig) => (configs.push(config), services) }))
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  setPlatform(realPlatform)
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('quitting', () => {
  it('holds will-quit until services.close() resolves, then exits with code 0', async () => {
    await launch()
    expect(fake.windows).toHaveLength(1)
    fake.module.app.quit()
    await settle()
    expect(close).toHaveBeenCalledTimes(1)
    expect(fake.module.app.exit).not.toHaveBeenCalled()
    expect(fake.module.app.exited).toBeNull()

    closing.resolve()
    await settle()
    expect(fake.module.app.exit).toHaveBeenCalledWith(0)
    expect(fake.module.app.exited).toBe(0)
  })

  it('a second quit while closing (Cmd+Q twice) is held too, and close runs once', async () => {
    await launch()
    fake.module.app.quit()
    fake.module.app.quit()
    await settle()
    expect(fake.module.app.exited).toBeNull()
    expect(close).toHaveBeenCalledTimes(1)
    closing.resolve()
    await settle()
    expect(fake.module.app.exited).toBe(0)
  })

  it('a failing close is logged without details and the app still exits', async () => {
    await launch()
    fake.module.app.quit()
    closing.reject(new Error('database is locked'))
    await settle()
    expect(fake.module.app.exit).toHaveBeenCalledWith(0)
    expect(console.error).toHaveBeenCalledWith('[stockroom] closing failed:', 'database is locked')
  })

  it('before the app is ready there is nothing to close: the quit is not held', async () => {
    setPlatform('linux')
    await import('../../src/main/index')
    fake.module.app.quit()
    expect(close).not.toHaveBeenCalled()
    expect(fake.module.app.exited).toBe(0)
  })
})

describe('windows', () => {
  it.each(['linux', 'win32'] as const)('closing the last window quits on %s', async (platform) => {
    await launch(platform)
    fake.windows[0]!.close()
    fake.module.app.emit('window-all-closed')
    expect(fake.module.app.quit).toHaveBeenCalledTimes(1)
  })

  it('on macOS the app keeps running with no window, and activate (Dock click) opens one', async () => {
    await launch('darwin')
    fake.windows[0]!.close()
    fake.module.app.emit('window-all-closed')
    expect(fake.module.app.quit).not.toHaveBeenCalled()

    fake.module.app.emit('activate')
    expect(fake.windows).toHaveLength(2)
    expect(fake.module.BrowserWindow.getAllWindows()).toHaveLength(1)
    // With a window open, activate opens no second one.
    fake.module.app.emit('activate')
    expect(fake.windows).toHaveLength(2)
  })

  it('a second instance restores and focuses the existing window', async () => {
    await launch()
    const win = fake.windows[0]!
    win.isMinimized = () => true
    fake.module.app.emit('second-instance')
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
  })

  it('without the single-instance lock it quits at once, says why, and starts nothing', async () => {
    fake.module.app.gotLock = false
    await launch()
    expect(fake.module.app.quit).toHaveBeenCalled()
    expect(fake.windows).toHaveLength(0)
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining(`set STOCKROOM_DATA_DIR to a different folder`))
  })
})

describe('STOCKROOM_API_BASE (the smoke test connects a sandbox store)', () => {
  it('an unpackaged run uses a loopback sandbox', async () => {
    fake.module.app.isPackaged = false
    vi.stubEnv('STOCKROOM_API_BASE', 'http://127.0.0.1:4567/api/v3')
    await launch()
    expect(configs[0]?.apiBase).toBe('http://127.0.0.1:4567/api/v3')
  })

  it.each([
    [true, 'http://127.0.0.1:4567/api/v3'],
    [false, 'https://evil.example/api/v3'],
    [false, 'not a url']
  ])('is ignored, saying why, when packaged=%s or for %s: the token goes to Ecwid only', async (packaged, base) => {
    fake.module.app.isPackaged = packaged
    vi.stubEnv('STOCKROOM_API_BASE', base)
    await launch()
    expect(configs[0]?.apiBase).toBeUndefined()
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('STOCKROOM_API_BASE is ignored'))
  })
})
