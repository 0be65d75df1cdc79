// Selection math for the grid: an anchor and a focus cell, normalised to an inclusive range.
// Pure functions over indexes only; no DOM, no rows (rows may not be loaded).
import type { CellPos, CellRange } from './types'

export interface Bounds {
  rows: number
  cols: number
}

export interface Selection {
  anchor: CellPos
  focus: CellPos
}

export const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n))

export function clampPos(pos: CellPos, b: Bounds): CellPos {
  return { row: clamp(pos.row, 0, Math.max(0, b.rows - 1)), col: clamp(pos.col, 0, Math.max(0, b.cols - 1)) }
}

export function collapsed(pos: CellPos): Selection {
  return { anchor: { ...pos }, focus: { ...pos } }
}

export function toRange(sel: Selection): CellRange {
  return {
    top: Math.min(sel.anchor.row, sel.focus.row),
    bottom: Math.max(sel.anchor.row, sel.focus.row),
    left: Math.min(sel.anchor.col, sel.focus.col),
    right: Math.max(sel.anchor.col, sel.focus.col)
  }
}

export function rangeSize(r: CellRange): { rows: number; cols: number; cells: number } {
  const rows = r.bottom - r.top + 1
  const cols = r.right - r.left + 1
  return { rows, cols, cells: rows * cols }
}

export function contains(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right
}

/** Moves the focus by a delta; extending keeps the anchor (shift+arrow), otherwise collapses. */
export function moveBy(sel: Selection, dRow: number, dCol: number, extend: boolean, b: Bounds): Selection {
  const focus = clampPos({ row: sel.focus.row + dRow, col: sel.focus.col + dCol }, b)
  return extend ? { anchor: sel.anchor, focus } : collapsed(focus)
}

/** Moves the focus to an absolute cell (Home/End, Ctrl+Home/End, click). */
export function moveTo(sel: Selection, pos: CellPos, extend: boolean, b: Bounds): Selection {
  const focus = clampPos(pos, b)
  return extend ? { anchor: sel.anchor, focus } : collapsed(focus)
}

/**
 * Tab order: right, wrapping to the start of the next row (Shift: left, wrapping to the end of the
 * previous row); stops at the grid's first and last cells. Always collapses the selection.
 */
export function tab(sel: Selection, backwards: boolean, b: Bounds): Selection {
  let { row, col } = sel.focus
  col += backwards ? -1 : 1
  if (col >= b.cols) {
    if (row + 1 >= b.rows) return collapsed(clampPos(sel.focus, b))
    row++
    col = 0
  } else if (col < 0) {
    if (row - 1 < 0) return collapsed(clampPos(sel.focus, b))
    row--
    col = b.cols - 1
  }
  return collapsed(clampPos({ row, col }, b))
}

export function selectAll(b: Bounds): Selection {
  return { anchor: { row: 0, col: 0 }, focus: { row: Math.max(0, b.rows - 1), col: Math.max(0, b.cols - 1) } }
}

export function clampSelection(sel: Selection, b: Bounds): Selection {
  return { anchor: clampPos(sel.anchor, b), focus: clampPos(sel.focus, b) }
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return a.anchor.row === b.anchor.row && a.anchor.col === b.anchor.col && a.focus.row === b.focus.row && a.focus.col === b.focus.col
}
