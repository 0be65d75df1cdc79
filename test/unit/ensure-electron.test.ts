// scripts/ensure-electron.mjs against a fake `electron` package folder: it runs the command when the
// binary exists, runs Electron's installer once when it does not, honours ELECTRON_OVERRIDE_DIST_PATH and
// ELECTRON_EXEC_PATH, and offline stops with a message that says what to do (never electron-vite's
// "Electron uninstall"). The fake install.js mirrors Electron 45's: it writes dist/<exe> and path.txt on
// success, and on a failed download prints the error's stack and exits 1.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

const SCRIPT = resolve(__dirname, '../../scripts/ensure-electron.mjs')
const EXE = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron'

const ONLINE_INSTALLER = `
const fs = require('fs'), path = require('path')
fs.appendFileSync(path.join(__dirname, 'installer-runs'), 'x')
const exe = path.join(__dirname, 'dist', ${JSON.stringify(EXE)})
fs.mkdirSync(path.dirname(exe), { recursive: true })
fs.writeFileSync(exe, '')
fs.writeFileSync(path.join(__dirname, 'path.txt'), ${JSON.stringify(EXE)})
`
const OFFLINE_INSTALLER = `
require('fs').appendFileSync(require('path').join(__dirname, 'installer-runs'), 'x')
console.error(new TypeError('fetch failed').stack)
process.exit(1)
`

let dir: string
let electronDir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ensure-electron-'))
  electronDir = join(dir, 'electron')
  mkdirSync(electronDir)
  writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function installer(source: string): void {
  writeFileSync(join(electronDir, 'install.js'), source)
}
const installerRuns = (): number => (existsSync(join(electronDir, 'installer-runs')) ? readFileSync(join(electronDir, 'installer-runs'), 'utf8').length : 0)

/** Runs the script with a command that prints the ELECTRON_EXEC_PATH it was given. */
function ensure(extraEnv: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', STOCKROOM_ELECTRON_DIR: electronDir, ...extraEnv }
  const run = spawnSync(process.execPath, [SCRIPT, process.execPath, '-e', 'console.log("ran:" + process.env.ELECTRON_EXEC_PATH)'], { env, encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('ensure-electron', () => {
  it('runs the command without the installer when path.txt and its dist binary exist', () => {
    installer(OFFLINE_INSTALLER)
    mkdirSync(join(electronDir, 'dist', EXE, '..'), { recursive: true })
    writeFileSync(join(electronDir, 'dist', EXE), '')
    writeFileSync(join(electronDir, 'path.txt'), EXE)
    const run = ensure()
    expect(run.status).toBe(0)
    expect(installerRuns()).toBe(0)
    expect(run.stdout).toContain(`ran:${join(electronDir, 'dist', EXE)}`)
  })

  it('runs Electron\'s installer once when the binary is missing, then the command', () => {
    installer(ONLINE_INSTALLER)
    const first = ensure()
    expect(first.status).toBe(0)
    expect(first.stdout).toContain(`ran:${join(electronDir, 'dist', EXE)}`)
    expect(ensure().status).toBe(0)
    expect(installerRuns()).toBe(1)
  })

  it('reinstalls when path.txt is left but its binary is gone', () => {
    installer(ONLINE_INSTALLER)
    writeFileSync(join(electronDir, 'path.txt'), EXE)
    expect(ensure().status).toBe(0)
    expect(installerRuns()).toBe(1)
  })

  it('offline: exits non-zero with what is missing, that it needs internet once, and Electron\'s variables', () => {
    installer(OFFLINE_INSTALLER)
    const run = ensure()
    expect(run.status).not.toBe(0)
    expect(run.stdout).not.toContain('ran:')
    expect(installerRuns()).toBe(1)
    expect(run.stderr).toContain('the Electron 45.4.1 binary is missing')
    expect(run.stderr).toContain(join('electron', 'dist', EXE))
    expect(run.stderr).toContain('needs internet access')
    expect(run.stderr).toContain('The download failed: TypeError: fetch failed')
    for (const name of ['ELECTRON_MIRROR=', 'ELECTRON_CUSTOM_DIR=', 'electron_config_cache=', 'ELECTRON_OVERRIDE_DIST_PATH=']) expect(run.stderr).toContain(name)
    // The installer's stack trace is reduced to its first line.
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(run.stderr).not.toContain('Electron uninstall')
  })

  it('skips the installer for ELECTRON_OVERRIDE_DIST_PATH and hands electron-vite that binary', () => {
    installer(OFFLINE_INSTALLER)
    const custom = join(dir, 'custom-electron')
    mkdirSync(join(custom, EXE, '..'), { recursive: true })
    writeFileSync(join(custom, EXE), '')
    const run = ensure({ ELECTRON_OVERRIDE_DIST_PATH: custom })
    expect(run.status).toBe(0)
    expect(installerRuns()).toBe(0)
    expect(run.stdout).toContain(`ran:${join(custom, EXE)}`)
  })

  it('says so when ELECTRON_OVERRIDE_DIST_PATH holds no Electron executable', () => {
    installer(OFFLINE_INSTALLER)
    const run = ensure({ ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nowhere') })
    expect(run.status).not.toBe(0)
    expect(installerRuns()).toBe(0)
    expect(run.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH is set to')
  })

  it('leaves an ELECTRON_EXEC_PATH chosen by the user alone', () => {
    installer(OFFLINE_INSTALLER)
    const run = ensure({ ELECTRON_EXEC_PATH: '/opt/electron/electron' })
    expect(run.status).toBe(0)
    expect(installerRuns()).toBe(0)
    expect(run.stdout).toContain('ran:/opt/electron/electron')
  })
})
