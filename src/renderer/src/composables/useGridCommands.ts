// Runs keyboard commands against the grid: selection moves, starting an editor, and the edit
// actions; undo/redo go to the caller, who owns the session history.
import type { GridCommand } from '../components/grid/keyboard'
import { delta } from '../components/grid/keyboard'
import { collapsed, moveBy, moveTo, selectAll, tab, type Bounds, type Selection } from '../components/grid/selection'
import type { ColumnType } from '../components/grid/types'

export interface GridCommandContext {
  selection: () => Selection
  setSelection: (s: Selection) => void
  bounds: () => Bounds
  pageRows: () => number
  columnType: (col: number) => ColumnType | undefined
  startEdit: (row: number, col: number, typed: string | null) => void
  toggle: (row: number, col: number) => void
  clear: () => void
  fill: () => void
  undo: () => void
  redo: () => void
  escape: () => void
}

export function runCommand(cmd: GridCommand, ctx: GridCommandContext): void {
  const sel = ctx.selection()
  const b = ctx.bounds()
  if (b.rows === 0 || b.cols === 0) {
    if (cmd.type === 'undo') ctx.undo()
    if (cmd.type === 'redo') ctx.redo()
    return
  }
  const { row, col } = sel.focus
  switch (cmd.type) {
    case 'move': {
      const d = delta(cmd.dir)
      return ctx.setSelection(moveBy(sel, d.dRow, d.dCol, cmd.extend, b))
    }
    case 'edge': {
      // Rows are windowed, so Excel's "jump to the end of the data block" is the grid's edge here.
      const target = { up: { row: 0, col }, down: { row: b.rows - 1, col }, left: { row, col: 0 }, right: { row, col: b.cols - 1 } }[cmd.dir]
      return ctx.setSelection(moveTo(sel, target, cmd.extend, b))
    }
    case 'rowStart':
      return ctx.setSelection(moveTo(sel, { row, col: 0 }, cmd.extend, b))
    case 'rowEnd':
      return ctx.setSelection(moveTo(sel, { row, col: b.cols - 1 }, cmd.extend, b))
    case 'gridStart':
      return ctx.setSelection(moveTo(sel, { row: 0, col: 0 }, cmd.extend, b))
    case 'gridEnd':
      return ctx.setSelection(moveTo(sel, { row: b.rows - 1, col: b.cols - 1 }, cmd.extend, b))
    case 'page': {
      const n = ctx.pageRows() * (cmd.dir === 'up' ? -1 : 1)
      return ctx.setSelection(moveBy(sel, n, 0, cmd.extend, b))
    }
    case 'tab':
      return ctx.setSelection(tab(sel, cmd.backwards, b))
    case 'edit':
      if (ctx.columnType(col) === 'boolean') return ctx.toggle(row, col)
      return ctx.startEdit(row, col, null)
    case 'type':
      if (ctx.columnType(col) === 'boolean') {
        if (cmd.text === ' ') ctx.toggle(row, col)
        return
      }
      return ctx.startEdit(row, col, cmd.text)
    case 'clear':
      return ctx.clear()
    case 'fillDown':
      return ctx.fill()
    case 'undo':
      return ctx.undo()
    case 'redo':
      return ctx.redo()
    case 'selectAll':
      return ctx.setSelection(selectAll(b))
    case 'escape':
      ctx.setSelection(collapsed(sel.focus))
      return ctx.escape()
  }
}
