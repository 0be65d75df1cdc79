// BrowserWindow factory with the Electron security checklist applied: context isolation, sandbox, no
// Node in the page, navigation and new windows denied, permission requests denied.
import { BrowserWindow, shell, type WebContents } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { WindowBounds } from './window-state'

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: true
} as const

/** The renderer's own origin: the dev server in development, the built file otherwise. */
export function rendererUrl(): string {
  const dev = process.env.ELECTRON_RENDERER_URL
  return dev ?? pathToFileURL(join(__dirname, '../renderer/index.html')).toString()
}

export function isTrustedRendererUrl(url: string): boolean {
  const base = rendererUrl()
  if (base.startsWith('file:')) return url.split('#')[0]?.split('?')[0] === base
  // An unparsable URL is untrusted; throwing here would skip preventDefault in will-navigate.
  try {
    return new URL(url).origin === new URL(base).origin
  } catch {
    return false
  }
}

/** Schemes handed to the OS (browser, mail client); anything else (file:, smb:, custom handlers) is refused. */
const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:'])

export function isExternalLink(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol)
  } catch {
    return false
  }
}

function openExternally(url: string): void {
  if (isExternalLink(url)) void shell.openExternal(url).catch(() => undefined)
}

/**
 * Denies navigation away from the app, new windows and permissions. A link (clicked in a product
 * description or opened with window.open) that is https or mailto opens in the OS instead.
 */
export function hardenWebContents(wc: WebContents): void {
  wc.setWindowOpenHandler(({ url }) => {
    openExternally(url)
    return { action: 'deny' }
  })
  wc.on('will-navigate', (event, url) => {
    if (isTrustedRendererUrl(url)) return
    event.preventDefault()
    openExternally(url)
  })
  wc.on('will-attach-webview', (event) => event.preventDefault())
  wc.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  wc.session.setPermissionCheckHandler(() => false)
}

export function createMainWindow(bounds: WindowBounds): BrowserWindow {
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Stockroom',
    backgroundColor: '#1e1f22',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(__dirname, '../preload/index.js') }
  })
  hardenWebContents(win.webContents)
  if (bounds.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  void win.loadURL(rendererUrl())
  return win
}
