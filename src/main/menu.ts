// The standard application menu. The Edit roles give grids native undo/redo/cut/copy/paste shortcuts.
// DevTools only in development (not packaged); Window › Zoom and Bring All to Front exist only on macOS.
import { Menu, type MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  /** Offer reload and DevTools: true when !app.isPackaged (dev and preview runs). */
  developer: boolean
}

export function buildMenuTemplate(platform: NodeJS.Platform, appName: string, options: MenuOptions = { developer: false }): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const template: MenuItemConstructorOptions[] = []
  if (mac) {
    template.push({
      label: appName,
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }]
    })
  }
  const developer: MenuItemConstructorOptions[] = options.developer ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] : []
  template.push(
    { label: 'File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }]
    },
    {
      label: 'View',
      submenu: [...developer, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }]
    },
    // The 'zoom' and 'front' roles are macOS-only and do nothing elsewhere.
    { label: 'Window', submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }] }
  )
  return template
}

export function installMenu(platform: NodeJS.Platform, appName: string, options: MenuOptions = { developer: false }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(platform, appName, options)))
}
