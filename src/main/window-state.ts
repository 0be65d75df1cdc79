// Remembers the window's size and position between runs (a small JSON file in the data dir).
// Plain Node: the shell passes in the display work areas so a window is never restored off-screen.
import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
  maximized?: boolean
}

export interface Area {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 800 }
const MIN_WIDTH = 800
const MIN_HEIGHT = 500

export function loadWindowState(file: string, workAreas: Area[]): WindowBounds {
  let saved: unknown
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return { ...DEFAULT_BOUNDS }
  }
  return sanitizeBounds(saved, workAreas)
}

/** Accepts only sane numbers, and drops the position when it would put the window off every display. */
export function sanitizeBounds(saved: unknown, workAreas: Area[]): WindowBounds {
  if (typeof saved !== 'object' || saved === null) return { ...DEFAULT_BOUNDS }
  const s = saved as Record<string, unknown>
  const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined)
  const width = Math.max(MIN_WIDTH, num(s.width) ?? DEFAULT_BOUNDS.width)
  const height = Math.max(MIN_HEIGHT, num(s.height) ?? DEFAULT_BOUNDS.height)
  const bounds: WindowBounds = { width, height, maximized: s.maximized === true }
  const x = num(s.x)
  const y = num(s.y)
  if (x !== undefined && y !== undefined) {
    const visible = workAreas.some((a) => x + 100 > a.x && y >= a.y - 10 && x < a.x + a.width - 100 && y < a.y + a.height - 50)
    if (visible) Object.assign(bounds, { x, y })
  }
  return bounds
}

export function saveWindowState(file: string, bounds: WindowBounds): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    const tmp = `${file}.tmp`
    writeFileSync(tmp, JSON.stringify(bounds))
    renameSync(tmp, file)
  } catch {
    // Losing the window position is not worth an error dialog.
  }
}
