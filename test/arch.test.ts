// Architecture rules, checked by reading the source with node:fs: which folders may import electron,
// what the renderer and the preload may reach, file sizes, and one schema per contract method.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { API_METHODS } from '@shared/contract'
import { apiSchemas } from '../src/main/ipc/schemas'

const ROOT = resolve(__dirname, '..')
const SRC = join(ROOT, 'src')
const MAX_LINES = 400
const CODE = /\.(ts|mts|cts|js|mjs|cjs|vue)$/

function walk(dir: string, filter = CODE): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return []
  }
  return entries.flatMap((name) => {
    const full = join(dir, name)
    if (name === 'node_modules') return []
    return statSync(full).isDirectory() ? walk(full, filter) : filter.test(name) ? [full] : []
  })
}

/** Every module specifier in the text: static import/export ... from, side-effect import, require, import(). */
function specifiers(text: string): string[] {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g
  ]
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!))
}

const rel = (file: string): string => relative(ROOT, file).split(sep).join('/')
const isElectron = (spec: string): boolean => spec === 'electron' || spec.startsWith('electron/')
const inside = (file: string, dir: string): boolean => file === dir || file.startsWith(dir + sep)

/** Where a relative specifier points (extension-less), or null for packages and aliases. */
function target(file: string, spec: string): string | null {
  return spec.startsWith('.') ? resolve(dirname(file), spec) : null
}

function violations(files: string[], bad: (file: string, spec: string) => boolean): string[] {
  return files.flatMap((f) => specifiers(readFileSync(f, 'utf8')).filter((s) => bad(f, s)).map((s) => `${rel(f)} -> ${s}`))
}

describe('the import scanner', () => {
  it('finds every import form', () => {
    const text = [
      "import { a } from 'electron'",
      "import type { B } from \"./b\"",
      "import * as c from '../c'",
      "import 'side-effect'",
      "export { d } from './d'",
      "const e = require('e')",
      "const f = await import('f')",
      "import {\n  g,\n  h\n} from '@shared/g'"
    ].join('\n')
    expect(specifiers(text).sort()).toEqual(['../c', './b', './d', '@shared/g', 'e', 'electron', 'f', 'side-effect'].sort())
  })
})

describe('architecture rules', () => {
  it('core, cli, sandbox and shared never import electron', () => {
    const dirs = ['main/core', 'main/cli', 'main/sandbox', 'shared'].map((d) => join(SRC, d))
    const files = dirs.flatMap((d) => walk(d))
    expect(files.length).toBeGreaterThan(5)
    expect(violations(files, (_f, s) => isElectron(s))).toEqual([])
  })

  it('the renderer never imports main, preload or electron', () => {
    const files = walk(join(SRC, 'renderer'))
    expect(files.some((f) => f.endsWith('.vue'))).toBe(true)
    const main = join(SRC, 'main')
    const preload = join(SRC, 'preload')
    const allowed = [join(preload, 'index.d'), join(preload, 'index.d.ts')]
    const bad = (f: string, s: string): boolean => {
      if (isElectron(s)) return true
      const t = target(f, s)
      return t !== null && (inside(t, main) || (inside(t, preload) && !allowed.includes(t)))
    }
    expect(violations(files, bad)).toEqual([])
  })

  it('the preload imports only electron and shared code', () => {
    const files = walk(join(SRC, 'preload')).filter((f) => !f.endsWith('.d.ts'))
    expect(files.length).toBeGreaterThan(0)
    const shared = join(SRC, 'shared')
    const ok = (f: string, s: string): boolean => {
      const t = target(f, s)
      return isElectron(s) || s.startsWith('@shared/') || (t !== null && inside(t, shared))
    }
    expect(violations(files, (f, s) => !ok(f, s))).toEqual([])
  })

  it(`no .ts or .vue file under src/ or test/ is over ${MAX_LINES} lines`, () => {
    const files = [...walk(SRC, /\.(ts|vue)$/), ...walk(join(ROOT, 'test'), /\.(ts|vue)$/)]
    expect(files.length).toBeGreaterThan(20)
    const offenders = files
      .map((f) => ({ file: rel(f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((x) => x.lines > MAX_LINES)
      .map((x) => `${x.file}: ${x.lines} lines`)
    if (offenders.length > 0) console.warn(`Files over ${MAX_LINES} lines:\n  ${offenders.join('\n  ')}`)
    expect(offenders).toEqual([])
  })

  it('apiSchemas has a schema for every API method and nothing else', () => {
    expect(Object.keys(apiSchemas).sort()).toEqual([...API_METHODS].sort())
    for (const method of API_METHODS) expect(typeof apiSchemas[method].safeParse).toBe('function')
  })
})
