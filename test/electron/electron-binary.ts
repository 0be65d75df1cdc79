// Where the Electron smoke test finds its executable, resolved the way node_modules/electron/index.js
// does it (ELECTRON_OVERRIDE_DIST_PATH, else dist/ + path.txt) but without requiring that module:
// since Electron 42 require('electron') starts a download when the binary is missing.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

export const MAIN_ENTRY = resolve(__dirname, '../../out/main/index.js')

/** The executable's name inside dist/ when path.txt is absent, as Electron's install.js writes it. */
function defaultExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return platform === 'win32' ? 'electron.exe' : 'electron'
}

/** The binary electron would start: ELECTRON_EXEC_PATH (electron-vite's), Electron's override, or its dist/. */
export function electronBinaryPath(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.ELECTRON_EXEC_PATH) return env.ELECTRON_EXEC_PATH
  const pkgDir = dirname(createRequire(__filename).resolve('electron/package.json'))
  const pathTxt = join(pkgDir, 'path.txt')
  const recorded = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : null
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return join(env.ELECTRON_OVERRIDE_DIST_PATH, recorded || 'electron')
  return join(pkgDir, 'dist', recorded || defaultExecutable(platform))
}

/**
 * Whether the smoke test can run. Missing pieces are named loudly; where the workflow has already run
 * the ensure step (STOCKROOM_REQUIRE_ELECTRON=1) a missing binary or build fails instead of skipping.
 */
export function electronAvailable(binary = electronBinaryPath()): boolean {
  const missing = [
    !existsSync(binary) && `the Electron binary at ${binary} (get it once with \`node scripts/ensure-electron.mjs\`, which needs internet, or point ELECTRON_OVERRIDE_DIST_PATH at a folder holding an Electron executable)`,
    !existsSync(MAIN_ENTRY) && `the built app at ${MAIN_ENTRY} (npm run build)`
  ].filter((m): m is string => typeof m === 'string')
  if (missing.length === 0) return true
  const message = `the Electron smoke test needs ${missing.join(' and ')}`
  if (process.env.STOCKROOM_REQUIRE_ELECTRON === '1') throw new Error(`${message}; STOCKROOM_REQUIRE_ELECTRON=1 forbids skipping.`)
  console.warn(`\n!!! SKIPPING the Electron smoke test: ${message}.\n`)
  return false
}
