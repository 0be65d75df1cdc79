// Attack surface: Electron's security checklist walked against the real shell code with a faked
// `electron` (isolation, sandbox, CSP, navigation, new windows, permissions, IPC sender, no remote).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import { fakeEvent, FakeWebContents, type FakeElectron } from '../helpers/fake-electron'

const fake: FakeElectron = await vi.hoisted(async () => (await import('../helpers/fake-electron')).createFakeElectron())
vi.mock('electron', () => fake.module)

const { createMainWindow, hardenWebContents } = await import('../../src/main/window')
const { bindIpc } = await import('../../src/main/ipc/bind-electron')
const { createEventHub } = await import('../../src/main/core/events')
const { API_METHODS } = await import('@shared/contract')
const { channelFor, CHANNEL_PREFIX } = await import('@shared/channels')

const ROOT = resolve(__dirname, '../..')
const asWc = (wc: FakeWebContents): WebContents => wc as unknown as WebContents

/** Parses a CSP string into directive -> source list (lower-cased directive names). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean)
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources)
  }
  return out
}

function cspOf(htmlFile: string): Map<string, string[]> {
  const html = readFileSync(htmlFile, 'utf8')
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/gi)]
  expect(metas, 'exactly one CSP meta tag').toHaveLength(1)
  const content = /content=(["'])([\s\S]*?)\1/i.exec(metas[0]![0])?.[2]
  expect(content).toBeTruthy()
  return parseCsp(content!)
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue|html|cjs|mjs|js)$/.test(name) ? [path] : []
  })
}

beforeEach(() => {
  vi.clearAllMocks()
  fake.handlers.clear()
  fake.windows.length = 0
})

describe('Electron security checklist', () => {
  it('1-3: context isolation, sandbox and no Node integration anywhere in the page', () => {
    createMainWindow({ width: 900, height: 600 })
    const prefs = fake.windows[0]!.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false })
    // Nothing weakens web security or turns on experimental surfaces.
    expect(prefs).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, webviewTag: false })
    for (const risky of ['experimentalFeatures', 'enableBlinkFeatures', 'enableRemoteModule', 'additionalArguments', 'disableBlinkFeatures']) {
      expect(prefs[risky], risky).toBeUndefined()
    }
  })

  it('4: loads only local content (the built file, never a remote URL)', () => {
    createMainWindow({ width: 900, height: 600 })
    const url = String(fake.windows[0]!.loadURL.mock.calls[0]?.[0])
    expect(url.startsWith('file://')).toBe(true)
  })

  describe('7: a Content-Security-Policy in the renderer page', () => {
    const csp = cspOf(join(ROOT, 'src/renderer/index.html'))
    const all = [...csp.values()].flat()

    it('has no unsafe-eval, and scripts only from the app itself', () => {
      expect(all).not.toContain("'unsafe-eval'")
      expect(all).not.toContain("'wasm-unsafe-eval'")
      expect(csp.get('script-src')).toEqual(["'self'"])
      expect(csp.get('default-src')).toEqual(["'none'"])
    })

    it('blocks plugins, framing, base-URI and form tricks', () => {
      expect(csp.get('object-src')).toEqual(["'none'"])
      // Chromium ignores frame-ancestors in a <meta> CSP; kept for when the page is ever served with headers.
      expect(csp.get('frame-ancestors')).toEqual(["'none'"])
      expect(csp.get('base-uri')).toEqual(["'none'"])
      expect(csp.get('form-action')).toEqual(["'none'"])
    })

    it('allows no remote content except product images over https', () => {
      for (const [directive, sources] of csp) {
        for (const src of sources) {
          const local = ["'self'", "'none'", 'data:', "'unsafe-inline'"].includes(src)
          const httpsImage = directive === 'img-src' && src === 'https:'
          expect(local || httpsImage, `${directive} ${src}`).toBe(true)
        }
      }
      expect(all.some((s) => s === '*' || s.startsWith('http:') || s.startsWith('ws') || s.includes('*.'))).toBe(false)
      expect(csp.get('connect-src')).toEqual(["'self'"])
      // Inline styles only (AG Grid-style positioning); never inline scripts.
      expect(csp.get('script-src')).not.toContain("'unsafe-inline'")
    })

    it('the page has no inline script and no remote script or stylesheet', () => {
      const html = readFileSync(join(ROOT, 'src/renderer/index.html'), 'utf8')
      for (const tag of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
        expect(tag[1]!.trim(), 'inline script body').toBe('')
        expect(tag[0]).not.toMatch(/src=["']https?:/i)
      }
      expect(html).not.toMatch(/<link[^>]+href=["']https?:/i)
    })
  })

  describe('12-14: navigation, new windows and webviews', () => {
    let wc: FakeWebContents
    beforeEach(() => {
      wc = new FakeWebContents()
      hardenWebContents(asWc(wc))
    })

    it('denies every new window; only https links go to the OS browser', () => {
      for (const url of ['https://evil.example/', 'http://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'about:blank']) {
        expect(wc.windowOpenHandler!({ url }), url).toEqual({ action: 'deny' })
      }
      expect(fake.module.shell.openExternal).toHaveBeenCalledTimes(1)
      expect(fake.module.shell.openExternal).toHaveBeenCalledWith('https://evil.example/')
    })

    it('prevents navigation away from the app', () => {
      for (const url of ['https://evil.example/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x']) {
        const e = fakeEvent()
        wc.emit('will-navigate', e, url)
        expect(e.preventDefault, url).toHaveBeenCalled()
      }
    })

    it('prevents attaching webviews', () => {
      const e = fakeEvent()
      wc.emit('will-attach-webview', e, {}, {})
      expect(e.preventDefault).toHaveBeenCalled()
    })

    it('5: denies every permission request and permission check', () => {
      const granted: boolean[] = []
      for (const p of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'clipboard-read', 'fullscreen', 'pointerLock', 'unknown']) {
        wc.permissionRequestHandler!(asWc(wc), p, (g) => granted.push(g))
        expect(wc.permissionCheckHandler!(asWc(wc), p), p).toBe(false)
      }
      expect(granted).toHaveLength(9)
      expect(granted.every((g) => g === false)).toBe(true)
    })
  })

  it('17: IPC checks the sender: another window or a sub-frame is refused for every method', async () => {
    const wc = new FakeWebContents()
    wc.mainFrame = { url: 'file:///app/index.html' }
    const dispatch = vi.fn(async () => ({ ok: true as const, value: null }))
    bindIpc({ dispatch, events: createEventHub(), getWebContents: () => asWc(wc), isTrustedUrl: (u) => u === 'file:///app/index.html' })
    const intruder = new FakeWebContents()
    for (const method of API_METHODS) {
      const handler = fake.handlers.get(channelFor(method))!
      expect(await handler({ sender: intruder, senderFrame: intruder.mainFrame }), method).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      expect(await handler({ sender: wc, senderFrame: { url: 'https://evil.example/' } }), method).toMatchObject({ ok: false })
    }
    expect(dispatch).not.toHaveBeenCalled()
    expect([...fake.handlers.keys()].every((c) => c.startsWith(CHANNEL_PREFIX))).toBe(true)
  })

  it('no @electron/remote, remote module or Node built-ins reachable from the page', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
    expect({ ...pkg.dependencies, ...pkg.devDependencies }['@electron/remote']).toBeUndefined()
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8')
      expect(text, file).not.toMatch(/@electron\/remote|enableRemoteModule|nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/)
    }
    for (const file of sourceFiles(join(ROOT, 'src/renderer'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"](node:|electron['"]|fs['"]|child_process['"])|require\(/)
    }
  })

  it('the preload exposes only the contract: API_METHODS + on, frozen, over our channels only', async () => {
    fake.exposed.clear()
    vi.resetModules()
    await import('../../src/preload/index')
    expect(fake.module.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    expect([...fake.exposed.keys()]).toEqual(['stockroom'])
    const exposed = fake.exposed.get('stockroom') as Record<string, unknown>
    expect(Object.keys(exposed).sort()).toEqual([...API_METHODS, 'on'].sort())
    expect(Object.isFrozen(exposed)).toBe(true)
    expect(Object.values(exposed).every((v) => typeof v === 'function')).toBe(true)
    const preload = readFileSync(join(ROOT, 'src/preload/index.ts'), 'utf8')
    const imports = [...preload.matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1])
    expect(imports.every((i) => i === 'electron' || i!.startsWith('@shared/'))).toBe(true)
    expect(preload).not.toMatch(/process\.env|exposeInMainWorld\([^)]*ipcRenderer\)/)
  })
})
