// Where the app keeps its data. Chosen before the single-instance lock, which Electron takes in the
// userData folder: a dev or preview run (not packaged) gets its own folder, so `npm start` does not lose
// the lock to an installed Stockroom and exit; STOCKROOM_DATA_DIR points any run (e.g. a smoke test) at
// a folder of its own. https://www.electronjs.org/docs/latest/api/app#appsetpathname-path
import { mkdirSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'

/** The environment variable that sets the data folder (userData) for one run. */
export const DATA_DIR_ENV = 'STOCKROOM_DATA_DIR'
export const DEV_FOLDER = 'Stockroom-dev'

export interface DataDirApp {
  readonly isPackaged: boolean
  getPath(name: 'appData' | 'userData'): string
  setPath(name: 'userData', path: string): void
}

/** The folder this run should use, or null to keep Electron's default (the installed app's). */
export function chooseDataDir(isPackaged: boolean, appData: string, env: NodeJS.ProcessEnv): string | null {
  const override = env[DATA_DIR_ENV]?.trim()
  if (override) return isAbsolute(override) ? override : resolve(override)
  return isPackaged ? null : join(appData, DEV_FOLDER)
}

/** Applies chooseDataDir (creating the folder, which setPath requires) and returns the data folder. */
export function applyDataDir(app: DataDirApp, env: NodeJS.ProcessEnv = process.env): string {
  const dir = chooseDataDir(app.isPackaged, app.getPath('appData'), env)
  if (dir === null) return app.getPath('userData')
  mkdirSync(dir, { recursive: true })
  app.setPath('userData', dir)
  return dir
}
