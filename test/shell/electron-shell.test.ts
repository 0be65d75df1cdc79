// The Electron shell with a faked `electron` module: secure webPreferences, hardened webContents, one
// IPC handler per contract method with sender checks, event forwarding, and the application menu.
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import type { WebContents } from 'electron'
import type { Dispatch } from '../../src/main/ipc/router'
import { fakeEvent, FakeWebContents, type FakeElectron } from '../helpers/fake-electron'

const fake: FakeElectron = await vi.hoisted(async () => (await import('../helpers/fake-electron')).createFakeElectron())
vi.mock('electron', () => fake.module)

const { createMainWindow, hardenWebContents, isTrustedRendererUrl, rendererUrl } = await import('../../src/main/window')
const { bindIpc } = await import('../../src/main/ipc/bind-electron')
const { buildMenuTemplate, installMenu } = await import('../../src/main/menu')
const { createEventHub } = await import('../../src/main/core/events')
const { API_METHODS } = await import('@shared/contract')
const { channelFor, EVENT_CHANNEL } = await import('@shared/channels')

const asWc = (wc: FakeWebContents): WebContents => wc as unknown as WebContents

beforeEach(() => {
  vi.clearAllMocks()
  fake.handlers.clear()
  fake.windows.length = 0
})
afterEach(() => vi.unstubAllEnvs())

describe('createMainWindow', () => {
  it('creates the window with secure webPreferences and a preload script', () => {
    createMainWindow({ width: 1000, height: 700 })
    expect(fake.windows).toHaveLength(1)
    const prefs = fake.windows[0]!.options.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false })
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.preload).toMatch(/preload[\\/]index\.js$/)
  })

  it('hardens its webContents and loads the renderer URL', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const win = createMainWindow({ width: 1000, height: 700, maximized: true })
    const w = fake.windows[0]!
    expect(win).toBe(w)
    expect(w.webContents.windowOpenHandler).not.toBeNull()
    expect(w.webContents.count('will-navigate')).toBe(1)
    expect(w.loadURL).toHaveBeenCalledWith('http://localhost:5173')
    expect(w.maximize).toHaveBeenCalled()
  })
})

describe('hardenWebContents', () => {
  let wc: FakeWebContents
  beforeEach(() => {
    wc = new FakeWebContents()
    hardenWebContents(asWc(wc))
  })

  it('denies window.open and opens only https links in the OS browser', () => {
    expect(wc.windowOpenHandler!({ url: 'https://example.com/help' })).toEqual({ action: 'deny' })
    expect(fake.module.shell.openExternal).toHaveBeenCalledWith('https://example.com/help')
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share']) {
      expect(wc.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
    }
    expect(fake.module.shell.openExternal).toHaveBeenCalledTimes(1)
  })

  it('prevents navigation to a foreign URL but not to the app itself (built file)', () => {
    const own = rendererUrl()
    expect(own.startsWith('file:')).toBe(true)
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'http://localhost:5173/']) {
      const e = fakeEvent()
      wc.emit('will-navigate', e, url)
      expect(e.preventDefault, url).toHaveBeenCalled()
    }
    for (const url of [own, `${own}#/stores`, `${own}?x=1`]) {
      const e = fakeEvent()
      wc.emit('will-navigate', e, url)
      expect(e.preventDefault, url).not.toHaveBeenCalled()
    }
  })

  it('prevents navigation to another origin than the dev server', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    const allowed = fakeEvent()
    wc.emit('will-navigate', allowed, 'http://localhost:5173/#/products')
    expect(allowed.preventDefault).not.toHaveBeenCalled()
    for (const url of ['http://localhost:5174/', 'https://localhost:5173/', 'http://evil.example/', 'not a url']) {
      const e = fakeEvent()
      wc.emit('will-navigate', e, url)
      expect(e.preventDefault, url).toHaveBeenCalled()
    }
  })

  it('treats an unparsable URL as untrusted instead of throwing', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(isTrustedRendererUrl('')).toBe(false)
    expect(isTrustedRendererUrl('::nonsense')).toBe(false)
  })

  it('denies every permission request and check', () => {
    const callback = vi.fn()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      wc.permissionRequestHandler!(asWc(wc), permission, callback)
    }
    expect(callback).toHaveBeenCalledTimes(4)
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true)
    expect(wc.permissionCheckHandler!(asWc(wc), 'media')).toBe(false)
  })

  it('prevents attaching a webview', () => {
    const e = fakeEvent()
    wc.emit('will-attach-webview', e, {}, {})
    expect(e.preventDefault).toHaveBeenCalled()
  })
})

describe('bindIpc', () => {
  const TRUSTED = 'file:///app/index.html'
  let wc: FakeWebContents
  let dispatch: Mock<Dispatch>
  let events: ReturnType<typeof createEventHub>
  let unbind: () => void

  beforeEach(() => {
    wc = new FakeWebContents()
    wc.mainFrame = { url: TRUSTED }
    dispatch = vi.fn<Dispatch>(async (_m, args) => ({ ok: true, value: args }))
    events = createEventHub()
    unbind = bindIpc({
      dispatch,
      events,
      getWebContents: () => asWc(wc),
      isTrustedUrl: (url) => url === TRUSTED
    })
  })

  const call = (channel: string, event: unknown, ...args: unknown[]): Promise<unknown> => {
    const handler = fake.handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return Promise.resolve(handler(event, ...args))
  }

  it('registers a handler on channelFor(name) for every API method, and nothing else', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(API_METHODS.map(channelFor).sort())
  })

  it('passes a call from the main frame of our window to dispatch with its arguments', async () => {
    const reply = await call(channelFor('getRateLimit'), { sender: wc, senderFrame: wc.mainFrame }, 42)
    expect(dispatch).toHaveBeenCalledWith('getRateLimit', [42])
    expect(reply).toEqual({ ok: true, value: [42] })
  })

  it.each([
    ['a foreign webContents', () => ({ sender: new FakeWebContents(), senderFrame: wc.mainFrame })],
    ['the main frame of a foreign webContents', () => {
      const other = new FakeWebContents()
      other.mainFrame = { url: TRUSTED }
      return { sender: other, senderFrame: other.mainFrame }
    }],
    ['a sub-frame', () => ({ sender: wc, senderFrame: { url: TRUSTED } })],
    ['no frame', () => ({ sender: wc, senderFrame: null })],
    ['an untrusted URL', () => {
      wc.mainFrame.url = 'https://evil.example/'
      return { sender: wc, senderFrame: wc.mainFrame }
    }]
  ])('refuses a call from %s without dispatching', async (_name, makeEvent) => {
    for (const method of API_METHODS) {
      const reply = await call(channelFor(method), makeEvent(), 1)
      expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('forwards hub events to the window on EVENT_CHANNEL, unless it is destroyed', () => {
    const payload = { storeId: 1, status: 'online' as const }
    events.emit('connection', payload)
    expect(wc.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'connection', payload)
    wc.destroyed = true
    events.emit('connection', payload)
    expect(wc.send).toHaveBeenCalledTimes(1)
  })

  it('unbind removes every handler and stops forwarding events', () => {
    unbind()
    expect(fake.handlers.size).toBe(0)
    expect(fake.module.ipcMain.removeHandler).toHaveBeenCalledTimes(API_METHODS.length)
    events.emit('connection', { storeId: 1, status: 'offline' })
    expect(wc.send).not.toHaveBeenCalled()
  })
})

describe('application menu', () => {
  const roles = (item: { submenu?: unknown } | undefined): unknown[] =>
    Array.isArray(item?.submenu) ? (item.submenu as { role?: string }[]).map((i) => i.role).filter(Boolean) : []

  it.each(['linux', 'win32', 'darwin'] as const)('has an Edit menu with the clipboard and undo roles on %s', (platform) => {
    const edit = buildMenuTemplate(platform, 'Stockroom').find((m) => m.label === 'Edit')
    expect(roles(edit)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste']))
  })

  it('adds the app menu first on darwin only', () => {
    const mac = buildMenuTemplate('darwin', 'Stockroom')
    expect(mac[0]?.label).toBe('Stockroom')
    expect(roles(mac[0])).toEqual(expect.arrayContaining(['about', 'quit']))
    expect(buildMenuTemplate('linux', 'Stockroom').some((m) => m.label === 'Stockroom')).toBe(false)
  })

  it('installMenu builds the template and sets it as the application menu', () => {
    installMenu('linux', 'Stockroom')
    const built = fake.module.Menu.buildFromTemplate.mock.results[0]?.value
    expect(fake.module.Menu.buildFromTemplate).toHaveBeenCalledWith(buildMenuTemplate('linux', 'Stockroom'))
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalledWith(built)
  })
})

describe('preload', () => {
  type Exposed = Record<string, (...args: unknown[]) => unknown>
  async function loadPreload(): Promise<Exposed> {
    fake.exposed.clear()
    vi.resetModules()
    await import('../../src/preload/index')
    expect(fake.module.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    return fake.exposed.get('stockroom') as Exposed
  }

  it('exposes exactly the API methods plus on, frozen, as window.stockroom', async () => {
    const exposed = await loadPreload()
    expect(Object.keys(exposed).sort()).toEqual([...API_METHODS, 'on'].sort())
    expect(Object.isFrozen(exposed)).toBe(true)
  })

  it('each method invokes channelFor(method) with the arguments and returns the reply', async () => {
    const exposed = await loadPreload()
    for (const method of API_METHODS) {
      const reply = await exposed[method]!(7, { a: 1 })
      expect(fake.module.ipcRenderer.invoke).toHaveBeenLastCalledWith(channelFor(method), 7, { a: 1 })
      expect(reply).toEqual({ ok: true, value: { channel: channelFor(method), args: [7, { a: 1 }] } })
    }
    expect(fake.module.ipcRenderer.invoke).toHaveBeenCalledTimes(API_METHODS.length)
  })

  it('on rejects unknown event names without subscribing', async () => {
    const exposed = await loadPreload()
    for (const name of ['nope', '__proto__', 'toString', 42]) {
      expect(() => exposed.on!(name, () => undefined)).toThrow()
    }
    expect(fake.renderer.count(EVENT_CHANNEL)).toBe(0)
  })

  it('on delivers only its own event, and the unsubscribe removes the listener', async () => {
    const exposed = await loadPreload()
    const listener = vi.fn()
    const off = exposed.on!('connection', listener) as () => void
    expect(fake.renderer.count(EVENT_CHANNEL)).toBe(1)
    fake.renderer.emit(EVENT_CHANNEL, {}, 'rateLimit', { storeId: 1 })
    fake.renderer.emit(EVENT_CHANNEL, {}, 'connection', { storeId: 1, status: 'online' })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener).toHaveBeenCalledWith({ storeId: 1, status: 'online' })
    off()
    expect(fake.renderer.count(EVENT_CHANNEL)).toBe(0)
    fake.renderer.emit(EVENT_CHANNEL, {}, 'connection', { storeId: 1, status: 'offline' })
    expect(listener).toHaveBeenCalledTimes(1)
  })
})
