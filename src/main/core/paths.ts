// Where Stockroom keeps local data: the same folder Electron's app.getPath('userData') gives the
// desktop app (productName "Stockroom"), so the CLI and the app see the same stores and sessions.
import { homedir } from 'node:os'
import { join } from 'node:path'

export const PRODUCT_NAME = 'Stockroom'

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME)
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME)
}
