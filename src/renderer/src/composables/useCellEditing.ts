// The one open cell editor: which cell, its value when editing began and the text it starts with.
// Commits by the row key captured at start, so a sort or filter meanwhile cannot misdirect the edit.
import { shallowRef } from 'vue'
import type { CellEdit, CellValue, EditorMove, GridColumn, GridDataSource, RowKey } from '../components/grid/types'
import { editText } from '../components/grid/values'

export interface Editing<Row> {
  row: number
  col: number
  rowKey: RowKey
  column: GridColumn<Row>
  original: CellValue
  initial: string
  /** Started by typing a character (kept as the editor's text) rather than Enter/F2/double-click. */
  typed: boolean
}

export interface CellEditingContext<Row> {
  columns: () => readonly GridColumn<Row>[]
  source: () => GridDataSource<Row>
  canEdit: (row: number, col: number) => boolean
  editFor: (column: GridColumn<Row>, rowKey: RowKey, rowIndex: number, original: CellValue, text: string) => CellEdit | null
  emitEdit: (edit: CellEdit) => void
  /** Collapses the selection onto the edited cell. */
  selectCell: (row: number, col: number) => void
  /** Moves the selection after a commit (Enter: down, Tab: right) and gives focus back to the grid. */
  afterCommit: (move: EditorMove) => void
  focusGrid: () => void
}

/** The editor's first text: what the user typed, mapped onto an option for enums (first label match). */
export function initialText<Row>(column: GridColumn<Row>, original: CellValue, typed: string | null): string {
  if (typed === null || column.type === 'date') return editText(original)
  if (column.type !== 'enum') return typed
  const t = typed.toLowerCase()
  return column.options?.find((o) => o.label.toLowerCase().startsWith(t))?.value ?? editText(original)
}

export function useCellEditing<Row>(ctx: CellEditingContext<Row>) {
  const editing = shallowRef<Editing<Row> | null>(null)

  function start(row: number, col: number, typed: string | null): void {
    const column = ctx.columns()[col]
    const data = ctx.source().rowAt(row)
    // Booleans toggle in place; they never open an editor.
    if (!column || data === undefined || column.type === 'boolean' || !ctx.canEdit(row, col)) return
    const original = column.value(data)
    ctx.selectCell(row, col)
    editing.value = { row, col, rowKey: ctx.source().rowKey(data), column, original, initial: initialText(column, original, typed), typed: typed !== null }
  }

  function commit(text: string, move: EditorMove): void {
    const e = editing.value
    editing.value = null
    if (!e) return
    const edit = ctx.editFor(e.column, e.rowKey, e.row, e.original, text)
    if (edit) ctx.emitEdit(edit)
    ctx.afterCommit(move)
  }

  function cancel(): void {
    editing.value = null
    ctx.focusGrid()
  }

  /** Commits an open editor by blurring it (CellEditor commits on blur), e.g. before a sort. */
  function finish(): void {
    if (editing.value && document.activeElement instanceof HTMLElement) document.activeElement.blur()
  }

  return { editing, start, commit, cancel, finish }
}
