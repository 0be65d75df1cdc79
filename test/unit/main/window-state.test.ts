// window-state: saved bounds are sanitised (garbage -> defaults, min size, never off-screen) and
// persisted as a small JSON file; a missing or corrupt file gives the defaults.
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_BOUNDS, loadWindowState, sanitizeBounds, saveWindowState, type Area } from '../../../src/main/window-state'
import { useTempDir } from '../../helpers/temp-dir'

const SCREEN: Area = { x: 0, y: 0, width: 1920, height: 1080 }
const RIGHT: Area = { x: 1920, y: 0, width: 1920, height: 1080 }

describe('sanitizeBounds', () => {
  it.each([null, undefined, 'big', 42, true])('turns %j into the defaults', (garbage) => {
    expect(sanitizeBounds(garbage, [SCREEN])).toEqual(DEFAULT_BOUNDS)
  })

  it.each([
    ['an empty object', {}],
    ['an array', []],
    ['strings', { width: '1000', height: '700', x: '10', y: '10' }],
    ['NaN and Infinity', { width: Number.NaN, height: Number.POSITIVE_INFINITY, x: Number.NaN, y: 0 }],
    ['null fields', { width: null, height: null, x: null, y: null }]
  ])('falls back to the default size for %s, without a position', (_name, saved) => {
    const b = sanitizeBounds(saved, [SCREEN])
    expect(b).toEqual({ width: DEFAULT_BOUNDS.width, height: DEFAULT_BOUNDS.height, maximized: false })
  })

  it('enforces the minimum size', () => {
    expect(sanitizeBounds({ width: 10, height: 10 }, [SCREEN])).toMatchObject({ width: 800, height: 500 })
    expect(sanitizeBounds({ width: -5000, height: 0 }, [SCREEN])).toMatchObject({ width: 800, height: 500 })
  })

  it('keeps a sane size, rounded, and maximized only when it is exactly true', () => {
    expect(sanitizeBounds({ width: 1000.6, height: 700.2, maximized: true }, [SCREEN])).toEqual({ width: 1001, height: 700, maximized: true })
    expect(sanitizeBounds({ width: 1000, height: 700, maximized: 'true' }, [SCREEN]).maximized).toBe(false)
  })

  it('keeps an on-screen position', () => {
    expect(sanitizeBounds({ x: 100, y: 80, width: 1000, height: 700 }, [SCREEN])).toEqual({ x: 100, y: 80, width: 1000, height: 700, maximized: false })
  })

  it('keeps a position on a second display', () => {
    expect(sanitizeBounds({ x: 2500, y: 100, width: 1000, height: 700 }, [SCREEN, RIGHT])).toMatchObject({ x: 2500, y: 100 })
  })

  it.each([
    ['far right', { x: 5000, y: 100 }],
    ['far below', { x: 100, y: 5000 }],
    ['left of every display', { x: -3000, y: 100 }],
    ['above every display', { x: 100, y: -500 }],
    ['on a display that was unplugged', { x: 2500, y: 100 }]
  ])('drops an off-screen position (%s)', (_name, pos) => {
    const b = sanitizeBounds({ ...pos, width: 1000, height: 700 }, [SCREEN])
    expect(b).not.toHaveProperty('x')
    expect(b).not.toHaveProperty('y')
    expect(b).toMatchObject({ width: 1000, height: 700 })
  })

  it('drops the position when there are no displays, or only half of it was saved', () => {
    expect(sanitizeBounds({ x: 100, y: 100, width: 1000, height: 700 }, [])).not.toHaveProperty('x')
    expect(sanitizeBounds({ x: 100, width: 1000, height: 700 }, [SCREEN])).not.toHaveProperty('x')
  })
})

describe('loadWindowState / saveWindowState', () => {
  const dir = useTempDir()

  it('round-trips through a file, creating missing folders, leaving no temp file', () => {
    const file = join(dir(), 'nested', 'window-state.json')
    const bounds = { x: 100, y: 80, width: 1111, height: 777, maximized: true }
    saveWindowState(file, bounds)
    expect(loadWindowState(file, [SCREEN])).toEqual(bounds)
    expect(readdirSync(join(dir(), 'nested'))).toEqual(['window-state.json'])
  })

  it('sanitises what it loads against the current displays', () => {
    const file = join(dir(), 'window-state.json')
    saveWindowState(file, { x: 2500, y: 100, width: 1000, height: 700 })
    expect(loadWindowState(file, [SCREEN, RIGHT])).toMatchObject({ x: 2500 })
    expect(loadWindowState(file, [SCREEN])).not.toHaveProperty('x')
  })

  it('gives the defaults for a missing file', () => {
    expect(loadWindowState(join(dir(), 'absent.json'), [SCREEN])).toEqual(DEFAULT_BOUNDS)
  })

  it.each(['{not json', '', 'null', '"text"', '\u0000\u0001'])('gives the defaults for a corrupt file (%j)', (content) => {
    const file = join(dir(), 'window-state.json')
    writeFileSync(file, content)
    expect(loadWindowState(file, [SCREEN])).toEqual(DEFAULT_BOUNDS)
  })

  it('does not throw when the file cannot be written', () => {
    const blocker = join(dir(), 'a-file')
    writeFileSync(blocker, 'x')
    expect(() => saveWindowState(join(blocker, 'window-state.json'), { width: 900, height: 600 })).not.toThrow()
    expect(existsSync(join(blocker, 'window-state.json'))).toBe(false)
  })
})
