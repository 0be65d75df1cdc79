// Fakes of the Electron APIs the shell uses, for vi.mock('electron'). Records what the code under test
// registers (handlers, listeners, window options) so tests can drive it. Never loads the real electron.
import { vi } from 'vitest'

type Listener = (...args: any[]) => unknown

class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on(name: string, fn: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn])
    return this
  }
  once(name: string, fn: Listener): this {
    return this.on(name, fn)
  }
  removeListener(name: string, fn: Listener): this {
    this.listeners.set(name, (this.listeners.get(name) ?? []).filter((l) => l !== fn))
    return this
  }
  emit(name: string, ...args: unknown[]): void {
    for (const l of [...(this.listeners.get(name) ?? [])]) l(...args)
  }
  count(name: string): number {
    return this.listeners.get(name)?.length ?? 0
  }
}

export interface FakeFrame {
  url: string
}

export class FakeWebContents extends Emitter {
  mainFrame: FakeFrame = { url: 'file:///app/index.html' }
  destroyed = false
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  permissionRequestHandler: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null
  readonly send = vi.fn()
  readonly session = {
    setPermissionRequestHandler: (h: FakeWebContents['permissionRequestHandler']) => {
      this.permissionRequestHandler = h
    },
    setPermissionCheckHandler: (h: FakeWebContents['permissionCheckHandler']) => {
      this.permissionCheckHandler = h
    }
  }
  setWindowOpenHandler(h: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = h
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
}

/** A navigation/attach event whose preventDefault is observable. */
export function fakeEvent(): { preventDefault: ReturnType<typeof vi.fn> } {
  return { preventDefault: vi.fn() }
}

export function createFakeElectron() {
  const windows: FakeBrowserWindow[] = []
  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents()
    readonly maximize = vi.fn()
    readonly show = vi.fn()
    readonly loadURL = vi.fn(async (_url: string) => undefined)
    constructor(readonly options: Record<string, any>) {
      super()
      windows.push(this)
    }
  }

  const handlers = new Map<string, Listener>()
  const ipcMain = {
    handle: vi.fn((channel: string, fn: Listener) => {
      // Electron throws on a second handler for one channel; so does the fake.
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      handlers.set(channel, fn)
    }),
    removeHandler: vi.fn((channel: string) => {
      handlers.delete(channel)
    })
  }

  const exposed = new Map<string, unknown>()
  const renderer = new Emitter()
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
    on: vi.fn((channel: string, fn: Listener) => renderer.on(channel, fn)),
    removeListener: vi.fn((channel: string, fn: Listener) => renderer.removeListener(channel, fn))
  }

  const module = {
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    ipcRenderer,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)) },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() },
    app: { getName: () => 'Stockroom', getVersion: () => '0.0.0-test', getPath: () => '/nonexistent', on: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] }
  }
  return { module, windows, handlers, exposed, renderer }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
