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
import { createMainWindow, isTrustedRendererUrl } from './window'
import { loadWindowState, saveWindowState } from './window-state'

let mainWindow: BrowserWindow | null = null
let services: Services | null = null

function start(): void {
  const dataDir = app.getPath('userData')
  const stateFile = join(dataDir, 'window-state.json')
  services = createServices({
    dataDir,
    appVersion: app.getVersion(),
    secrets: createKeytarSecretStore(),
    fileDialogs: createElectronFileDialogs(() => mainWindow)
  })
  const dispatch = createRouter(services.api, {
    onInternalError: (method, e) => console.error(`[stockroom] ${method} failed:`, e instanceof Error ? e.message : 'unknown error')
  })
  bindIpc({ dispatch, events: services.events, getWebContents: () => mainWindow?.webContents ?? null, isTrustedUrl: isTrustedRendererUrl })
  installMenu(process.platform, app.getName())

  const workAreas = screen.getAllDisplays().map((d) => d.workArea)
  mainWindow = createMainWindow(loadWindowState(stateFile, workAreas))
  mainWindow.on('close', () => {
    if (!mainWindow) return
    saveWindowState(stateFile, { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() })
  })
  mainWindow.on('closed', () => (mainWindow = null))
}

if (!app.requestSingleInstanceLock()) {
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
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => void services?.close())
}
