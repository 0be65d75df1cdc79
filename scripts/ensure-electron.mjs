#!/usr/bin/env node
// Makes sure the Electron binary exists, then runs the given command (electron-vite dev/preview).
// Since Electron 42, `npm install` no longer downloads the binary, and electron-vite reads
// node_modules/electron/path.txt itself and fails with a bare "Electron uninstall" when it is missing.
// So: if the binary is there (or the user points at one), run the command; otherwise run Electron's own
// installer once, and if that fails (offline), say what is missing and how to provide it.
// Usage: node scripts/ensure-electron.mjs [command args...]
// STOCKROOM_ELECTRON_DIR overrides where the electron package lives (the tests point it at a fake).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'

const env = process.env
const electronDir = env.STOCKROOM_ELECTRON_DIR || join(createRequire(import.meta.url).resolve('electron/package.json'), '..')
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'))

/** The executable's path inside Electron's dist folder, as Electron's install.js names it. */
function platformPath() {
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  return platform === 'win32' ? 'electron.exe' : 'electron'
}

function recordedPath() {
  try {
    return readFileSync(join(electronDir, 'path.txt'), 'utf8')
  } catch {
    return null
  }
}

function installedBinary() {
  const file = recordedPath()
  return file && existsSync(join(electronDir, 'dist', file)) ? join(electronDir, 'dist', file) : null
}

function fail(lines) {
  console.error(['', ...lines, ''].join('\n'))
  process.exit(1)
}

/** The binary electron-vite should start, or null when it is missing and must be installed. */
function resolveBinary() {
  // electron-vite's own variable: the user already chose a binary.
  if (env.ELECTRON_EXEC_PATH) return env.ELECTRON_EXEC_PATH
  // Electron's variable for a binary outside node_modules (a folder); electron-vite does not read it,
  // so it is translated into ELECTRON_EXEC_PATH the way Electron's own index.js resolves it.
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, recordedPath() || platformPath())
    if (!existsSync(binary)) {
      fail([`ELECTRON_OVERRIDE_DIST_PATH is set to ${env.ELECTRON_OVERRIDE_DIST_PATH}, but there is no Electron executable at ${binary}.`,
        'Point it at the folder that contains the Electron executable, or unset it to download Electron.'])
    }
    return binary
  }
  return installedBinary()
}

function install() {
  const missing = relative(process.cwd(), join(electronDir, 'dist', recordedPath() || platformPath())) || electronDir
  console.error(`Electron ${version} is not installed yet (${missing} is missing); downloading it once with Electron's installer…`)
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], env })
  const binary = run.status === 0 ? installedBinary() : null
  if (binary) return binary
  const said = String(run.stderr ?? run.error ?? '').split('\n').find((line) => line.trim()) ?? `exit code ${run.status}`
  return fail([
    `Stockroom cannot start: the Electron ${version} binary is missing (${missing}).`,
    'npm install does not download it (since Electron 42); it is downloaded once, the first time you start,',
    `and that needs internet access. The download failed: ${said.trim()}`,
    '',
    'Connect to the internet and run the command again, or use one of Electron\'s documented variables:',
    '  ELECTRON_MIRROR=https://your.mirror/electron/  download from a mirror (add ELECTRON_CUSTOM_DIR="{{ version }}"',
    '                                                if its folders have no leading "v")',
    '  ELECTRON_GET_USE_PROXY=1                       download through the proxy in HTTPS_PROXY / HTTP_PROXY',
    `  electron_config_cache=/path/to/cache           use a cache folder that already holds electron-v${version}-*.zip`,
    '  ELECTRON_OVERRIDE_DIST_PATH=/path/to/folder    use an Electron you already have (the folder with its executable)',
    'See https://www.electronjs.org/docs/latest/tutorial/installation#custom-mirrors-and-caches'
  ])
}

const binary = resolveBinary() ?? install()
const [command, ...args] = process.argv.slice(2)
if (command) {
  // npm scripts resolve electron-vite through a .cmd shim on Windows, which needs a shell.
  const child = spawn(command, args, { stdio: 'inherit', env: { ...env, ELECTRON_EXEC_PATH: binary }, shell: process.platform === 'win32' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => fail([`Could not run ${command}: ${error.message}`]))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
