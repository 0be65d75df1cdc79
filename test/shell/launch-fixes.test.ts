// Issue 13 item 6 with the mocked shell: data folder per run, menu per platform, external links,
// net.fetch errors mapped to OFFLINE, keytar loaded with require (no import() in the bundle).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import { fakeEvent, FakeWebContents, type FakeElectron } from '../helpers/fake-electron'

const fake: FakeElectron = await vi.hoisted(async () => (await import('../helpers/fake-electron')).createFakeElectron())
vi.mock('electron', () => fake.module)

const { chooseDataDir, DATA_DIR_ENV } = await import('../../src/main/data-dir')
const { buildMenuTemplate } = await import('../../src/main/menu')
const { hardenWebContents } = await import('../../src/main/window')
const { netFetch } = await import('../../src/main/net-fetch')
const { mapNetworkError } = await import('../../src/main/core/ecwid/http-errors')
const { loadKeytar } = await import('../../src/main/core/secrets/keytar-store')

beforeEach(() => vi.clearAllMocks())

describe('data folder', () => {
  it('dev/preview runs use their own folder; packaged keeps the default; the env var wins', () => {
    expect(chooseDataDir(false, '/cfg', {})).toBe(join('/cfg', 'Stockroom-dev'))
    expect(chooseDataDir(true, '/cfg', {})).toBeNull()
    expect(chooseDataDir(true, '/cfg', { [DATA_DIR_ENV]: '/tmp/x' })).toBe('/tmp/x')
  })
})

describe('menu', () => {
  const roles = (t: ReturnType<typeof buildMenuTemplate>): string[] => t.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu.map((i) => String(i.role)) : []))
  it.each(['linux', 'win32', 'darwin'] as const)('no DevTools in production and Zoom only on macOS (%s)', (p) => {
    expect(roles(buildMenuTemplate(p, 'Stockroom'))).not.toContain('toggleDevTools')
    expect(roles(buildMenuTemplate(p, 'Stockroom', { developer: true }))).toContain('toggleDevTools')
    expect(roles(buildMenuTemplate(p, 'Stockroom')).includes('zoom')).toBe(p === 'darwin')
  })
})

describe('links', () => {
  it('a clicked https or mailto link opens in the OS; other schemes are refused', () => {
    const wc = new FakeWebContents()
    hardenWebContents(wc as unknown as WebContents)
    for (const url of ['https://example.com/a', 'mailto:a@example.com', 'file:///etc/passwd', 'smb://h/s', 'http://x.example/']) {
      const e = fakeEvent()
      wc.emit('will-navigate', e, url)
      expect(e.preventDefault).toHaveBeenCalled()
    }
    expect(fake.module.shell.openExternal.mock.calls.map((c) => c[0])).toEqual(['https://example.com/a', 'mailto:a@example.com'])
  })
})

describe('net.fetch', () => {
  it('calls Electron net.fetch, and an unreachable host still maps to OFFLINE', async () => {
    fake.module.net.fetch.mockRejectedValueOnce(new Error('net::ERR_NAME_NOT_RESOLVED'))
    const e = await netFetch('https://app.ecwid.com/api/v3/1/profile').catch((x: unknown) => x)
    expect(fake.module.net.fetch).toHaveBeenCalledWith('https://app.ecwid.com/api/v3/1/profile', undefined)
    expect(mapNetworkError(e).code).toBe('OFFLINE')
  })
  it('the app passes netFetch to createServices', () => {
    expect(readFileSync(resolve(__dirname, '../../src/main/index.ts'), 'utf8')).toMatch(/fetch: netFetch/)
  })
})

describe('keytar', () => {
  it('is loaded with require, not import()', async () => {
    expect(typeof (await loadKeytar()).getPassword).toBe('function')
    expect(readFileSync(resolve(__dirname, '../../src/main/core/secrets/keytar-store.ts'), 'utf8')).not.toMatch(/await import\(/)
  })
})
