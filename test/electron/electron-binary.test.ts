// The smoke test's binary lookup and its skip: the message names the path Electron would use and how to
// get the binary; where the workflow requires Electron it fails instead of skipping.
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { electronAvailable, electronBinaryPath } from './electron-binary'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('electronBinaryPath', () => {
  it('prefers ELECTRON_EXEC_PATH, then ELECTRON_OVERRIDE_DIST_PATH, then node_modules/electron/dist', () => {
    expect(electronBinaryPath({ ELECTRON_EXEC_PATH: '/opt/e/electron', ELECTRON_OVERRIDE_DIST_PATH: '/x' })).toBe('/opt/e/electron')
    expect(electronBinaryPath({ ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }, 'linux')).toMatch(/^[\\/]opt[\\/]e[\\/]electron$/)
    expect(electronBinaryPath({}, 'darwin')).toMatch(/node_modules[\\/]electron[\\/]dist[\\/]/)
  })
})

describe('electronAvailable', () => {
  const missing = join('/nowhere', 'electron')

  it('skips with a message naming the missing binary and how to get it', () => {
    vi.stubEnv('STOCKROOM_REQUIRE_ELECTRON', '')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(electronAvailable(missing)).toBe(false)
    const said = String(warn.mock.calls[0]?.[0])
    expect(said).toContain('SKIPPING the Electron smoke test')
    expect(said).toContain(missing)
    expect(said).toContain('node scripts/ensure-electron.mjs')
    expect(said).toContain('ELECTRON_OVERRIDE_DIST_PATH')
  })

  it('fails instead when STOCKROOM_REQUIRE_ELECTRON=1 (the desktop workflow, after the ensure step)', () => {
    vi.stubEnv('STOCKROOM_REQUIRE_ELECTRON', '1')
    expect(() => electronAvailable(missing)).toThrow(/needs the Electron binary at .*forbids skipping/)
  })
})
