// Where a paste, a fill-down or a clear lands, as cell positions with the value each receives.
// Pure index math (Excel's rules); turning positions into CellEdits against loaded rows is edits.ts.
import { rangeSize, type Bounds } from './selection'
import type { CellRange } from './types'

export interface Placed<T> {
  row: number
  col: number
  value: T
}

/**
 * A pasted block lands like in Excel: one value fills the whole selection; a block tiles the
 * selection when the selection is an exact multiple of it; otherwise the block is pasted once at the
 * selection's top-left corner. Cells past the grid's edge are dropped.
 */
export function pastePlacement(block: readonly (readonly string[])[], sel: CellRange, b: Bounds): Placed<string>[] {
  const h = block.length
  const w = h > 0 ? block[0]!.length : 0
  if (h === 0 || w === 0) return []
  const size = rangeSize(sel)
  const tiles = size.rows % h === 0 && size.cols % w === 0
  const rows = tiles ? size.rows : h
  const cols = tiles ? size.cols : w
  const out: Placed<string>[] = []
  for (let r = 0; r < rows; r++) {
    const row = sel.top + r
    if (row >= b.rows) break
    for (let c = 0; c < cols; c++) {
      const col = sel.left + c
      if (col >= b.cols) break
      out.push({ row, col, value: block[r % h]![c % w]! })
    }
  }
  return out
}

/** The rectangle a paste covers, to select it afterwards like spreadsheets do. */
export function pastedRange(placed: readonly Placed<string>[]): CellRange | null {
  if (placed.length === 0) return null
  let top = Infinity, left = Infinity, bottom = -1, right = -1
  for (const p of placed) {
    top = Math.min(top, p.row)
    left = Math.min(left, p.col)
    bottom = Math.max(bottom, p.row)
    right = Math.max(right, p.col)
  }
  return { top, left, bottom, right }
}

export interface FillDown {
  /** The row whose values are copied. */
  sourceRow: number
  /** Target positions; value is the column index to read from the source row. */
  targets: Placed<number>[]
}

/**
 * Ctrl/Cmd+D: the top row of the selection is copied into every row below it, column by column.
 * With a single-row selection the row above is copied into it (Excel's rule). Null at the top edge.
 */
export function fillDown(sel: CellRange): FillDown | null {
  const single = sel.bottom === sel.top
  const sourceRow = single ? sel.top - 1 : sel.top
  if (sourceRow < 0) return null
  const first = single ? sel.top : sel.top + 1
  const targets: Placed<number>[] = []
  for (let row = first; row <= sel.bottom; row++) for (let col = sel.left; col <= sel.right; col++) targets.push({ row, col, value: col })
  return { sourceRow, targets }
}

/** Every cell of the selection, row by row (Delete/Backspace, cut). */
export function cellsOf(sel: CellRange): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = []
  for (let row = sel.top; row <= sel.bottom; row++) for (let col = sel.left; col <= sel.right; col++) out.push({ row, col })
  return out
}
