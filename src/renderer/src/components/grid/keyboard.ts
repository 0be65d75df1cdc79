// Key presses on the grid (not inside an editor) -> grid commands, spreadsheet style. Pure: the
// platform decides the modifier (Cmd on macOS, Ctrl elsewhere); copy/paste stay native events.

export type Direction = 'up' | 'down' | 'left' | 'right'

export type GridCommand =
  | { type: 'move'; dir: Direction; extend: boolean }
  | { type: 'edge'; dir: Direction; extend: boolean }
  | { type: 'rowStart' | 'rowEnd' | 'gridStart' | 'gridEnd'; extend: boolean }
  | { type: 'page'; dir: 'up' | 'down'; extend: boolean }
  | { type: 'tab'; backwards: boolean }
  | { type: 'edit' }
  | { type: 'type'; text: string }
  | { type: 'clear' }
  | { type: 'fillDown' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'selectAll' }
  | { type: 'escape' }

export interface KeyInput {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' }

export function isMacPlatform(platform: string = typeof navigator === 'undefined' ? '' : navigator.platform): boolean {
  return /mac|iphone|ipad/i.test(platform)
}

export function commandFor(e: KeyInput, mac: boolean): GridCommand | null {
  const mod = mac ? e.metaKey : e.ctrlKey
  // The other platform's modifier (Ctrl on macOS) is left to the OS and the app menu.
  const otherMod = mac ? e.ctrlKey : e.metaKey
  if (otherMod) return null
  const extend = e.shiftKey
  const arrow = ARROWS[e.key]
  if (arrow) {
    if (e.altKey) return null
    return mod ? { type: 'edge', dir: arrow, extend } : { type: 'move', dir: arrow, extend }
  }
  if (mod && !e.altKey) {
    const k = e.key.toLowerCase()
    if (k === 'z') return e.shiftKey ? { type: 'redo' } : { type: 'undo' }
    if (k === 'y' && !e.shiftKey) return { type: 'redo' }
    if (k === 'd' && !e.shiftKey) return { type: 'fillDown' }
    if (k === 'a' && !e.shiftKey) return { type: 'selectAll' }
    if (e.key === 'Home') return { type: 'gridStart', extend }
    if (e.key === 'End') return { type: 'gridEnd', extend }
    // Ctrl+C/X/V and anything else: let the browser fire copy/cut/paste or the app menu act.
    return null
  }
  if (e.altKey && e.key.length !== 1) return null
  switch (e.key) {
    case 'Home':
      return { type: 'rowStart', extend }
    case 'End':
      return { type: 'rowEnd', extend }
    case 'PageUp':
      return { type: 'page', dir: 'up', extend }
    case 'PageDown':
      return { type: 'page', dir: 'down', extend }
    case 'Tab':
      return { type: 'tab', backwards: e.shiftKey }
    case 'Enter':
    case 'F2':
      return { type: 'edit' }
    case 'Delete':
    case 'Backspace':
      return { type: 'clear' }
    case 'Escape':
      return { type: 'escape' }
  }
  // A printable character starts editing with it (Option+key on macOS types accented characters).
  if (e.key.length === 1 && !mod) return { type: 'type', text: e.key }
  return null
}

/** Row/column delta of one step in a direction. */
export function delta(dir: Direction): { dRow: number; dCol: number } {
  return { dRow: dir === 'up' ? -1 : dir === 'down' ? 1 : 0, dCol: dir === 'left' ? -1 : dir === 'right' ? 1 : 0 }
}
