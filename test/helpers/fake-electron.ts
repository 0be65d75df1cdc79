// Fakes of the Electron APIs the shell uses, for vi.mock('electron'). Records what the code under test
// registers (handlers, listeners, window options) so tests can drive it. Never loads the real electron.
// IPC is as strict as Electron's: arguments, results and webContents.send payloads are structured-clone
// copies, a value that cannot be cloned throws "An object could not be cloned.", and a handler that throws
// rejects the caller with "Error invoking remote method '<channel>': <error>", not the thrown object
// (https://www.electronjs.org/docs/latest/api/ipc-renderer#ipcrendererinvokechannel-args).
import { vi } from 'vitest'

type Listener = (...args: any[]) => unknown

class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on(name: string, fn: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn])
    return this
  }
  once(name: string, fn: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(name, wrapped)
      return fn(...args)
    }
    return this.on(name, wrapped)
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

/** Electron's IPC copy: V8's structured clone, with Electron's message when a value cannot be cloned. */
export function ipcClone<T>(value: T): T {
  try {
    return structuredClone(value)
  } catch {
    throw new Error('An object could not be cloned.')
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
  /** What the renderer received: cloned copies, as Electron delivers them. */
  readonly send = vi.fn((channel: string, ...args: unknown[]) => ipcClone([channel, ...args]))
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

/** The app module: an emitter with the lifecycle calls the entry point makes, all observable. */
export class FakeApp extends Emitter {
  isPackaged = true
  gotLock = true
  readonly paths = new Map<string, string>([
    ['appData', '/home/user/.config'],
    ['userData', '/home/user/.config/Stockroom']
  ])
  private readyResolve: () => void = () => undefined
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve))
  readonly quit = vi.fn(() => {
    // As in Electron: before-quit, then (windows closed) will-quit; a listener may cancel with preventDefault.
    const before = { defaultPrevented: false, preventDefault: () => void (before.defaultPrevented = true) }
    this.emit('before-quit', before)
    if (before.defaultPrevented) return
    const will = { defaultPrevented: false, preventDefault: () => void (will.defaultPrevented = true) }
    this.emit('will-quit', will)
    if (!will.defaultPrevented) this.exited = 0
  })
  /** Exits at once without before-quit/will-quit (Electron's documented app.exit). */
  readonly exit = vi.fn((code = 0) => void (this.exited = code))
  exited: number | null = null
  getName = (): string => 'Stockroom'
  getVersion = (): string => '0.0.0-test'
  getPath = vi.fn((name: string): string => {
    const path = this.paths.get(name)
    if (!path) throw new Error(`Failed to get '${name}' path`)
    return path
  })
  readonly setPath = vi.fn((name: string, path: string) => void this.paths.set(name, path))
  readonly requestSingleInstanceLock = vi.fn(() => this.gotLock)
  whenReady(): Promise<void> {
    return this.ready
  }
  /** Resolves whenReady() (the 'ready' event). */
  becomeReady(): void {
    this.readyResolve()
    this.emit('ready')
  }
}

export function createFakeElectron() {
  const windows: FakeBrowserWindow[] = []
  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents()
    readonly maximize = vi.fn()
    readonly show = vi.fn()
    readonly focus = vi.fn()
    readonly restore = vi.fn()
    readonly loadURL = vi.fn(async (_url: string) => undefined)
    closed = false
    constructor(readonly options: Record<string, any>) {
      super()
      windows.push(this)
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return windows.filter((w) => !w.closed)
    }
    isMinimized = (): boolean => false
    isMaximized = (): boolean => false
    getNormalBounds = (): { x: number; y: number; width: number; height: number } => ({ x: 0, y: 0, width: this.options.width, height: this.options.height })
    /** Closes as the user would: 'close', then 'closed'. */
    close(): void {
      this.emit('close', fakeEvent())
      this.closed = true
      this.webContents.destroyed = true
      this.emit('closed')
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

  /** ipcRenderer.invoke as Electron runs it: clone the arguments, run the handler, clone its result. */
  async function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const sent = ipcClone(args)
    const handler = handlers.get(channel)
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`)
    let result: unknown
    try {
      result = await handler(event, ...sent)
    } catch (e) {
      throw new Error(`Error invoking remote method '${channel}': ${String(e)}`)
    }
    return ipcClone(result)
  }

  const exposed = new Map<string, unknown>()
  const renderer = new Emitter()
  const ipcRenderer = {
    // No main process behind the preload tests: echo the cloned arguments back.
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args: ipcClone(args) } })),
    on: vi.fn((channel: string, fn: Listener) => renderer.on(channel, fn)),
    removeListener: vi.fn((channel: string, fn: Listener) => renderer.removeListener(channel, fn))
  }

  const app = new FakeApp()
  const module = {
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    ipcRenderer,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)) },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() },
    net: { fetch: vi.fn(async (_input: unknown, _init?: unknown): Promise<unknown> => ({ status: 200 })) },
    app,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] }
  }
  return { module, windows, handlers, exposed, renderer, invoke }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
