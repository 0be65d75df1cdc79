// The grid's editing actions — paste, fill-down, clear, commit an editor, toggle a checkbox, copy —
// turned into CellEdit[] for the caller to stage, plus the short note that says what was refused.
import { onBeforeUnmount, ref } from 'vue'
import { parseTsv, serializeTsv } from '../components/grid/clipboard'
import { planEdits, skippedNote } from '../components/grid/edits'
import { cellsOf, fillDown, pastePlacement, pastedRange, type Placed } from '../components/grid/fill'
import { rangeSize, type Bounds } from '../components/grid/selection'
import type { CellEdit, CellRange, CellValue, GridColumn, GridDataSource, RowKey } from '../components/grid/types'
import { clipboardText, emptyValue, isEditable, parseInput, sameValue } from '../components/grid/values'

/** Largest selection the grid loads for copy/edit; bigger bulk changes belong to the session's bulk ops. */
export const MAX_RANGE_ROWS = 5000

export interface GridActionsContext<Row> {
  columns: () => readonly GridColumn<Row>[]
  source: () => GridDataSource<Row>
  range: () => CellRange | null
  bounds: () => Bounds
  readOnly: () => boolean
  readOnlyReason: () => string | undefined
  emitEdits: (edits: CellEdit[]) => void
  selectRange: (r: CellRange) => void
}

export function useGridActions<Row>(ctx: GridActionsContext<Row>) {
  const note = ref('')
  let timer: ReturnType<typeof setTimeout> | null = null

  function notify(text: string, ms = 6000): void {
    note.value = text
    if (timer) clearTimeout(timer)
    timer = text ? setTimeout(() => (note.value = ''), ms) : null
  }
  onBeforeUnmount(() => timer && clearTimeout(timer))

  /** True (and says why) when the grid refuses every edit. */
  function refuseReadOnly(): boolean {
    if (!ctx.readOnly()) return false
    notify(`Read-only: ${ctx.readOnlyReason() ?? 'this grid cannot be edited.'}`)
    return true
  }

  function tooBig(r: CellRange, verb: string): boolean {
    if (rangeSize(r).rows <= MAX_RANGE_ROWS) return false
    notify(`${verb} works on up to ${MAX_RANGE_ROWS.toLocaleString()} rows at a time; select fewer rows or use a bulk operation.`)
    return true
  }

  function apply(placed: Placed<CellValue>[], verb: string): number {
    const plan = planEdits(ctx.columns(), ctx.source(), placed)
    if (plan.edits.length > 0) ctx.emitEdits(plan.edits)
    const skipped = skippedNote(plan, verb)
    if (skipped) notify(skipped)
    else if (plan.edits.length === 0 && plan.unchanged === 0) notify('Nothing to change here.')
    return plan.edits.length
  }

  function paste(text: string): void {
    const r = ctx.range()
    const block = parseTsv(text)
    if (!r || block.length === 0 || refuseReadOnly()) return
    const placed = pastePlacement(block, r, ctx.bounds())
    const covered = pastedRange(placed)
    if (!covered || tooBig(covered, 'Paste')) return
    const cols = ctx.columns()
    apply(placed.map((p) => ({ ...p, value: parseInput(cols[p.col]!, p.value) })), 'Pasted')
    ctx.selectRange(covered)
  }

  function fill(): void {
    const r = ctx.range()
    if (!r || refuseReadOnly() || tooBig(r, 'Fill down')) return
    const plan = fillDown(r)
    if (!plan) return
    const source = ctx.source()
    const from = source.rowAt(plan.sourceRow)
    if (from === undefined) {
      notify('The first row is still loading; try again in a moment.')
      return
    }
    const cols = ctx.columns()
    apply(plan.targets.map((t) => ({ row: t.row, col: t.col, value: cols[t.value]!.value(from) })), 'Filled')
  }

  function clear(): void {
    const r = ctx.range()
    if (!r || refuseReadOnly() || tooBig(r, 'Clear')) return
    const cols = ctx.columns()
    apply(cellsOf(r).map((c) => ({ ...c, value: emptyValue(cols[c.col]!) })), 'Cleared')
  }

  /** Whether the cell may be edited now; says why not. */
  function canEdit(row: number, col: number): boolean {
    if (refuseReadOnly()) return false
    const column = ctx.columns()[col]
    const data = ctx.source().rowAt(row)
    if (!column || data === undefined) return false
    if (isEditable(column, data)) return true
    notify(`“${column.title}” can't be edited here.`, 3000)
    return false
  }

  /** The edit an editor's text makes, or null when it changes nothing (no-op edits are not staged). */
  function editFor(column: GridColumn<Row>, rowKey: RowKey, rowIndex: number, original: CellValue, text: string): CellEdit | null {
    if (refuseReadOnly()) return null
    const value = parseInput(column, text)
    return sameValue(original, value) ? null : { rowKey, columnKey: column.key, value, rowIndex }
  }

  function toggle(row: number, col: number): void {
    const column = ctx.columns()[col]
    const data = ctx.source().rowAt(row)
    if (!column || column.type !== 'boolean' || data === undefined || !canEdit(row, col)) return
    apply([{ row, col, value: column.value(data) !== true }], 'Edited')
  }

  /** TSV of the selection for the clipboard, or null (with a note) when rows are not loaded. */
  function copyText(): string | null {
    const r = ctx.range()
    if (!r || tooBig(r, 'Copy')) return null
    const source = ctx.source()
    const cols = ctx.columns()
    const out: string[][] = []
    for (let i = r.top; i <= r.bottom; i++) {
      const row = source.rowAt(i)
      if (row === undefined) {
        // Copying part of a selection would silently lose rows in the spreadsheet: refuse instead.
        source.ensureRange(r.top, r.bottom + 1)
        notify('Some selected rows are still loading; copy again in a moment.')
        return null
      }
      const line: string[] = []
      for (let c = r.left; c <= r.right; c++) line.push(clipboardText(cols[c]!, cols[c]!.value(row)))
      out.push(line)
    }
    return serializeTsv(out)
  }

  /** Loads a fresh selection ahead of Ctrl+C or Ctrl+D, so those find their rows. */
  function prefetch(r: CellRange | null): void {
    if (!r || rangeSize(r).rows > MAX_RANGE_ROWS) return
    const source = ctx.source()
    for (let i = r.top; i <= r.bottom; i++) {
      if (source.rowAt(i) === undefined) {
        source.ensureRange(i, r.bottom + 1)
        return
      }
    }
  }

  return { note, notify, paste, fill, clear, canEdit, editFor, toggle, copyText, prefetch }
}
