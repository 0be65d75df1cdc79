// Release readiness: electron-builder.yml builds dmg (arm64+x64), nsis and AppImage+deb, keeps every
// native module outside asar, has a usable icon, and takes its version from package.json.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')
// js-yaml arrives with electron-builder (app-builder-lib reads this very file with it).
const { load } = createRequire(join(ROOT, 'node_modules/app-builder-lib/package.json'))('js-yaml') as { load(text: string): unknown }

interface Target {
  target: string
  arch?: string[]
}
interface BuilderConfig {
  appId?: string
  productName?: string
  version?: string
  icon?: string
  npmRebuild?: boolean
  files?: string[]
  asarUnpack?: string[]
  directories?: { output?: string; buildResources?: string }
  mac?: { icon?: string; target?: Target[] }
  win?: { icon?: string; target?: Target[] }
  linux?: { icon?: string; target?: (string | Target)[] }
  deb?: { depends?: string[] }
}

const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; productName: string; main: string; scripts: Record<string, string>; dependencies: Record<string, string> }

const pkgMeta = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { homepage?: string; engines: { node: string } }

const names = (targets: (string | Target)[] | undefined): string[] => (targets ?? []).map((t) => (typeof t === 'string' ? t : t.target))
const globToRegExp = (glob: string): RegExp => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*')}$`)

function nativeFiles(dir: string): string[] {
  let out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const st = statSync(path)
    if (st.isDirectory()) out = out.concat(nativeFiles(path))
    else if (name.endsWith('.node')) out.push(relative(ROOT, path).split('\\').join('/'))
  }
  return out
}

describe('electron-builder.yml', () => {
  it('targets macOS dmg, Windows nsis, Linux AppImage and deb', () => {
    expect(names(config.mac?.target)).toEqual(['dmg'])
    expect(names(config.win?.target)).toEqual(['nsis'])
    expect(names(config.linux?.target).sort()).toEqual(['AppImage', 'deb'])
  })

  it('unpacks keytar, libsql and every @libsql platform package from asar', () => {
    const unpack = config.asarUnpack ?? []
    for (const dir of ['node_modules/keytar/**', 'node_modules/libsql/**', 'node_modules/@libsql/**']) expect(unpack).toContain(dir)
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['keytar', 'libsql']))
    // Every native binary installed here (keytar's build, libsql's platform package) is matched.
    const natives = ['keytar', 'libsql', '@libsql'].flatMap((m) => nativeFiles(join(ROOT, 'node_modules', m)))
    expect(natives.length).toBeGreaterThanOrEqual(2)
    for (const file of natives) expect(unpack.some((g) => globToRegExp(g).test(file)), file).toBe(true)
    expect(config.npmRebuild).toBe(false)
  })

  it('builds no target for an arch whose native packages are not installed (host arch only, npmRebuild off)', () => {
    // An explicit arch list wins over the CLI's --arm64/--x64 (app-builder-lib computeArchToTargetNamesMap),
    // and npm installs @libsql/<platform-arch> and keytar's .node for the host only.
    for (const t of [...(config.mac?.target ?? []), ...(config.linux?.target ?? [])]) expect(typeof t === 'string' ? undefined : t.arch, JSON.stringify(t)).toBeUndefined()
    for (const t of config.win?.target ?? []) expect(t.arch ?? ['x64']).toEqual(['x64'])
    expect(config.npmRebuild).toBe(false)
  })

  it('keeps electron-builder 26\'s default deb dependencies when it adds its own', () => {
    const source = readFileSync(join(ROOT, 'node_modules/app-builder-lib/out/targets/FpmTarget.js'), 'utf8')
    const defaults = JSON.parse(/case "deb":\s*return (\[[^\]]*\])/.exec(source)![1]!) as string[]
    expect(defaults).toContain('libgtk-3-0')
    expect(config.deb?.depends).toEqual(expect.arrayContaining([...defaults, 'libsecret-1-0']))
  })

  it('packages electron-vite output only, never benchmark output', () => {
    const packaged = (file: string): boolean =>
      (config.files ?? []).reduce((inc, g) => (g.startsWith('!') ? (globToRegExp(g.slice(1)).test(file) ? false : inc) : inc || globToRegExp(g).test(file)), false)
    for (const file of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html', 'package.json']) expect(packaged(file), file).toBe(true)
    expect(packaged('out/bench-grid/index.html')).toBe(false)
  })

  it('declares a homepage (the deb build needs one) and the Node version electron 45 needs', () => {
    expect(pkgMeta.homepage).toMatch(/^https:\/\//)
    expect(pkgMeta.engines.node).toBe('>=22.12')
  })

  it('has an icon electron-builder can turn into .icns and .ico (a PNG of at least 512×512)', () => {
    for (const icon of [config.icon, config.mac?.icon, config.win?.icon, config.linux?.icon]) expect(icon).toBe('build/icon.png')
    const png = readFileSync(join(ROOT, 'build/icon.png'))
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    const width = png.readUInt32BE(16)
    const height = png.readUInt32BE(20)
    expect(width).toBe(height)
    expect(width).toBeGreaterThanOrEqual(512)
  })

  it('takes the version from package.json and packages the built app', () => {
    expect(config.version).toBeUndefined()
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/)
    expect(config.productName).toBe(pkg.productName)
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'package.json']))
    expect(pkg.main.startsWith('./out/')).toBe(true)
    expect(pkg.scripts.package).toMatch(/npm run build && electron-builder/)
    expect(config.directories?.output).toBe('release')
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8')).toMatch(/^release\/$/m)
  })
})
