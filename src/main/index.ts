// Electron entry: single-instance lock, app lifecycle, the window, the IPC binding. Everything else is
// core services built by createServices(); this file stays thin because it cannot be run in CI.
import { app, BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { createServices, type Services } from './core/services'
import { createKeytarSecretStore } from './core/secrets/keytar-store'
import { bindIpc } from './ipc/bind-electron'
import { createElectronFileDialogs } from './file-dialogs'
import { createRouter } from './ipc/router'
import { installMenu } from './menu'
import { applyDataDir, DATA_DIR_ENV } from './data-dir'
import { netFetch } from './net-fetch'
import { createMainWindow, isTrustedRendererUrl } from './window'
import { loadWindowState, saveWindowState } from './window-state'

let mainWindow: BrowserWindow | null = null
let services: Services | null = null

// Before the lock: Electron takes it in userData, so a dev run must not share the installed app's.
const dataDir = applyDataDir(app)

function openWindow(): void {
  const stateFile = join(dataDir, 'window-state.json')
  const workAreas = screen.getAllDisplays().map((d) => d.workArea)
  mainWindow = createMainWindow(loadWindowState(stateFile, workAreas))
  mainWindow.on('close', () => {
    if (!mainWindow) return
    saveWindowState(stateFile, { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() })
  })
  mainWindow.on('closed', () => (mainWindow = null))
}

/** Set by the Electron smoke test to connect a sandbox store; honoured only in an unpackaged run, on loopback. */
const API_BASE_ENV = 'STOCKROOM_API_BASE'

/** Ecwid's default, or a sandbox on this machine: a token must never be sent to a host the user did not choose. */
function apiBaseOverride(): string | undefined {
  const base = process.env[API_BASE_ENV]?.trim()
  if (!base) return undefined
  let loopback = false
  try {
    const url = new URL(base)
    loopback = url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  } catch {
    loopback = false
  }
  if (loopback && !app.isPackaged) return base
  console.error(`[stockroom] ${API_BASE_ENV} is ignored: only an unpackaged run may use it, with an http://127.0.0.1 address.`)
  return undefined
}

function start(): void {
  services = createServices({
    dataDir,
    apiBase: apiBaseOverride(),
    appVersion: app.getVersion(),
    secrets: createKeytarSecretStore(),
    fetch: netFetch,
    fileDialogs: createElectronFileDialogs(() => mainWindow)
  })
  const dispatch = createRouter(services.api, {
    onInternalError: (method, e) => console.error(`[stockroom] ${method} failed:`, e instanceof Error ? e.message : 'unknown error')
  })
  bindIpc({ dispatch, events: services.events, getWebContents: () => mainWindow?.webContents ?? null, isTrustedUrl: isTrustedRendererUrl })
  installMenu(process.platform, app.getName(), { developer: !app.isPackaged })
  openWindow()
}

if (!app.requestSingleInstanceLock()) {
  console.error(`[stockroom] Stockroom is already running with the data folder ${dataDir}; switching to that window. To run another copy, set ${DATA_DIR_ENV} to a different folder.`)
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
  void app.whenReady().then(start)
  // macOS apps stay running with no window; the Dock icon brings one back.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (services && BrowserWindow.getAllWindows().length === 0) openWindow()
  })
  // Hold the quit until databases, the demo server and the push journal are closed, then exit; a
  // second quit meanwhile (Cmd+Q twice) is held too. app.exit emits no will-quit, so this cannot loop.
  let closing = false
  app.on('will-quit', (event) => {
    if (!services) return
    event.preventDefault()
    if (closing) return
    closing = true
    const done = (): void => app.exit(0)
    services.close().then(done, (e: unknown) => {
      console.error('[stockroom] closing failed:', e instanceof Error ? e.message : 'unknown error')
      done()
    })
  })
}
